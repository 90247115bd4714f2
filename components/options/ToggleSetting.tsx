import { i18n } from '#i18n';
import { useEffect, useId, useState } from 'react';

export interface StoredFlag {
  getValue(): Promise<boolean>;
  setValue(value: boolean): Promise<void>;
}

/** A checkbox bound to a stored flag; `lockedBy` shows a value enterprise policy decides. */
export function ToggleSetting({ flag, label, hint, lockedBy }: { flag: StoredFlag; label: string; hint: string; lockedBy?: string }) {
  const id = useId();
  const [value, setValue] = useState<boolean | null>(null);
  useEffect(() => void flag.getValue().then(setValue), [flag]);
  return (
    <div className="setting">
      <input
        id={id}
        type="checkbox"
        checked={value ?? false}
        disabled={value === null || !!lockedBy}
        onChange={(event) => {
          const next = event.target.checked;
          setValue(next);
          void flag.setValue(next);
        }}
        aria-describedby={`${id}-hint`}
      />
      <label htmlFor={id}>{label}</label>
      <small id={`${id}-hint`}>
        {hint}
        {lockedBy ? ` ${i18n.t('options.setBy', { who: lockedBy })}` : ''}
      </small>
    </div>
  );
}
