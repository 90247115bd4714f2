/**
 * Packs on the options page: where they sync from (with the last result and why), which are
 * installed (on/off, precedence, roll back, due for review), manual import with a diff first,
 * the trusted signing keys and the sync interval. The page only reads the database: every
 * change goes to the background worker (`changePacks`), which enforces policy and the trust
 * rule and answers with what it did or why it refused; the status line shows that answer.
 * Values set by enterprise policy are shown as such, and what `lockSettings` locks says so.
 */
import { formatDateTime, formatDay, formatNumber } from '../locale';
import { i18n } from '#i18n';
import { useCallback, useEffect, useState } from 'react';
import { encodeBytes } from '../../lib/pack/sign';
import type { PackChange, PackChangeResult } from '../../lib/contracts/pack-change';
import { describeDiff } from '../../lib/pack/diff';
import { diffWords } from '../../utils/diff-words';
import { packCheckWords, storedSyncReason } from '../../utils/sync-words';
import { DemoLabel } from '../DemoLabel';
import { MAX_SYNC_INTERVAL_MINUTES, MIN_SYNC_INTERVAL_MINUTES, type EffectiveSettings } from '../../lib/policy/managed';
import type { PackSource, PersonaMapDb, SyncStatus } from '../../lib/storage/db';
import { listInstalledPacks, type InstalledPackSummary } from '../../lib/storage/pack-store';
import { isDueForReview } from '../../lib/sync/freshness';
import { previewImport, type ImportPreview } from '../../lib/sync/import';
import { listPackSources } from '../../lib/sync/sources';
import type { SyncResult } from '../../lib/contracts/sync-result';

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

const when = (ms: number | null | undefined) => (ms ? formatDateTime(ms) : i18n.t('time.never'));
const why = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** What a sync of `url` came to, in the words the status line shows. */
export function describeSync(url: string, results: SyncResult[]): string {
  const [result] = results;
  if (!result) return i18n.t('packs.syncDidNotRun', { url });
  if (result.kind === 'failed') return i18n.t('packs.syncFailed', { url, reason: result.reason });
  if (result.kind === 'installed') return i18n.t('packs.syncInstalled', { url, pack: result.packId, version: result.version });
  return i18n.t('packs.synced', { url, reason: result.reason });
}

/** A stored sync status's kind, as the source list names it (English: the kind itself). */
function syncKind(kind: SyncStatus['kind']): string {
  if (kind === 'installed') return i18n.t('packs.syncKind.installed');
  if (kind === 'not-modified') return i18n.t('packs.syncKind.notModified');
  if (kind === 'up-to-date') return i18n.t('packs.syncKind.upToDate');
  return i18n.t('packs.syncKind.failed');
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
  useEffect(() => void refresh().catch((error: unknown) => setMessage(i18n.t('packs.readFailed', { error: why(error) }))), [refresh, settings]);

  /**
   * Runs one action: says it is running, then what the background did or why it refused.
   * `done` is read from the answer, never from the control after an await.
   */
  const perform = async (progress: string, work: () => Promise<string>) => {
    setMessage(progress);
    try {
      setMessage(await work());
    } catch (error) {
      setMessage(i18n.t('packs.didNotFinish', { action: progress.replace(/…$/, ''), error: why(error) }));
    }
    await onChanged().catch(() => undefined);
    await refresh().catch(() => undefined);
  };
  const apply = (progress: string, request: PackChange, done?: (result: Extract<PackChangeResult, { ok: true }>) => Promise<string>) =>
    perform(progress, async () => {
      const result = await change(request);
      if (!result.ok) return i18n.t('packs.notChanged', { reason: result.reason });
      return done ? done(result) : result.message;
    });
  const sync = (source: { id: string; url: string }) =>
    perform(i18n.t('packs.syncing', { url: source.url }), async () => describeSync(source.url, await syncNow(source.id)));

  if (!settings || !sources || !installed)
    return (
      <section aria-labelledby="packs-heading" aria-busy="true">
        <h2 id="packs-heading">{i18n.t('packs.heading')}</h2>
        <p role="status">{i18n.t('packs.loading')}</p>
      </section>
    );

  const locked = settings.locked;
  const trustedKeys = settings.trustedKeys.map((k) => k.value);
  const policyUrls = new Set(settings.packUrls.filter((u) => u.fromPolicy).map((u) => u.value));
  const lockedNote = locked ? i18n.t('packs.lockedNote') : undefined;

  function move(packId: string, by: -1 | 1) {
    const ids = installed!.map((p) => p.packId);
    const at = ids.indexOf(packId);
    const to = at + by;
    if (to < 0 || to >= ids.length) return;
    [ids[at], ids[to]] = [ids[to]!, ids[at]!];
    void apply(i18n.t('packs.moving', { pack: packId }), { kind: 'order', packIds: ids }, async () =>
      by < 0 ? i18n.t('packs.movedUp', { pack: packId }) : i18n.t('packs.movedDown', { pack: packId }),
    );
  }

  async function chooseImport(files: FileList | null) {
    const all = [...(files ?? [])];
    const packFile = all.find((f) => !f.name.endsWith('.sig'));
    if (!packFile) return setMessage(i18n.t('packs.chooseFile'));
    const sigFile = all.find((f) => f.name === `${packFile.name}.sig`);
    setMessage(i18n.t('packs.checking', { file: packFile.name }));
    try {
      const bytes = new Uint8Array(await packFile.arrayBuffer());
      const signature = sigFile ? await sigFile.text() : null;
      // The preview is for reading only; the background checks everything again before it installs.
      const preview = await previewImport(db, bytes, { fileName: packFile.name, signature, trustedKeys, words: packCheckWords() });
      setPending({ bytes, fileName: packFile.name, signature, preview });
      setMessage(
        preview.ok ? i18n.t('packs.checked', { file: packFile.name }) : i18n.t('packs.cannotInstall', { file: packFile.name, reason: preview.reason }),
      );
    } catch (error) {
      setPending(null);
      setMessage(i18n.t('packs.cannotReadFile', { file: packFile.name, error: why(error) }));
    }
  }

  async function confirmImport() {
    if (!pending?.preview.ok) return;
    const { bytes, fileName, signature, preview } = pending;
    setPending(null);
    await apply(i18n.t('packs.installing', { pack: preview.pack.name, version: preview.pack.version }), {
      kind: 'import',
      fileName,
      base64: encodeBytes(bytes),
      signature,
      force: preview.needsForce,
    });
  }

  return (
    <section aria-labelledby="packs-heading">
      <h2 id="packs-heading">{i18n.t('packs.heading')}</h2>
      {locked ? (
        <p className="warn" role="note">
          {i18n.t('packs.lockedBanner')}
        </p>
      ) : settings.managed ? (
        <p role="note">
          <small>{i18n.t('packs.notLockedBanner')}</small>
        </p>
      ) : null}
      {settings.policyProblems.map((problem) => (
        <p key={problem} className="warn">
          {i18n.t('packs.policyProblem', { problem })}
        </p>
      ))}

      <h3>{i18n.t('packs.installed')}</h3>
      <ul className="rows" aria-label={i18n.t('packs.installedLabel')}>
        {installed.map((pack, index) => (
          <li key={pack.packId} aria-label={`${pack.name} ${pack.version}`}>
            <span>
              <strong>{pack.name}</strong> <DemoLabel demo={pack.demo} /> <small>{pack.packId}</small>
              <br />
              <small>
                {i18n.t('packs.versionFrom', { version: pack.version, source: pack.source, when: when(pack.installedAt) })}
                {pack.signedBy ? i18n.t('packs.signedBy', { key: pack.signedBy }) : i18n.t('packs.unsigned')}
              </small>
              {pack.blocked ? (
                <span className="warn" role="note">
                  {' '}
                  {i18n.t('packs.off', { reason: pack.blocked })}
                </span>
              ) : null}
              {pack.reviewBy && isDueForReview({ reviewBy: pack.reviewBy }) ? (
                <span className="warn" role="note">
                  {' '}
                  {i18n.t('packs.dueForReview', { date: formatDay(pack.reviewBy) })}
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
                  void apply(
                    on ? i18n.t('packs.turningOn', { pack: pack.name }) : i18n.t('packs.turningOff', { pack: pack.name }),
                    { kind: 'enable', packId: pack.packId, enabled: on },
                    async () => (on ? i18n.t('packs.turnedOn', { pack: pack.name }) : i18n.t('packs.turnedOff', { pack: pack.name })),
                  );
                }}
              />{' '}
              {i18n.t('packs.on')}
            </label>
            <button
              type="button"
              disabled={locked || index === 0}
              title={lockedNote}
              onClick={() => move(pack.packId, -1)}
              aria-label={i18n.t('packs.moveUp', { pack: pack.name })}
            >
              ↑
            </button>
            <button
              type="button"
              disabled={locked || index === installed.length - 1}
              title={lockedNote}
              onClick={() => move(pack.packId, 1)}
              aria-label={i18n.t('packs.moveDown', { pack: pack.name })}
            >
              ↓
            </button>
            <button
              type="button"
              disabled={locked || !pack.canRollBack}
              title={lockedNote}
              onClick={() => void apply(i18n.t('packs.rollingBack', { pack: pack.name }), { kind: 'rollback', packId: pack.packId })}
            >
              {i18n.t('packs.rollBack')}
            </button>
          </li>
        ))}
      </ul>
      <p>
        <small>{i18n.t('packs.precedence')}</small>
      </p>

      <h3>{i18n.t('packs.syncFrom')}</h3>
      <ul className="rows" aria-label={i18n.t('packs.sourcesLabel')}>
        {sources.map((source) => (
          <li key={source.id} aria-label={source.url}>
            <span>
              <strong>{source.url}</strong> {policyUrls.has(source.url) || source.origin === 'policy' ? <small>{i18n.t('packs.setByOrg')}</small> : null}
              <br />
              <small data-testid="sync-status">
                {i18n.t('packs.syncStatus', {
                  result: source.lastResult ? `${syncKind(source.lastResult.kind)}: ${storedSyncReason(source.lastResult)}` : i18n.t('packs.notSyncedYet'),
                  success: when(source.lastSuccessAt),
                  next: when(source.nextAttemptAt),
                })}
              </small>
            </span>
            <button type="button" onClick={() => void sync(source)}>
              {i18n.t('packs.syncNow')}
            </button>
            {source.origin === 'user' ? (
              <button
                type="button"
                disabled={locked}
                title={lockedNote}
                onClick={() => void apply(i18n.t('packs.removing', { url: source.url }), { kind: 'remove-source', id: source.id })}
              >
                {i18n.t('packs.remove')}
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
            void apply(i18n.t('packs.adding', { url }), { kind: 'add-source', url }, async (added) => {
              setNewUrl('');
              return describeSync(added.sourceId ?? url, await syncNow(added.sourceId ?? url));
            });
          }}
        >
          <label htmlFor="new-pack-url">{i18n.t('packs.packUrl')}</label>
          <input
            id="new-pack-url"
            type="url"
            required
            placeholder="https://example.com/packs/team.json"
            value={newUrl}
            onChange={(e) => setNewUrl(e.target.value)}
          />
          <button type="submit">{i18n.t('packs.addAndSync')}</button>
        </form>
      ) : (
        <p>
          <small>{i18n.t('packs.urlsByOrg')}</small>
        </p>
      )}
      <SyncInterval settings={settings} value={intervalText} setValue={setIntervalText} apply={apply} />

      <h3>{i18n.t('packs.importHeading')}</h3>
      {locked ? (
        <p>
          <small>{i18n.t('packs.importLocked')}</small>
        </p>
      ) : (
        <>
          <label htmlFor="import-pack">{i18n.t('packs.importLabel')}</label>{' '}
          <input id="import-pack" type="file" multiple accept=".json,.yaml,.yml,.sig" onChange={(e) => void chooseImport(e.target.files)} />
        </>
      )}
      {pending ? (
        <section aria-label={i18n.t('packs.importPreview')}>
          {pending.preview.ok ? (
            <>
              <pre>{describeDiff(pending.preview.diff, diffWords()).join('\n')}</pre>
              {pending.preview.needsForce ? <p className="warn">{i18n.t('packs.notNewer', { version: pending.preview.installedVersion ?? '' })}</p> : null}
              <button type="button" onClick={() => void confirmImport()}>
                {i18n.t('packs.install', { pack: pending.preview.pack.name, version: pending.preview.pack.version })}
              </button>{' '}
              <button type="button" onClick={() => setPending(null)}>
                {i18n.t('packs.cancel')}
              </button>
            </>
          ) : (
            <p className="warn">{i18n.t('packs.notInstallable', { reason: pending.preview.reason })}</p>
          )}
        </section>
      ) : null}

      <h3>{i18n.t('packs.keysHeading')}</h3>
      {trustedKeys.length === 0 ? (
        <p>{i18n.t('packs.noKeys')}</p>
      ) : (
        <p>
          <small>{i18n.t('packs.keysOnly')}</small>
        </p>
      )}
      <ul className="rows" aria-label={i18n.t('packs.keysLabel')}>
        {settings.trustedKeys.map((key) => (
          <li key={key.value}>
            <code>{key.value}</code> {key.fromPolicy ? <small>{i18n.t('packs.setByOrg')}</small> : null}
            {!key.fromPolicy && settings.editable.trustedKeys ? (
              <button
                type="button"
                onClick={() => void apply(i18n.t('packs.removingKey'), { kind: 'set-keys', keys: trustedKeys.filter((k) => k !== key.value) })}
              >
                {i18n.t('packs.remove')}
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
            void apply(i18n.t('packs.addingKey'), { kind: 'set-keys', keys: [...trustedKeys, newKey.trim()] }, async (result) => {
              setNewKey('');
              return result.message;
            });
          }}
        >
          <label htmlFor="new-key">{i18n.t('packs.publicKey')}</label>
          <input
            id="new-key"
            className="key-input"
            required
            spellCheck={false}
            placeholder="persona-map-ed25519:…"
            value={newKey}
            onChange={(e) => setNewKey(e.target.value)}
          />
          <button type="submit">{i18n.t('packs.trustKey')}</button>
        </form>
      ) : (
        <p>
          <small>{locked ? i18n.t('packs.keysLocked') : i18n.t('packs.keysByOrg')}</small>
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
          {settings.syncIntervalMinutes.fromPolicy ? i18n.t('packs.intervalFixedByOrg', { minutes }) : i18n.t('packs.intervalFixedLocked', { minutes })}
        </small>
      </p>
    );
  return (
    <form
      className="actions"
      onSubmit={(event) => {
        event.preventDefault();
        const next = value.trim() === '' ? null : Number(value);
        void apply(i18n.t('packs.savingInterval'), { kind: 'set-sync-interval', minutes: next });
        setValue('');
      }}
    >
      <label htmlFor="sync-interval">{i18n.t('packs.intervalLabel')}</label>
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
      <span>{i18n.t('packs.minutes')}</span>
      <button type="submit">{i18n.t('packs.save')}</button>
      <small id="sync-interval-hint">
        {i18n.t('packs.intervalHint', { minutes, min: MIN_SYNC_INTERVAL_MINUTES, max: formatNumber(MAX_SYNC_INTERVAL_MINUTES) })}
      </small>
    </form>
  );
}
