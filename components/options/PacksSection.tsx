/**
 * Packs on the options page: where they sync from (with the last result and why), which are
 * installed (on/off, precedence, roll back, due for review), manual import with a diff first,
 * and the trusted signing keys. Values set by enterprise policy are shown as such and locked.
 */
import { useCallback, useEffect, useState } from 'react';
import { describeDiff } from '../../lib/pack/diff';
import type { EffectiveSettings } from '../../lib/policy/managed';
import type { PackSource } from '../../lib/storage/db';
import { listInstalledPacks, rollback, setPackEnabled, setPackOrder, type InstalledPackSummary } from '../../lib/storage/pack-store';
import { isDueForReview } from '../../lib/sync/freshness';
import { importPack, previewImport, type ImportPreview } from '../../lib/sync/import';
import { addPackSource, listPackSources, removePackSource } from '../../lib/sync/sources';
import type { PersonaMapDb } from '../../lib/storage/db';
import type { SyncResult } from '../../lib/sync/sync-source';

export interface PacksSectionProps {
  db: PersonaMapDb;
  settings: EffectiveSettings | null;
  /** Tells the background (re-match tabs) and reloads the settings shown. */
  onPacksChanged(): Promise<void>;
  /** Asks the background to sync one source now; undefined when the source is gone. Rejects when the worker never answers. */
  syncNow(sourceId: string): Promise<SyncResult | undefined>;
  saveUserKeys(keys: string[]): Promise<void>;
}

const when = (ms: number | null | undefined) => (ms ? new Date(ms).toLocaleString() : 'never');
const why = (error: unknown) => (error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error));

/** What a sync of `url` came to, in the words the status line shows. */
export function describeSync(url: string, result: SyncResult | undefined): string {
  if (!result) return `Sync of ${url} did not run: the source is no longer set up`;
  if (result.kind === 'installed') return `Synced ${url}: installed ${result.packId} ${result.version}`;
  if (result.kind === 'failed') return `Sync of ${url} failed: ${result.reason}; the installed pack is unchanged`;
  return `Synced ${url}: ${result.reason}`;
}

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
  useEffect(() => void refresh().catch((error: unknown) => setMessage(`Could not read the installed packs: ${why(error)}`)), [refresh, settings]);

  const changed = async (text: string) => {
    setMessage(text);
    await onPacksChanged();
    await refresh();
  };
  /**
   * Every action shows that it is running, then what it did or why it failed: a rejected
   * promise (the worker stopped mid-sync, the disk is full) must never leave the page silent.
   */
  const perform = async (progress: string, work: () => Promise<string | null>, failure: string) => {
    setMessage(progress);
    try {
      const done = await work();
      if (done !== null) await changed(done);
    } catch (error) {
      setMessage(`${failure}: ${why(error)}`);
      await refresh().catch(() => undefined);
    }
  };
  const sync = (source: { id: string; url: string }) =>
    perform(
      `Syncing ${source.url}…`,
      async () => {
        let result: SyncResult | undefined;
        try {
          result = await syncNow(source.id);
        } catch (error) {
          throw new Error(`the background worker stopped before the sync finished (${why(error)}); the installed pack is unchanged, try Sync now again`);
        }
        return describeSync(source.url, result);
      },
      `Sync of ${source.url} did not finish`,
    );
  const trustedKeys = settings?.trustedKeys.map((k) => k.value) ?? [];
  const policyUrls = new Set(settings?.packUrls.filter((u) => u.fromPolicy).map((u) => u.value));

  async function addSource(event: React.FormEvent) {
    event.preventDefault();
    let result: Awaited<ReturnType<typeof addPackSource>>;
    try {
      result = await addPackSource(db, newUrl);
    } catch (error) {
      return setMessage(`Could not add ${newUrl}: ${why(error)}`);
    }
    if (!result.ok) return setMessage(result.reason);
    setNewUrl('');
    await sync(result.source);
  }

  async function chooseImport(files: FileList | null) {
    const all = [...(files ?? [])];
    const packFile = all.find((f) => !f.name.endsWith('.sig'));
    if (!packFile) return setMessage('Choose a pack file (.json or .yaml), with its .sig if it is signed.');
    const sigFile = all.find((f) => f.name === `${packFile.name}.sig`);
    setMessage(`Checking ${packFile.name}…`);
    try {
      const bytes = new Uint8Array(await packFile.arrayBuffer());
      const signature = sigFile ? await sigFile.text() : null;
      const preview = await previewImport(db, bytes, { fileName: packFile.name, signature, trustedKeys });
      setPending({ bytes, fileName: packFile.name, signature, preview });
      setMessage(preview.ok ? `${packFile.name} checked: review the changes below, then install` : `${packFile.name} cannot be installed: ${preview.reason}`);
    } catch (error) {
      setPending(null);
      setMessage(`Could not read ${packFile.name}: ${why(error)}`);
    }
  }

  async function confirmImport() {
    if (!pending?.preview.ok) return;
    const { bytes, fileName, signature, preview } = pending;
    setPending(null);
    await perform(
      `Installing ${preview.pack.name} ${preview.pack.version}…`,
      async () => {
        const result = await importPack(db, bytes, { fileName, signature, trustedKeys, force: preview.needsForce });
        if (!result.ok) {
          setMessage(`Not installed: ${result.reason}`);
          return null;
        }
        return `Installed ${result.packId} ${result.version}`;
      },
      `Not installed: ${fileName} could not be saved (the installed pack is unchanged)`,
    );
  }

  async function move(packId: string, by: -1 | 1) {
    const ids = installed.map((p) => p.packId);
    const at = ids.indexOf(packId);
    const to = at + by;
    if (to < 0 || to >= ids.length) return;
    [ids[at], ids[to]] = [ids[to]!, ids[at]!];
    await perform(
      `Moving ${packId}…`,
      async () => {
        await setPackOrder(db, ids);
        return `${packId} moved ${by < 0 ? 'up' : 'down'}`;
      },
      `Could not move ${packId}`,
    );
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
              <strong>{pack.name}</strong> <small>{pack.packId}</small>
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
                onChange={(event) => {
                  const on = event.target.checked;
                  void perform(
                    `Turning ${pack.name} ${on ? 'on' : 'off'}…`,
                    async () => {
                      await setPackEnabled(db, pack.packId, on);
                      return `${pack.name} ${on ? 'on' : 'off'}`;
                    },
                    `Could not turn ${pack.name} ${on ? 'on' : 'off'}`,
                  );
                }}
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
                void perform(
                  `Rolling ${pack.name} back…`,
                  async () => {
                    const r = await rollback(db, pack.packId);
                    if (r.ok) return `${pack.name}: back to ${r.to}`;
                    setMessage(r.reason);
                    return null;
                  },
                  `Could not roll ${pack.name} back`,
                )
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
            <button type="button" onClick={() => void sync(source)}>
              Sync now
            </button>
            {source.origin === 'user' ? (
              <button
                type="button"
                onClick={() =>
                  void perform(
                    `Removing ${source.url}…`,
                    async () => {
                      await removePackSource(db, source.id);
                      return `Removed ${source.url}`;
                    },
                    `Could not remove ${source.url}`,
                  )
                }
              >
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
              <button
                type="button"
                onClick={() =>
                  void perform(
                    'Removing the key…',
                    async () => {
                      await saveUserKeys(trustedKeys.filter((k) => k !== key.value));
                      return 'Key removed';
                    },
                    'Could not remove the key',
                  )
                }
              >
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
            void perform(
              'Adding the key…',
              async () => {
                await saveUserKeys([...trustedKeys, newKey.trim()]);
                setNewKey('');
                return 'Key added: only packs it signed will install';
              },
              'Key not added',
            );
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
