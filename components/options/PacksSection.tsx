/**
 * Packs on the options page: where they sync from (with the last result and why), which are
 * installed (on/off, precedence, roll back, due for review), manual import with a diff first,
 * and the trusted signing keys. Values set by enterprise policy are shown as such and locked.
 */
import { useCallback, useEffect, useState } from 'react';
import { describeDiff } from '../../lib/pack/diff';
import { DemoLabel } from '../DemoLabel';
import type { EffectiveSettings } from '../../lib/policy/managed';
import type { PackSource } from '../../lib/storage/db';
import { listInstalledPacks, rollback, setPackEnabled, setPackOrder, type InstalledPackSummary } from '../../lib/storage/pack-store';
import { isDueForReview } from '../../lib/sync/freshness';
import { importPack, previewImport, type ImportPreview } from '../../lib/sync/import';
import { addPackSource, listPackSources, removePackSource } from '../../lib/sync/sources';
import type { PersonaMapDb } from '../../lib/storage/db';

export interface PacksSectionProps {
  db: PersonaMapDb;
  settings: EffectiveSettings | null;
  /** Tells the background (re-match tabs) and reloads the settings shown. */
  onPacksChanged(): Promise<void>;
  /** Asks the background to sync one source now. */
  syncNow(sourceId: string): Promise<void>;
  saveUserKeys(keys: string[]): Promise<void>;
}

const when = (ms: number | null | undefined) => (ms ? new Date(ms).toLocaleString() : 'never');

export function PacksSection({ db, settings, onPacksChanged, syncNow, saveUserKeys }: PacksSectionProps) {
  const [sources, setSources] = useState<PackSource[]>([]);
  const [installed, setInstalled] = useState<InstalledPackSummary[]>([]);
  const [message, setMessage] = useState('');
  const [newUrl, setNewUrl] = useState('');
  const [newKey, setNewKey] = useState('');
  const [pending, setPending] = useState<{ bytes: Uint8Array; fileName: string; signature: string | null; preview: ImportPreview } | null>(null);

  const refresh = useCallback(async () => {
    setSources(await listPackSources(db));
    setInstalled(await listInstalledPacks(db));
  }, [db]);
  useEffect(() => void refresh(), [refresh, settings]);

  const changed = async (text: string) => {
    setMessage(text);
    await onPacksChanged();
    await refresh();
  };
  const trustedKeys = settings?.trustedKeys.map((k) => k.value) ?? [];
  const policyUrls = new Set(settings?.packUrls.filter((u) => u.fromPolicy).map((u) => u.value));

  async function addSource(event: React.FormEvent) {
    event.preventDefault();
    const result = await addPackSource(db, newUrl);
    if (!result.ok) return setMessage(result.reason);
    setNewUrl('');
    setMessage(`Added ${result.source.url}; syncing…`);
    await syncNow(result.source.id);
    await changed(`Synced ${result.source.url}`);
  }

  async function chooseImport(files: FileList | null) {
    const all = [...(files ?? [])];
    const packFile = all.find((f) => !f.name.endsWith('.sig'));
    if (!packFile) return setMessage('Choose a pack file (.json or .yaml), with its .sig if it is signed.');
    const sigFile = all.find((f) => f.name === `${packFile.name}.sig`);
    const bytes = new Uint8Array(await packFile.arrayBuffer());
    const signature = sigFile ? await sigFile.text() : null;
    const preview = await previewImport(db, bytes, { fileName: packFile.name, signature, trustedKeys });
    setPending({ bytes, fileName: packFile.name, signature, preview });
    setMessage('');
  }

  async function confirmImport() {
    if (!pending?.preview.ok) return;
    const result = await importPack(db, pending.bytes, {
      fileName: pending.fileName,
      signature: pending.signature,
      trustedKeys,
      force: pending.preview.needsForce,
    });
    setPending(null);
    if (!result.ok) return setMessage(`Not installed: ${result.reason}`);
    await changed(`Installed ${result.packId} ${result.version}`);
  }

  async function move(packId: string, by: -1 | 1) {
    const ids = installed.map((p) => p.packId);
    const at = ids.indexOf(packId);
    const to = at + by;
    if (to < 0 || to >= ids.length) return;
    [ids[at], ids[to]] = [ids[to]!, ids[at]!];
    await setPackOrder(db, ids);
    await changed(`${packId} moved ${by < 0 ? 'up' : 'down'}`);
  }

  return (
    <section aria-labelledby="packs-heading">
      <h2 id="packs-heading">Persona packs</h2>
      {settings?.policyProblems.map((problem) => (
        <p key={problem} className="warn">
          Policy problem: {problem}
        </p>
      ))}

      <h3>Installed</h3>
      <ul className="rows" aria-label="Installed packs">
        {installed.map((pack, index) => (
          <li key={pack.packId} aria-label={`${pack.name} ${pack.version}`}>
            <span>
              <strong>{pack.name}</strong> <DemoLabel demo={pack.demo} /> <small>{pack.packId}</small>
              <br />
              <small>
                version {pack.version} from {pack.source}, installed {when(pack.installedAt)}
                {pack.signedBy ? `, signed by key ${pack.signedBy}` : ', unsigned'}
              </small>
              {pack.reviewBy && isDueForReview({ reviewBy: pack.reviewBy }) ? (
                <span className="warn" role="note">
                  {' '}
                  Due for review since {pack.reviewBy}: its personas may be out of date.
                </span>
              ) : null}
            </span>
            <label>
              <input
                type="checkbox"
                checked={pack.enabled}
                onChange={(event) => void setPackEnabled(db, pack.packId, event.target.checked).then(() => changed(`${pack.name} ${event.target.checked ? 'on' : 'off'}`))}
              />{' '}
              On
            </label>
            <button type="button" disabled={index === 0} onClick={() => void move(pack.packId, -1)} aria-label={`Move ${pack.name} up`}>
              ↑
            </button>
            <button type="button" disabled={index === installed.length - 1} onClick={() => void move(pack.packId, 1)} aria-label={`Move ${pack.name} down`}>
              ↓
            </button>
            <button
              type="button"
              disabled={!pack.canRollBack}
              onClick={() =>
                void rollback(db, pack.packId).then((r) => (r.ok ? changed(`${pack.name}: back to ${r.to}`) : setMessage(r.reason)))
              }
            >
              Roll back
            </button>
          </li>
        ))}
      </ul>
      <p>
        <small>When personas of several packs match a title, the pack higher in this list wins.</small>
      </p>

      <h3>Sync from</h3>
      <ul className="rows" aria-label="Pack sources">
        {sources.map((source) => (
          <li key={source.id} aria-label={source.url}>
            <span>
              <strong>{source.url}</strong> {policyUrls.has(source.url) || source.origin === 'policy' ? <small>(set by your organisation)</small> : null}
              <br />
              <small data-testid="sync-status">
                {source.lastResult ? `${source.lastResult.kind}: ${source.lastResult.reason}` : 'not synced yet'} · last success{' '}
                {when(source.lastSuccessAt)} · next check {when(source.nextAttemptAt)}
              </small>
            </span>
            <button type="button" onClick={() => void syncNow(source.id).then(() => changed(`Synced ${source.url}`))}>
              Sync now
            </button>
            {source.origin === 'user' ? (
              <button type="button" onClick={() => void removePackSource(db, source.id).then(() => changed(`Removed ${source.url}`))}>
                Remove
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {settings?.editable.packUrls !== false ? (
        <form className="actions" onSubmit={(event) => void addSource(event)}>
          <label htmlFor="new-pack-url">Pack URL</label>
          <input id="new-pack-url" type="url" required placeholder="https://example.com/packs/team.json" value={newUrl} onChange={(e) => setNewUrl(e.target.value)} />
          <button type="submit">Add and sync</button>
        </form>
      ) : (
        <p>
          <small>Pack URLs are set by your organisation.</small>
        </p>
      )}

      <h3>Import a file</h3>
      <label htmlFor="import-pack">Pack file (.json or .yaml, with its .sig when signed)</label>{' '}
      <input id="import-pack" type="file" multiple accept=".json,.yaml,.yml,.sig" onChange={(e) => void chooseImport(e.target.files)} />
      {pending ? (
        <div role="region" aria-label="Import preview">
          {pending.preview.ok ? (
            <>
              <pre>{describeDiff(pending.preview.diff).join('\n')}</pre>
              {pending.preview.needsForce ? (
                <p className="warn">This is not a newer version than the one installed ({pending.preview.installedVersion}); installing replaces it.</p>
              ) : null}
              <button type="button" onClick={() => void confirmImport()}>
                Install {pending.preview.pack.name} {pending.preview.pack.version}
              </button>{' '}
              <button type="button" onClick={() => setPending(null)}>
                Cancel
              </button>
            </>
          ) : (
            <p className="warn">Not installable: {pending.preview.reason}</p>
          )}
        </div>
      ) : null}

      <h3>Trusted signing keys</h3>
      {trustedKeys.length === 0 ? <p>No keys: unsigned packs are accepted.</p> : null}
      <ul className="rows" aria-label="Trusted keys">
        {settings?.trustedKeys.map((key) => (
          <li key={key.value}>
            <code>{key.value}</code> {key.fromPolicy ? <small>(set by your organisation)</small> : null}
            {!key.fromPolicy && settings.editable.trustedKeys ? (
              <button type="button" onClick={() => void saveUserKeys(trustedKeys.filter((k) => k !== key.value)).then(() => changed('Key removed'))}>
                Remove
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {settings?.editable.trustedKeys ? (
        <form
          className="actions"
          onSubmit={(event) => {
            event.preventDefault();
            void saveUserKeys([...trustedKeys, newKey.trim()])
              .then(() => {
                setNewKey('');
                return changed('Key added: only packs it signed will install');
              })
              .catch((error: Error) => setMessage(error.message));
          }}
        >
          <label htmlFor="new-key">Public key</label>
          <input id="new-key" required placeholder="persona-map-ed25519:…" value={newKey} onChange={(e) => setNewKey(e.target.value)} />
          <button type="submit">Trust key</button>
        </form>
      ) : null}
      <p role="status">{message}</p>
    </section>
  );
}
