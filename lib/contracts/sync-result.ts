/** What one sync attempt of a pack source ended in (lib/sync/sync-source.ts), as the options page shows it. */
import type { PackProblem } from '../pack/validate';
import type { FetchFailureCode } from '../sync/fetch-limited';

export type SyncFailureCode = 'insecure-url' | FetchFailureCode | 'signature-fetch' | 'unsigned' | 'signature' | 'invalid' | 'pack-mismatch' | 'install';

export interface SyncResultBase {
  sourceId: string;
  url: string;
  /** A sentence for the options page. */
  reason: string;
  at: number;
  nextAttemptAt: number;
  /** The version of this source's pack in use after the attempt (unchanged by any failure). */
  installedVersion: string | null;
}
export type SyncResult =
  | (SyncResultBase & { kind: 'installed'; packId: string; version: string; previousVersion: string | null })
  | (SyncResultBase & { kind: 'not-modified' })
  | (SyncResultBase & { kind: 'up-to-date'; packId: string; version: string })
  | (SyncResultBase & { kind: 'failed'; code: SyncFailureCode; httpStatus?: number; problems?: PackProblem[]; retryAfterMs?: number });
