/**
 * When to try a source again. After a failure: 1 minute, doubling with each consecutive
 * failure, at most 6 hours, so a broken server is not hammered by every browser in the
 * company; a server's Retry-After (429, 503) is honoured when longer. After a success: the
 * regular interval.
 */

export const FIRST_RETRY_MS = 60_000;
export const MAX_RETRY_MS = 6 * 60 * 60_000;
/** Retry-After values beyond this are treated as this: a misconfigured header must not stop syncing for weeks. */
export const MAX_RETRY_AFTER_MS = 24 * 60 * 60_000;
export const DEFAULT_SYNC_INTERVAL_MINUTES = 360;

/** Delay before the next attempt after `failures` consecutive failures (1 → 1 min, 2 → 2 min…). */
export function retryDelay(failures: number, retryAfterMs?: number): number {
  const backoff = Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1), MAX_RETRY_MS);
  return retryAfterMs === undefined ? backoff : Math.max(backoff, Math.min(retryAfterMs, MAX_RETRY_AFTER_MS));
}

/** Retry-After as milliseconds from now: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** How a delay is said: in English unless the caller passes the UI language's words. */
export interface DelayUnits {
  seconds(n: number): string;
  minutes(n: number): string;
  hours(n: number): string;
}

export const englishDelayUnits: DelayUnits = {
  seconds: (n) => `${n} seconds`,
  minutes: (n) => `${n} minute${n === 1 ? '' : 's'}`,
  hours: (n) => `${n} hours`,
};

/** "2 minutes", "6 hours": for reasons shown to people. */
export function describeDelay(ms: number, units: DelayUnits = englishDelayUnits): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return units.seconds(Math.max(1, Math.round(ms / 1000)));
  if (minutes < 120) return units.minutes(minutes);
  return units.hours(Math.round(minutes / 60));
}
