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
}

export type FetchFailureCode = 'network' | 'cors' | 'timeout' | 'http' | 'too-large' | 'truncated' | 'insecure-redirect';

export type FetchOutcome =
  | { kind: 'body'; status: number; bytes: Uint8Array; etag: string | null; url: string }
  | { kind: 'not-modified'; status: 304 }
  | { kind: 'failed'; code: FetchFailureCode; reason: string; status?: number; retryAfterMs?: number };

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MiB`;

export async function fetchLimited(limits: FetchLimits, url: string, options: { etag?: string | null } = {}): Promise<FetchOutcome> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limits.timeoutMs);
  const timeout = (): FetchOutcome => ({
    kind: 'failed',
    code: 'timeout',
    reason: `${url} did not answer within ${limits.timeoutMs < 1000 ? `${limits.timeoutMs} ms` : `${Math.round(limits.timeoutMs / 1000)} seconds`}`,
  });
  try {
    const headers: Record<string, string> = { Accept: 'application/json, application/yaml;q=0.9, */*;q=0.1' };
    if (options.etag) headers['If-None-Match'] = options.etag;
    let response: Response;
    try {
      // no-store: our own If-None-Match decides; the HTTP cache must not answer for the server.
      response = await limits.fetch(url, { headers, signal: controller.signal, cache: 'no-store', redirect: 'follow' });
    } catch (error) {
      if (timedOut) return timeout();
      // A browser reports a missing CORS header exactly like a network failure ("Failed to
      // fetch"). An opaque no-cors request tells them apart: it succeeds when the server answers.
      if (await answersWithoutCors(limits.fetch, url, controller.signal))
        return {
          kind: 'failed',
          code: 'cors',
          reason: `${url} answered, but without the CORS headers the extension needs to read it: the server must send "Access-Control-Allow-Origin: *" (and "Access-Control-Expose-Headers: ETag"), and allow If-None-Match in preflight`,
        };
      if (timedOut) return timeout();
      return { kind: 'failed', code: 'network', reason: `could not reach ${url}: ${(error as Error).message || String(error)} (offline, DNS, TLS or a blocked request)` };
    }
    // A redirect must not downgrade the pack to plain http.
    if (response.url && response.url !== url && !checkSourceUrl(response.url).ok) {
      void response.body?.cancel().catch(() => undefined);
      return { kind: 'failed', code: 'insecure-redirect', reason: `${url} redirected to ${response.url}, which is not https; the pack was not downloaded` };
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
        reason: `${url} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
        ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
      };
    }
    const lengthHeader = response.headers.get('content-length');
    const declared = lengthHeader !== null && /^\d+$/.test(lengthHeader) ? Number(lengthHeader) : undefined;
    const tooLarge = (detail: string): FetchOutcome => ({
      kind: 'failed',
      code: 'too-large',
      reason: `the pack at ${url} is larger than the ${mib(limits.maxBytes)} limit (${detail}); it was not downloaded`,
    });
    if (declared !== undefined && declared > limits.maxBytes) {
      void response.body?.cancel().catch(() => undefined);
      controller.abort();
      return tooLarge(`the server announced ${mib(declared)}`);
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
            return tooLarge(`stopped after ${mib(total)}`);
          }
          chunks.push(value);
        }
      } catch (error) {
        if (timedOut) return timeout();
        return {
          kind: 'failed',
          code: 'truncated',
          reason: `the download of ${url} broke off after ${total} bytes${declared !== undefined ? ` of ${declared}` : ''} (${(error as Error).message || 'connection lost'})`,
        };
      }
    }
    // With content-encoding the header counts compressed bytes; only a plain body can be checked.
    const encoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
    if (declared !== undefined && !encoded && total < declared)
      return { kind: 'failed', code: 'truncated', reason: `the download of ${url} is incomplete: ${total} of the ${declared} bytes the server announced arrived` };

    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return { kind: 'body', status: response.status, bytes, etag: response.headers.get('etag'), url: response.url || url };
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
