/**
 * Tells the seller that the local database was lost and rebuilt (lib/storage/recovery.ts):
 * what came back, what to import again. Shown until they dismiss it.
 */
import { formatDateTime } from '../locale';
import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import type { RecoveryNotice } from '../../lib/storage/recovery';
import { storedRecoveryNotice } from '../../utils/recovery-words';

interface NoticeItem {
  getValue(): Promise<RecoveryNotice | null>;
  setValue(value: RecoveryNotice | null): Promise<void>;
  watch(callback: (value: RecoveryNotice | null) => void): () => void;
}

export function RecoveryNoticeBanner({ item }: { item: NoticeItem }) {
  const [notice, setNotice] = useState<RecoveryNotice | null>(null);
  useEffect(() => {
    void item.getValue().then(setNotice);
    return item.watch(setNotice);
  }, [item]);
  if (!notice) return null;
  return (
    <div className="warn" role="alert" aria-label={i18n.t('options.recovered')}>
      <p>
        {formatDateTime(notice.at)}: {storedRecoveryNotice(notice)}
      </p>
      <button type="button" onClick={() => void item.setValue(null)}>
        {i18n.t('options.dismiss')}
      </button>
    </div>
  );
}
