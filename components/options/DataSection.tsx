/**
 * What Persona Map keeps in this browser, and the exports admins ask sellers for: corrections
 * (to fix match rules) and usage counts. Files are made here and saved by the browser; nothing
 * is uploaded.
 */
import { i18n } from '#i18n';
import { useState } from 'react';

export interface DataExport {
  label: string;
  fileName: string;
  /** Builds the CSV text on click; `includeContacts` only when the seller ticked the box. */
  build(options: { includeContacts: boolean }): Promise<string>;
}

/** Saves text as a file through the browser's download, without any permission. */
function saveTextFile(fileName: string, text: string, type = 'text/csv'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function DataSection({ exports }: { exports: DataExport[] }) {
  const [message, setMessage] = useState('');
  // Off on every visit: sending who the contacts are is a choice made each time, not a setting.
  const [includeContacts, setIncludeContacts] = useState(false);
  const run = async (item: DataExport) => {
    try {
      const csv = await item.build({ includeContacts });
      saveTextFile(item.fileName, csv);
      const rows = Math.max(0, csv.trimEnd().split('\n').length - 1);
      setMessage(i18n.t('data.exported', rows, { file: item.fileName }));
    } catch (error) {
      setMessage(i18n.t('data.failed', { what: item.label, error: error instanceof Error ? error.message : String(error) }));
    }
  };
  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">{i18n.t('data.heading')}</h2>
      <p>{i18n.t('data.intro')}</p>
      <p>
        {i18n.t('data.namesNotPeople')}{' '}
        <label>
          <input type="checkbox" checked={includeContacts} onChange={(event) => setIncludeContacts(event.currentTarget.checked)} />{' '}
          {i18n.t('data.includeContacts')}
        </label>
      </p>
      <div className="actions">
        {exports.map((item) => (
          <button key={item.fileName} type="button" onClick={() => void run(item)}>
            {item.label}
          </button>
        ))}
      </div>
      <p role="status">{message}</p>
    </section>
  );
}
