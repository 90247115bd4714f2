/**
 * Issue 19, sync 8: redirects are followed by hand, so a redirect to plain http is refused
 * before any request goes to the http URL.
 */
import { describe, expect, it } from 'vitest';
import { fetchLimited, MAX_REDIRECTS } from '../../../lib/sync/fetch-limited';
import { bytesOf, makePack } from '../sync/test-support';

/** A fetch that, like the network, sends a request only for the URL it is given, and records it. */
function network(routes: Record<string, () => Response>) {
  const requested: { url: string; redirect: RequestRedirect | undefined }[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = String(input);
    requested.push({ url, redirect: init?.redirect });
    const route = routes[url];
    if (!route) return new Response('not found', { status: 404 });
    const response = route();
    // What the platform does with redirect: 'follow': fetch the target itself.
    if (init?.redirect !== 'manual' && response.status >= 300 && response.status < 400)
      return fetch(new URL(response.headers.get('location')!, url).href, init);
    return response;
  };
  return { fetch, requested };
}
const redirect =
  (location: string, status = 302) =>
  () =>
    new Response(null, { status, headers: { location } });
const limits = (fetch: typeof globalThis.fetch) => ({ fetch, timeoutMs: 5000, maxBytes: 10 * 1024 * 1024 });
const PACK = 'https://packs.example.com/acme.json';

describe('redirects during a sync', () => {
  it('refuses a redirect to http:// without requesting the http URL', async () => {
    const { fetch, requested } = network({
      [PACK]: redirect('http://packs.example.com/acme.json'),
      'http://packs.example.com/acme.json': () => new Response(bytesOf(makePack('2.0.0'))),
    });
    const result = await fetchLimited(limits(fetch), PACK);
    expect(result).toMatchObject({ kind: 'failed', code: 'insecure-redirect' });
    if (result.kind === 'failed')
      expect(result.reason).toContain('redirected to http://packs.example.com/acme.json, which is not https; nothing was requested from it');
    expect(requested.map((r) => r.url)).toEqual([PACK]);
  });

  it('follows https redirects (relative ones too) and downloads from the final URL', async () => {
    const { fetch, requested } = network({
      [PACK]: redirect('https://cdn.example.com/v2/acme.json', 301),
      'https://cdn.example.com/v2/acme.json': redirect('/v3/acme.json', 307),
      'https://cdn.example.com/v3/acme.json': () => new Response(bytesOf(makePack('2.0.0'))),
    });
    const result = await fetchLimited(limits(fetch), PACK);
    expect(result).toMatchObject({ kind: 'body', status: 200, url: 'https://cdn.example.com/v3/acme.json' });
    expect(requested.every((r) => r.redirect === 'manual')).toBe(true);
  });

  it('gives up after a bounded number of redirects', async () => {
    const { fetch, requested } = network({ [PACK]: redirect(PACK) });
    const result = await fetchLimited(limits(fetch), PACK);
    expect(result).toMatchObject({ kind: 'failed', code: 'redirect', reason: expect.stringContaining(`redirected more than ${MAX_REDIRECTS} times`) });
    expect(requested).toHaveLength(MAX_REDIRECTS + 1);
  });

  it('refuses a redirect without a Location', async () => {
    const { fetch } = network({ [PACK]: () => new Response(null, { status: 302 }) });
    expect(await fetchLimited(limits(fetch), PACK)).toMatchObject({
      kind: 'failed',
      code: 'redirect',
      reason: expect.stringContaining('without a usable Location header'),
    });
  });

  it('refuses the opaque redirect a browser returns, saying why', async () => {
    const opaque = Object.defineProperty(new Response(null, { status: 200 }), 'type', { value: 'opaqueredirect' });
    const fetch: typeof globalThis.fetch = async () => opaque;
    const result = await fetchLimited(limits(fetch), PACK);
    expect(result).toMatchObject({ kind: 'failed', code: 'redirect' });
    if (result.kind === 'failed') expect(result.reason).toMatch(/answered with a redirect, which the extension does not follow/);
  });
});
