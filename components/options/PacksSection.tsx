/**
 * Packs on the options page: where they sync from (with the last result and why), which are
 * installed (on/off, precedence, roll back, due for review), manual import with a diff first,
 * the trusted signing keys and the sync interval. The page only reads the database: every
 * change goes to the background worker (`changePacks`), which enforces policy and the trust
 * rule and answers with what it did or why it refused; the status line shows that answer.
 * Values set by enterprise policy are shown as such, and what `lockSettings` locks says so.
 */
import { useCallback, useEffect, useState } from 'react';
import { encodeBytes, type PackChange, type PackChangeResult } from '../../lib/background/pack-changes';
import { describeDiff } from '../../lib/pack/diff';
import { DemoLabel } from '../DemoLabel';
import { MAX_SYNC_INTERVAL_MINUTES, MIN_SYNC_INTERVAL_MINUTES, type EffectiveSettings } from '../../lib/policy/managed';
import type { PackSource, PersonaMapDb } from '../../lib/storage/db';
import { listInstalledPacks, type InstalledPackSummary } from '../../lib/storage/pack-store';
import { isDueForReview } from '../../lib/sync/freshness';
import { previewImport, type ImportPreview } from '../../lib/sync/import';
import { listPackSources } from '../../lib/sync/sources';
import type { SyncResult } from '../../lib/sync/sync-source';

export interface PacksSectionProps {
  db: PersonaMapDb;
  settings: EffectiveSettings | null;
  /** Asks the background to apply a change (it refuses what policy or the trust rule forbids). */
  change(change: PackChange): Promise<PackChangeResult>;
  /** Asks the background to sync one source now; its results (none when it was not allowed to). */
  syncNow(sourceId: string): Promise<SyncResult[]>;
  /** Reloads the settings shown after a change. */
  onChanged(): Promise<void>;
}

const when = (ms: number | null | undefined) => (ms ? new Date(ms).toLocaleString() : 'never');
const why = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** What a sync of `url` came to, in the words the status line shows. */
export function describeSync(url: string, results: SyncResult[]): string {
  const [result] = results;
  if (!result) return `Sync of ${url} did not run: the source is not set up, or settings are locked to your organisation's sources`;
  if (result.kind === 'failed') return `Sync of ${url} failed: ${result.reason}`;
  if (result.kind === 'installed') return `Synced ${url}: installed ${result.packId} ${result.version}`;
  return `Synced ${url}: ${result.reason}`;
}

export function PacksSection({ db, settings, change, syncNow, onChanged }: PacksSectionProps) {
  const [sources, setSources] = useState<PackSource[] | null>(null);
  const [installed, setInstalled] = useState<InstalledPackSummary[] | null>(null);
  const [message, setMessage] = useState('');
  const [newUrl, setNewUrl] = useState('');
  const [newKey, setNewKey] = useState('');
  const [intervalText, setIntervalText] = useState('');
  const [pending, setPending] = useState<{ bytes: Uint8Array; fileName: string; signature: string | null; preview: ImportPreview } | null>(null);

  const refresh = useCallback(async () => {
    setSources(await listPackSources(db));
    setInstalled(await listInstalledPacks(db));
  }, [db]);
  useEffect(() => void refresh().catch((error: unknown) => setMessage(`Could not read the installed packs: ${why(error)}`)), [refresh, settings]);

  /**
   * Runs one action: says it is running, then what the background did or why it refused.
   * `done` is read from the answer, never from the control after an await.
   */
  const perform = async (progress: string, work: () => Promise<string>) => {
    setMessage(progress);
    try {
      setMessage(await work());
    } catch (error) {
      setMessage(`${progress.replace(/…$/, '')} did not finish: ${why(error)}`);
    }
    await onChanged().catch(() => undefined);
    await refresh().catch(() => undefined);
  };
  const apply = (progress: string, request: PackChange, done?: (result: Extract<PackChangeResult, { ok: true }>) => Promise<string>) =>
    perform(progress, async () => {
      const result = await change(request);
      if (!result.ok) return `Not changed: ${result.reason}`;
      return done ? done(result) : result.message;
    });
  const sync = (source: { id: string; url: string }) => perform(`Syncing ${source.url}…`, async () => describeSync(source.url, await syncNow(source.id)));

  if (!settings || !sources || !installed)
    return (
      <section aria-labelledby="packs-heading" aria-busy="true">
        <h2 id="packs-heading">Persona packs</h2>
        <p role="status">Loading packs, sources and keys…</p>
      </section>
    );

  const locked = settings.locked;
  const trustedKeys = settings.trustedKeys.map((k) => k.value);
  const policyUrls = new Set(settings.packUrls.filter((u) => u.fromPolicy).map((u) => u.value));
  const lockedNote = locked ? 'Locked by your organisation’s policy.' : undefined;

  function move(packId: string, by: -1 | 1) {
    const ids = installed!.map((p) => p.packId);
    const at = ids.indexOf(packId);
    const to = at + by;
    if (to < 0 || to >= ids.length) return;
    [ids[at], ids[to]] = [ids[to]!, ids[at]!];
    void apply(`Moving ${packId}…`, { kind: 'order', packIds: ids }, async () => `${packId} moved ${by < 0 ? 'up' : 'down'}`);
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
      // The preview is for reading only; the background checks everything again before it installs.
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
    await apply(`Installing ${preview.pack.name} ${preview.pack.version}…`, {
      kind: 'import',
      fileName,
      base64: encodeBytes(bytes),
      signature,
      force: preview.needsForce,
    });
  }

  return (
    <section aria-labelledby="packs-heading">
      <h2 id="packs-heading">Persona packs</h2>
      {locked ? (
        <p className="warn" role="note">
          These pack settings are locked by your organisation’s policy (lockSettings): which packs are on, their order, pack URLs,
          trusted keys, rollback and import are decided by your IT team. Only the packs from its pack URLs are used.
        </p>
      ) : settings.managed ? (
        <p role="note">
          <small>
            Your organisation’s policy does not lock these settings (lockSettings is not true). Chrome and Edge drop a policy value that
            does not fit the policy schema, such as lockSettings: "yes", before the extension sees it; chrome://policy lists it as an
            error.
          </small>
        </p>
      ) : null}
      {settings.policyProblems.map((problem) => (
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
              {pack.blocked ? (
                <span className="warn" role="note">
                  {' '}
                  Off: {pack.blocked}.
                </span>
              ) : null}
              {pack.reviewBy && isDueForReview({ reviewBy: pack.reviewBy }) ? (
                <span className="warn" role="note">
                  {' '}
                  Due for review since {pack.reviewBy}: its personas may be out of date.
                </span>
              ) : null}
            </span>
            <label title={lockedNote ?? pack.blocked ?? undefined}>
              <input
                type="checkbox"
                checked={pack.enabled && !pack.blocked}
                disabled={locked || !!pack.blocked}
                onChange={(event) => {
                  // Read before any await: React puts a controlled checkbox back until the answer arrives.
                  const on = event.target.checked;
                  void apply(`Turning ${pack.name} ${on ? 'on' : 'off'}…`, { kind: 'enable', packId: pack.packId, enabled: on }, async () => `${pack.name} ${on ? 'on' : 'off'}`);
                }}
              />{' '}
              On
            </label>
            <button type="button" disabled={locked || index === 0} title={lockedNote} onClick={() => move(pack.packId, -1)} aria-label={`Move ${pack.name} up`}>
              ↑
            </button>
            <button
              type="button"
              disabled={locked || index === installed.length - 1}
              title={lockedNote}
              onClick={() => move(pack.packId, 1)}
              aria-label={`Move ${pack.name} down`}
            >
              ↓
            </button>
            <button
              type="button"
              disabled={locked || !pack.canRollBack}
              title={lockedNote}
              onClick={() => void apply(`Rolling ${pack.name} back…`, { kind: 'rollback', packId: pack.packId })}
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
              <button type="button" disabled={locked} title={lockedNote} onClick={() => void apply(`Removing ${source.url}…`, { kind: 'remove-source', id: source.id })}>
                Remove
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {settings.editable.packUrls ? (
        <form
          className="actions"
          onSubmit={(event) => {
            event.preventDefault();
            const url = newUrl;
            void apply(`Adding ${url}…`, { kind: 'add-source', url }, async (added) => {
              setNewUrl('');
              return describeSync(added.sourceId ?? url, await syncNow(added.sourceId ?? url));
            });
          }}
        >
          <label htmlFor="new-pack-url">Pack URL</label>
          <input id="new-pack-url" type="url" required placeholder="https://example.com/packs/team.json" value={newUrl} onChange={(e) => setNewUrl(e.target.value)} />
          <button type="submit">Add and sync</button>
        </form>
      ) : (
        <p>
          <small>Pack URLs are set by your organisation.</small>
        </p>
      )}
      <SyncInterval settings={settings} value={intervalText} setValue={setIntervalText} apply={apply} />

      <h3>Import a file</h3>
      {locked ? (
        <p>
          <small>Import is locked by your organisation’s policy: only the packs from its pack URLs are used.</small>
        </p>
      ) : (
        <>
          <label htmlFor="import-pack">Pack file (.json or .yaml, with its .sig when signed)</label>{' '}
          <input id="import-pack" type="file" multiple accept=".json,.yaml,.yml,.sig" onChange={(e) => void chooseImport(e.target.files)} />
        </>
      )}
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
      {trustedKeys.length === 0 ? <p>No keys: unsigned packs are accepted.</p> : <p><small>Only packs signed with one of these keys are used.</small></p>}
      <ul className="rows" aria-label="Trusted keys">
        {settings.trustedKeys.map((key) => (
          <li key={key.value}>
            <code>{key.value}</code> {key.fromPolicy ? <small>(set by your organisation)</small> : null}
            {!key.fromPolicy && settings.editable.trustedKeys ? (
              <button type="button" onClick={() => void apply('Removing the key…', { kind: 'set-keys', keys: trustedKeys.filter((k) => k !== key.value) })}>
                Remove
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {settings.editable.trustedKeys ? (
        <form
          className="actions"
          onSubmit={(event) => {
            event.preventDefault();
            void apply('Adding the key…', { kind: 'set-keys', keys: [...trustedKeys, newKey.trim()] }, async (result) => {
              setNewKey('');
              return result.message;
            });
          }}
        >
          <label htmlFor="new-key">Public key</label>
          <input id="new-key" className="key-input" required spellCheck={false} placeholder="persona-map-ed25519:…" value={newKey} onChange={(e) => setNewKey(e.target.value)} />
          <button type="submit">Trust key</button>
        </form>
      ) : (
        <p>
          <small>{locked ? 'Trusted keys are locked by your organisation’s policy.' : 'Trusted keys are set by your organisation.'}</small>
        </p>
      )}
      <p role="status">{message}</p>
    </section>
  );
}

/** How often packs sync: the seller's choice unless policy sets it. */
function SyncInterval({
  settings,
  value,
  setValue,
  apply,
}: {
  settings: EffectiveSettings;
  value: string;
  setValue(value: string): void;
  apply(progress: string, change: PackChange): Promise<void>;
}) {
  const minutes = settings.syncIntervalMinutes.value;
  if (!settings.editable.syncIntervalMinutes)
    return (
      <p>
        <small>
          Packs are checked every {minutes} minutes ({settings.syncIntervalMinutes.fromPolicy ? 'set by your organisation' : 'locked by your organisation’s policy'}).
        </small>
      </p>
    );
  return (
    <form
      className="actions"
      onSubmit={(event) => {
        event.preventDefault();
        const next = value.trim() === '' ? null : Number(value);
        void apply('Saving the sync interval…', { kind: 'set-sync-interval', minutes: next });
        setValue('');
      }}
    >
      <label htmlFor="sync-interval">Check for new pack versions every</label>
      <input
        id="sync-interval"
        type="number"
        min={MIN_SYNC_INTERVAL_MINUTES}
        max={MAX_SYNC_INTERVAL_MINUTES}
        step={1}
        placeholder={String(minutes)}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        aria-describedby="sync-interval-hint"
      />
      <span>minutes</span>
      <button type="submit">Save</button>
      <small id="sync-interval-hint">
        Now every {minutes} minutes; {MIN_SYNC_INTERVAL_MINUTES} to {MAX_SYNC_INTERVAL_MINUTES} (a week). Leave empty for the default.
      </small>
    </form>
  );
}
