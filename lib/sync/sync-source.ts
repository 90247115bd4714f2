/**
 * Syncs one pack URL: conditional GET, limits, signature, validation, version check, then an
 * atomic install. Every way this can go wrong ends in a typed result with a reason a person
 * can act on, stored on the source for the options page, and leaves the installed pack as it
 * was. The background calls `syncDueSources` from an alarm; "Sync now" calls `syncPackSource`.
 *
 *   fetch(url, If-None-Match) ──304──▶ not-modified
 *      │200 (≤ maxBytes, complete, https after redirects)
 *      ▼
 *   fetch(url.sig) ─▶ verify (trusted keys set) ─▶ parse + validate ─▶ same pack id?
 *      ─▶ higher version (or forced)? ──no──▶ up-to-date
 *      ▼ yes
 *   installPack (one Dexie transaction) ─▶ installed
 */
import type { SyncFailureCode, SyncResult, SyncResultBase } from '../contracts/sync-result';
import { MAX_PACK_BYTES } from '../pack/vocabulary';
import type { PackProblem } from '../pack/validate';
import { syntaxOf } from '../pack/validate';
import type { PackSource, PersonaMapDb, SyncStatus } from '../storage/db';
import { compareVersions, installedPack, installPack } from '../storage/pack-store';
import { DEFAULT_SYNC_INTERVAL_MINUTES, describeDelay, englishDelayUnits, retryDelay, type DelayUnits } from './backoff';
import { checkPackBytes, englishPackCheckWords, type PackCheckWords } from './check-pack';
import { englishFetchWords, fetchLimited, type FetchWords } from './fetch-limited';
import { checkSourceUrl, englishSourceUrlWords, type SourceUrlWords } from './source-url';
import { dueSources } from './sources';
import { recorded, recordingWords, sayIn } from '../said';

export const DEFAULT_TIMEOUT_MS = 30_000;
/** A signature is 88 base64 characters; anything much larger is not one. */
const MAX_SIGNATURE_BYTES = 4096;

export interface SyncDeps {
  db: PersonaMapDb;
  fetch: typeof fetch;
  now: () => number;
  /** Public keys (sign.ts text format). When any is set, unsigned or badly signed packs are refused. */
  trustedKeys: readonly string[];
  crypto?: Crypto;
  timeoutMs?: number;
  maxBytes?: number;
  syncIntervalMinutes?: number;
  /** Policy locks settings: sources the seller added are left alone. */
  policySourcesOnly?: boolean;
  /** The reasons' sentences in the UI language (utils/sync-words.ts); English when absent. */
  words?: SyncWords;
}

/**
 * The sentences a sync result's reason is made of. The worker passes them in the UI language:
 * this module stays free of extension APIs. The download's, the URL's and the pack check's own
 * reasons come from their words; what only a program says (an exception's message, a schema
 * problem at a JSON path) goes verbatim into `failed`.
 */
export interface SyncWords {
  notModified(version: string | null): string;
  notConditional(url: string): string;
  signatureFetchFailed(reason: string): string;
  signatureNotConditional(sigUrl: string): string;
  servesOtherPack(url: string, was: string, now: string): string;
  syncedElsewhere(packId: string, source: string): string;
  installed(version: string, previousVersion: string | null): string;
  serverRolledBack(serverVersion: string, installedVersion: string): string;
  serverOlder(serverVersion: string, installedVersion: string): string;
  alreadyInstalled(version: string): string;
  crashed(url: string, message: string): string;
  /** The failure's reason, what stays in use (`inUse` null: nothing is installed) and when the next try is. */
  failed(reason: string, inUse: string | null, nextTry: string): string;
  delay: DelayUnits;
  fetch: FetchWords;
  sourceUrl: SourceUrlWords;
  check: PackCheckWords;
}

export const englishSyncWords: SyncWords = {
  notModified: (version) => `unchanged on the server (HTTP 304); ${version !== null ? `version ${version}` : 'the installed version'} stays in use`,
  notConditional: (url) => `${url} answered 304 Not Modified to a request that was not conditional`,
  signatureFetchFailed: (reason) => `could not fetch the signature: ${reason}`,
  signatureNotConditional: (sigUrl) => `${sigUrl} answered 304 to an unconditional request`,
  servesOtherPack: (url, was, now) => `${url} used to serve pack "${was}" but now serves "${now}"; remove this source and add it again to switch packs`,
  syncedElsewhere: (packId, source) => `pack "${packId}" is already synced from ${source}; remove one of the two sources`,
  installed: (version, previousVersion) => (previousVersion ? `installed version ${version} (was ${previousVersion})` : `installed version ${version}`),
  serverRolledBack: (serverVersion, installedVersion) =>
    `the server has version ${serverVersion}, which was rolled back; ${installedVersion} stays in use until a newer version is published`,
  serverOlder: (serverVersion, installedVersion) => `the server has version ${serverVersion}, older than the installed ${installedVersion}, which stays in use`,
  alreadyInstalled: (version) => `version ${version} is already installed`,
  crashed: (url, message) => `could not install the pack from ${url}: ${message}`,
  failed: (reason, inUse, nextTry) => `${reason}. ${inUse !== null ? `Version ${inUse} stays in use` : 'Nothing was installed'}; next try in ${nextTry}.`,
  delay: englishDelayUnits,
  fetch: englishFetchWords,
  sourceUrl: englishSourceUrlWords,
  check: englishPackCheckWords,
};

type Outcome =
  | { kind: 'installed'; packId: string; version: string; previousVersion: string | null; reason: string; etag: string | null; signedBy: string | null }
  | { kind: 'not-modified'; reason: string }
  | { kind: 'up-to-date'; packId: string; version: string; reason: string; etag: string | null }
  | { kind: 'failed'; code: SyncFailureCode; reason: string; httpStatus?: number; problems?: PackProblem[]; retryAfterMs?: number; packId?: string };

function signatureUrl(url: string): string {
  const u = new URL(url);
  u.pathname += '.sig';
  return u.href;
}

async function attempt(deps: SyncDeps, source: PackSource, force: boolean): Promise<Outcome> {
  const w = deps.words ?? englishSyncWords;
  const checked = checkSourceUrl(source.url, w.sourceUrl);
  if (!checked.ok) return { kind: 'failed', code: 'insecure-url', reason: checked.reason };
  const limits = {
    fetch: deps.fetch,
    timeoutMs: deps.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: deps.maxBytes ?? MAX_PACK_BYTES,
    now: deps.now,
    words: w.fetch,
  };
  // A forced sync wants the body even if unchanged; without an installed pack an ETag is meaningless.
  const current = source.packId ? await installedPack(deps.db, source.packId) : undefined;
  const etag = force || !current ? null : source.etag;
  const response = await fetchLimited(limits, source.url, { etag });
  if (response.kind === 'not-modified') {
    if (!etag) return { kind: 'failed', code: 'http', httpStatus: 304, reason: w.notConditional(source.url) };
    return { kind: 'not-modified', reason: w.notModified(current ? current.version : null) };
  }
  if (response.kind === 'failed') {
    const { kind: _kind, code, status, ...rest } = response;
    return { kind: 'failed', code, ...rest, ...(status !== undefined ? { httpStatus: status } : {}) };
  }

  let signature: string | null = null;
  let signatureMissingBecause: string | undefined;
  if (deps.trustedKeys.length > 0) {
    const sigUrl = signatureUrl(source.url);
    const sig = await fetchLimited({ ...limits, maxBytes: MAX_SIGNATURE_BYTES }, sigUrl);
    if (sig.kind === 'body') signature = new TextDecoder().decode(sig.bytes);
    else if (sig.kind === 'failed' && sig.code === 'http' && (sig.status === 404 || sig.status === 410))
      signatureMissingBecause = w.fetch.http(sigUrl, sig.status, '');
    else
      return {
        kind: 'failed',
        code: 'signature-fetch',
        reason: w.signatureFetchFailed(sig.kind === 'failed' ? sig.reason : w.signatureNotConditional(sigUrl)),
        ...(sig.kind === 'failed' && sig.status !== undefined ? { httpStatus: sig.status } : {}),
      };
  }

  const pathname = new URL(source.url).pathname;
  const check = await checkPackBytes(response.bytes, {
    trustedKeys: deps.trustedKeys,
    signature,
    signatureMissingBecause,
    where: source.url,
    syntax: syntaxOf(pathname),
    crypto: deps.crypto,
    words: w.check,
  });
  if (!check.ok) return { kind: 'failed', code: check.code, reason: check.reason, ...(check.problems ? { problems: check.problems } : {}) };
  const { pack } = check;

  if (source.packId && source.packId !== pack.id)
    return {
      kind: 'failed',
      code: 'pack-mismatch',
      reason: w.servesOtherPack(source.url, source.packId, pack.id),
    };
  const installed = await installedPack(deps.db, pack.id);
  if (installed && installed.source !== source.url && installed.source.startsWith('https:') && (await deps.db.packSources.get(installed.source)))
    return {
      kind: 'failed',
      code: 'pack-mismatch',
      packId: pack.id,
      reason: w.syncedElsewhere(pack.id, installed.source),
    };

  const result = await installPack(deps.db, pack, { source: source.url, force, signedBy: check.signedBy ?? undefined, now: deps.now() });
  if (result.ok)
    return {
      kind: 'installed',
      packId: pack.id,
      version: pack.version,
      previousVersion: result.previousVersion,
      etag: response.etag,
      signedBy: check.signedBy,
      reason: w.installed(pack.version, result.previousVersion),
    };
  if (result.code === 'invalid') return { kind: 'failed', code: 'install', reason: result.reason };
  const reason =
    result.code === 'rolled-back'
      ? w.serverRolledBack(pack.version, String(result.installedVersion))
      : compareVersions(pack.version, result.installedVersion ?? '0.0.0') < 0
        ? w.serverOlder(pack.version, String(result.installedVersion))
        : w.alreadyInstalled(pack.version);
  return { kind: 'up-to-date', packId: pack.id, version: pack.version, reason, etag: response.etag };
}

/**
 * Syncs one source now and records the outcome on it (status, failures, next attempt).
 * `force` installs what the server has even if it is not a higher version.
 */
export async function syncPackSource(deps: SyncDeps, given: PackSource, options: { force?: boolean } = {}): Promise<SyncResult> {
  // The caller's copy may be stale (an options page open for an hour): the stored one counts failures.
  const w = deps.words ?? englishSyncWords;
  // The reason is recorded (which sentence, with what) and stored so, to be said again in the
  // language the options page has when it shows it (lib/said.ts); `reason` is it said now.
  const recording = recordingWords(w);
  const source = (await deps.db.packSources.get(given.id).catch(() => undefined)) ?? given;
  let outcome: Outcome;
  try {
    outcome = await attempt({ ...deps, words: recording }, source, options.force ?? false);
  } catch (error) {
    // A bug or a storage failure: still a result, still the old pack.
    outcome = { kind: 'failed', code: 'install', reason: recording.crashed(source.url, (error as Error).message) };
  }
  const at = deps.now();
  const failures = outcome.kind === 'failed' ? source.failures + 1 : 0;
  const delay = outcome.kind === 'failed' ? retryDelay(failures, outcome.retryAfterMs) : (deps.syncIntervalMinutes ?? DEFAULT_SYNC_INTERVAL_MINUTES) * 60_000;
  const nextAttemptAt = at + delay;
  const packId = outcome.kind === 'installed' || outcome.kind === 'up-to-date' ? outcome.packId : source.packId;
  const inUse = packId ? await installedPack(deps.db, packId).catch(() => undefined) : undefined;
  const installedVersion = inUse?.version ?? null;

  const said = recorded(
    outcome.kind === 'failed' ? recording.failed(outcome.reason, inUse ? inUse.version : null, describeDelay(delay, recording.delay)) : outcome.reason,
  );
  const reason = sayIn(said, w) ?? '';

  const status: SyncStatus = {
    kind: outcome.kind,
    reason,
    said,
    at,
    ...(outcome.kind === 'failed' ? { code: outcome.code } : {}),
    ...(outcome.kind === 'failed' && outcome.httpStatus !== undefined ? { httpStatus: outcome.httpStatus } : {}),
  };
  const changes: Partial<PackSource> = { lastResult: status, failures, nextAttemptAt };
  if (outcome.kind !== 'failed') changes.lastSuccessAt = at;
  // Remember the ETag only of content that was accepted: after a rejected body, the next
  // request must fetch it again rather than be told "not modified".
  if (outcome.kind === 'installed' || outcome.kind === 'up-to-date') {
    changes.etag = outcome.etag;
    changes.packId = outcome.packId;
  }
  // The source may have been removed while syncing; then there is nothing to record.
  await deps.db.packSources.update(source.id, changes).catch(() => 0);

  const base: SyncResultBase = { sourceId: source.id, url: source.url, reason, at, nextAttemptAt, installedVersion };
  switch (outcome.kind) {
    case 'installed':
      return { ...base, kind: 'installed', packId: outcome.packId, version: outcome.version, previousVersion: outcome.previousVersion };
    case 'not-modified':
      return { ...base, kind: 'not-modified' };
    case 'up-to-date':
      return { ...base, kind: 'up-to-date', packId: outcome.packId, version: outcome.version };
    case 'failed': {
      const { kind: _k, reason: _r, packId: _p, ...rest } = outcome;
      return { ...base, kind: 'failed', ...rest };
    }
  }
}

/** Syncs, one after another, every source whose next attempt is due. For the background alarm. */
export async function syncDueSources(deps: SyncDeps): Promise<SyncResult[]> {
  const due = await dueSources(deps.db, deps.now(), deps.policySourcesOnly);
  const results: SyncResult[] = [];
  for (const source of due.sort((a, b) => a.addedAt - b.addedAt)) results.push(await syncPackSource(deps, source));
  return results;
}

/** Syncs one source by id now ("Sync now"), whatever its schedule. */
export async function syncSourceNow(deps: SyncDeps, id: string, options: { force?: boolean } = {}): Promise<SyncResult | undefined> {
  const source = await deps.db.packSources.get(id);
  return source ? syncPackSource(deps, source, options) : undefined;
}
