/**
 * Syncing pack sources: every due source when the alarm fires, or one source when a page asks.
 * Under the policy's lockSettings only the policy's own sources sync, by schedule or by request.
 */
import type { LazyScript } from '../platform/lazy-script';
import type { EffectiveSettings } from '../policy/managed';
import type { PersonaMapDb } from '../storage/db';
import { saveMirror, type DurableItem, type RecoveryMirror } from '../storage/recovery';
import { dueSources } from '../sync/sources';
import type { SyncResult } from '../contracts/sync-result';
import type { SyncDeps, SyncWords } from '../sync/sync-source';
import type { PackWork } from './pack-work';

export interface PackSyncDeps {
  db: PersonaMapDb;
  packWork: LazyScript<PackWork>;
  settings(): Promise<EffectiveSettings>;
  /** Resolves once the database was checked at start. */
  started: Promise<unknown>;
  /** Checks for a lost database (and rebuilds it); true when it was rebuilt. */
  databaseRebuilt(): Promise<boolean>;
  /** The installed packs changed: recompile, re-match, re-register (lib/background/pack-refresh.ts). */
  packsChanged(): Promise<void>;
  /** The database was rebuilt: the matcher must read the packs again. */
  invalidateMatcher(): void;
  recoveryMirror: DurableItem<RecoveryMirror | null>;
  fetch: typeof fetch;
  now(): number;
  words: SyncWords;
}

export type SyncPacks = (sourceId?: string, force?: boolean) => Promise<SyncResult[]>;

export function createPackSync(deps: PackSyncDeps): SyncPacks {
  const { db } = deps;
  return async function syncPacks(sourceId, force = false) {
    await deps.started;
    // The database can also be lost while the worker runs; restored sources are due at once.
    if (await deps.databaseRebuilt()) deps.invalidateMatcher();
    const effective = await deps.settings();
    const syncDeps: SyncDeps = {
      db,
      fetch: (input, init) => deps.fetch(input, init),
      now: deps.now,
      trustedKeys: effective.trustedKeys.map((key) => key.value),
      syncIntervalMinutes: effective.syncIntervalMinutes.value,
      policySourcesOnly: !effective.editable.packUrls,
      words: deps.words,
    };
    // Under lockSettings only the policy's sources sync, by schedule or by request.
    const allowed = sourceId && (effective.editable.packUrls || effective.packUrls.some((url) => url.fromPolicy && url.value === sourceId));
    const results = sourceId
      ? allowed
        ? [await (await deps.packWork.get()).syncSourceNow(syncDeps, sourceId, { force })].filter((r) => r !== undefined)
        : []
      : // The alarm wakes the worker every minute: the pack work is loaded only when a source is due.
        (await dueSources(db, syncDeps.now(), syncDeps.policySourcesOnly)).length
        ? await (await deps.packWork.get()).syncDueSources(syncDeps)
        : [];
    if (results.some((result) => result.kind === 'installed')) await deps.packsChanged();
    else await saveMirror(db, deps.recoveryMirror);
    return results;
  };
}
