/**
 * One HTTP GET with the limits a background sync needs: a timeout over the whole exchange
 * (AbortController), a size limit enforced while the body streams in (a 2 GB response is cut
 * off at the limit, never buffered), detection of bodies shorter than announced, and
 * conditional requests (If-None-Match). `fetch` is passed in: the service worker's, or a
 * fake in tests.
 */
import { checkSourceUrl } from './source-url';
import { parseRetryAfter } from './backoff';

export interface FetchLimits {
  fetch: typeof fetch;
  timeoutMs: number;
  maxBytes: number;
  now?: () => number;
  /** The failure reasons in the UI language (utils/sync-words.ts); English when absent. */
  words?: FetchWords;
}

/** Every reason a download can fail, as a sentence a person can act on. */
export interface FetchWords {
  /** `duration` is already worded: "30 seconds", "500 ms". */
  timeout(url: string, duration: string): string;
  seconds(n: number): string;
  cors(url: string): string;
  network(url: string, message: string): string;
  opaqueRedirect(url: string): string;
  redirectWithoutLocation(url: string, status: number): string;
  insecureRedirect(url: string, target: string): string;
  tooManyRedirects(url: string, max: number, target: string): string;
  http(url: string, status: number, statusText: string): string;
  /** `detail` is `announced` or `stoppedAfter`. */
  tooLarge(url: string, limit: string, detail: string): string;
  announced(size: string): string;
  stoppedAfter(size: string): string;
  brokeOff(url: string, received: number, declared: number | null, message: string): string;
  incomplete(url: string, received: number, declared: number): string;
}

export const englishFetchWords: FetchWords = {
  timeout: (url, duration) => `${url} did not answer within ${duration}`,
  seconds: (n) => `${n} seconds`,
  cors: (url) =>
    `${url} answered, but without the CORS headers the extension needs to read it: the server must send "Access-Control-Allow-Origin: *" (and "Access-Control-Expose-Headers: ETag, Retry-After"), and allow If-None-Match in preflight`,
  network: (url, message) => `could not reach ${url}: ${message} (offline, DNS, TLS or a blocked request)`,
  opaqueRedirect: (url) =>
    `${url} answered with a redirect, which the extension does not follow (the browser hides where it leads, so it cannot be checked first); set the pack URL to the address the pack is really served from`,
  redirectWithoutLocation: (url, status) => `${url} answered HTTP ${status} (a redirect) without a usable Location header`,
  insecureRedirect: (url, target) => `${url} redirected to ${target}, which is not https; nothing was requested from it and the pack was not downloaded`,
  tooManyRedirects: (url, max, target) => `${url} redirected more than ${max} times (last to ${target}); the pack was not downloaded`,
  http: (url, status, statusText) => `${url} answered HTTP ${status}${statusText ? ` ${statusText}` : ''}`,
  tooLarge: (url, limit, detail) => `the pack at ${url} is larger than the ${limit} limit (${detail}); it was not downloaded`,
  announced: (size) => `the server announced ${size}`,
  stoppedAfter: (size) => `stopped after ${size}`,
  brokeOff: (url, received, declared, message) =>
    `the download of ${url} broke off after ${received} bytes${declared !== null ? ` of ${declared}` : ''} (${message || 'connection lost'})`,
  incomplete: (url, received, declared) => `the download of ${url} is incomplete: ${received} of the ${declared} bytes the server announced arrived`,
};

export type FetchFailureCode = 'network' | 'timeout' | 'http' | 'too-large' | 'truncated' | 'insecure-redirect' | 'redirect' | 'cors';

/** Redirects followed before giving up (browsers allow 20; a pack host needs one or two). */
export const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export type FetchOutcome =
  | { kind: 'body'; status: number; bytes: Uint8Array; etag: string | null; url: string }
  | { kind: 'not-modified'; status: 304 }
  | { kind: 'failed'; code: FetchFailureCode; reason: string; status?: number; retryAfterMs?: number };

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MiB`;

export async function fetchLimited(limits: FetchLimits, url: string, options: { etag?: string | null } = {}): Promise<FetchOutcome> {
  const w = limits.words ?? englishFetchWords;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limits.timeoutMs);
  const timeout = (): FetchOutcome => ({
    kind: 'failed',
    code: 'timeout',
    reason: w.timeout(url, limits.timeoutMs < 1000 ? `${limits.timeoutMs} ms` : w.seconds(Math.round(limits.timeoutMs / 1000))),
  });
  try {
    const headers: Record<string, string> = { Accept: 'application/json, application/yaml;q=0.9, */*;q=0.1' };
    if (options.etag) headers['If-None-Match'] = options.etag;
    // Redirects are followed by hand, so a redirect to plain http is refused before anything is
    // sent to it (with redirect: 'follow' the http request had already gone out when we saw it).
    let response: Response;
    let current = url;
    for (let hops = 0; ; hops++) {
      try {
        // no-store: our own If-None-Match decides; the HTTP cache must not answer for the server.
        response = await limits.fetch(current, { headers, signal: controller.signal, cache: 'no-store', redirect: 'manual' });
      } catch (error) {
        if (timedOut) return timeout();
        // A browser reports a missing CORS header exactly like a network failure ("Failed to
        // fetch"). An opaque no-cors request tells them apart: it succeeds when the server answers.
        if (await answersWithoutCors(limits.fetch, current, controller.signal)) return { kind: 'failed', code: 'cors', reason: w.cors(current) };
        if (timedOut) return timeout();
        return { kind: 'failed', code: 'network', reason: w.network(current, (error as Error).message || String(error)) };
      }
      // In a browser a manual redirect is opaque: its target cannot be read, so it cannot be
      // checked before it is requested. Refusing every redirect there (https to https too) is
      // the price of never sending a request to a URL nobody checked; see docs/hostile-input.md.
      if (response.type === 'opaqueredirect') return { kind: 'failed', code: 'redirect', reason: w.opaqueRedirect(current) };
      if (!REDIRECT_STATUSES.has(response.status)) break;
      void response.body?.cancel().catch(() => undefined);
      const location = response.headers.get('location');
      let target: string;
      try {
        target = new URL(location ?? '', current).href;
        if (location === null) throw new Error('no Location');
      } catch {
        return { kind: 'failed', code: 'redirect', status: response.status, reason: w.redirectWithoutLocation(current, response.status) };
      }
      if (!checkSourceUrl(target).ok) return { kind: 'failed', code: 'insecure-redirect', reason: w.insecureRedirect(current, target) };
      if (hops + 1 > MAX_REDIRECTS) return { kind: 'failed', code: 'redirect', reason: w.tooManyRedirects(url, MAX_REDIRECTS, target) };
      current = target;
    }
    if (response.status === 304) {
      void response.body?.cancel().catch(() => undefined);
      return { kind: 'not-modified', status: 304 };
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), limits.now?.() ?? Date.now());
      return {
        kind: 'failed',
        code: 'http',
        status: response.status,
        reason: w.http(url, response.status, response.statusText),
        ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
      };
    }
    const lengthHeader = response.headers.get('content-length');
    const declared = lengthHeader !== null && /^\d+$/.test(lengthHeader) ? Number(lengthHeader) : undefined;
    const tooLarge = (detail: string): FetchOutcome => ({
      kind: 'failed',
      code: 'too-large',
      reason: w.tooLarge(url, mib(limits.maxBytes), detail),
    });
    if (declared !== undefined && declared > limits.maxBytes) {
      void response.body?.cancel().catch(() => undefined);
      controller.abort();
      return tooLarge(w.announced(mib(declared)));
    }

    const chunks: Uint8Array[] = [];
    let total = 0;
    if (response.body) {
      const reader = response.body.getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          total += value.byteLength;
          if (total > limits.maxBytes) {
            void reader.cancel().catch(() => undefined);
            controller.abort();
            return tooLarge(w.stoppedAfter(mib(total)));
          }
          chunks.push(value);
        }
      } catch (error) {
        if (timedOut) return timeout();
        return { kind: 'failed', code: 'truncated', reason: w.brokeOff(url, total, declared ?? null, (error as Error).message) };
      }
    }
    // With content-encoding the header counts compressed bytes; only a plain body can be checked.
    const encoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
    if (declared !== undefined && !encoded && total < declared) return { kind: 'failed', code: 'truncated', reason: w.incomplete(url, total, declared) };

    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return { kind: 'body', status: response.status, bytes, etag: response.headers.get('etag'), url: current };
  } finally {
    clearTimeout(timer);
  }
}

async function answersWithoutCors(fetcher: typeof fetch, url: string, signal: AbortSignal): Promise<boolean> {
  try {
    const probe = await fetcher(url, { mode: 'no-cors', signal, cache: 'no-store' });
    void probe.body?.cancel().catch(() => undefined);
    return probe.type === 'opaque';
  } catch {
    return false;
  }
}
