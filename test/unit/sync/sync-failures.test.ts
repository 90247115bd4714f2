import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateKeyPair, signBytes, type KeyPairText } from '../../../lib/pack/sign';
import { validatePack } from '../../../lib/pack/validate';
import type { PackSource, PersonaMapDb } from '../../../lib/storage/db';
import { installedPack, installPack } from '../../../lib/storage/pack-store';
import { addPackSource } from '../../../lib/sync/sources';
import { syncDueSources, syncPackSource, type SyncDeps } from '../../../lib/sync/sync-source';
import { bytesOf, clock, FakeServer, freshDb, makePack } from './test-support';

const URL = 'https://packs.example.com/acme.json';
const SIG = `${URL}.sig`;
const MIN = 60_000;

let keys: KeyPairText;
let otherKeys: KeyPairText;
beforeAll(async () => {
  [keys, otherKeys] = await Promise.all([generateKeyPair(), generateKeyPair()]);
});

let db: PersonaMapDb;
let server: FakeServer;
let time: ReturnType<typeof clock>;
let deps: SyncDeps;
let source: PackSource;

/** Every test starts with acme 1.0.0 installed from URL, the "good pack" that must survive. */
beforeEach(async () => {
  db = freshDb();
  server = new FakeServer();
  time = clock();
  deps = { db, fetch: server.fetch, now: time.now, trustedKeys: [keys.publicKey], timeoutMs: 200 };
  const added = await addPackSource(db, URL, { now: time.now() });
  if (!added.ok) throw new Error(added.reason);
  const good = validatePack(makePack('1.0.0'));
  if (!good.ok) throw new Error('fixture');
  await installPack(db, good.pack, { source: URL, now: time.now() });
  await db.packSources.update(URL, { packId: 'acme', etag: '"v1"' });
  source = (await db.packSources.get(URL))!;
});
afterEach(async () => {
  await db.delete();
});

const inUse = async () => (await installedPack(db, 'acme'))?.version ?? null;
async function publishSigned(pack: unknown, etag = '"v2"', key = keys) {
  const bytes = bytesOf(pack);
  server.serve(URL, bytes, etag).serveText(SIG, await signBytes(key.privateKey, bytes));
  return bytes;
}

describe('every failed sync leaves the installed pack in place and says why', () => {
  it('refuses an unsigned pack when trusted keys are set', async () => {
    server.serve(URL, bytesOf(makePack('2.0.0')), '"v2"');
    const result = await syncPackSource(deps, source);
    expect(result).toMatchObject({ kind: 'failed', code: 'unsigned', installedVersion: '1.0.0' });
    expect(result.reason).toContain(`${SIG} answered HTTP 404`);
    expect(result.reason).toContain('only packs signed with one of them install');
    expect(await inUse()).toBe('1.0.0');
  });

  it('installs an unsigned pack when no keys are set, without fetching a signature', async () => {
    server.serve(URL, bytesOf(makePack('2.0.0')), '"v2"');
    const result = await syncPackSource({ ...deps, trustedKeys: [] }, source);
    expect(result).toMatchObject({ kind: 'installed', version: '2.0.0' });
    expect(server.requests.map((r) => r.url)).toEqual([URL]);
  });

  it('refuses a pack signed with a key that is not trusted', async () => {
    await publishSigned(makePack('2.0.0'), '"v2"', otherKeys);
    const result = await syncPackSource(deps, source);
    expect(result).toMatchObject({ kind: 'failed', code: 'signature' });
    expect(result.reason).toContain('signed with a different key');
    expect(await inUse()).toBe('1.0.0');
  });

  it('accepts a pack signed by any one of several trusted keys', async () => {
    await publishSigned(makePack('2.0.0'), '"v2"', otherKeys);
    const result = await syncPackSource({ ...deps, trustedKeys: [keys.publicKey, otherKeys.publicKey] }, source);
    expect(result).toMatchObject({ kind: 'installed', version: '2.0.0' });
  });

  it('reports the JSON path of an invalid pack', async () => {
    const broken = makePack('2.0.0');
    broken.assets[0]!.url = 'http://example.com/soc2';
    await publishSigned(broken);
    const result = await syncPackSource(deps, source);
    expect(result).toMatchObject({ kind: 'failed', code: 'invalid' });
    if (result.kind !== 'failed') throw new Error('expected a failure');
    expect(result.problems).toEqual([{ path: '$.assets[0].url', message: expect.stringContaining('https:') }]);
    expect(result.reason).toContain(`the pack at ${URL} is not valid: $.assets[0].url: must be an https:`);
    expect(await inUse()).toBe('1.0.0');
  });

  it('reports a body cut short without a length header as a JSON error', async () => {
    const bytes = bytesOf(makePack('2.0.0'));
    const cut = bytes.slice(0, bytes.length - 40);
    server.serve(URL, cut, '"v2"').serveText(SIG, await signBytes(keys.privateKey, cut));
    const result = await syncPackSource(deps, source);
    expect(result).toMatchObject({ kind: 'failed', code: 'invalid' });
    expect(result.reason).toContain('the file ends too early');
    expect(await inUse()).toBe('1.0.0');
  });

  it('reports a connection that breaks off mid-body as truncated', async () => {
    server.route(URL, () => {
      let sent = false;
      return new Response(
        new ReadableStream({
          pull(controller) {
            if (!sent) controller.enqueue(new TextEncoder().encode('{"format": "persona-pack@1", '));
            else controller.error(new Error('connection reset'));
            sent = true;
          },
        }),
      );
    });
    const result = await syncPackSource(deps, source);
    expect(result).toMatchObject({ kind: 'failed', code: 'truncated' });
    expect(result.reason).toContain('broke off after 29 bytes (connection reset)');
    expect(await inUse()).toBe('1.0.0');
  });

  it('refuses a body announced as larger than 10 MiB without reading it', async () => {
    let cancelled = false;
    let delivered = 0;
    const body = new ReadableStream<Uint8Array>({
      pull: (c) => void ((delivered += 1024), c.enqueue(new Uint8Array(1024))),
      cancel: () => void (cancelled = true),
    });
    server.route(URL, () => new Response(body, { headers: { 'content-length': String(11 * 1024 * 1024) } }));
    const result = await syncPackSource(deps, source);
    expect(result).toMatchObject({ kind: 'failed', code: 'too-large' });
    expect(result.reason).toContain('the server announced 11 MiB');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(cancelled).toBe(true);
    expect(delivered).toBeLessThanOrEqual(1024); // at most the stream's own prefetch
    expect(await inUse()).toBe('1.0.0');
  });

  it('gives up on a server that does not answer in time', async () => {
    server.route(
      URL,
      ({ signal }) => new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    );
    const result = await syncPackSource(deps, source);
    expect(result).toMatchObject({ kind: 'failed', code: 'timeout' });
    expect(result.reason).toContain(`${URL} did not answer within 200 ms`);
    expect(await inUse()).toBe('1.0.0');
  });

  it('reports a network error', async () => {
    server.route(URL, () => Promise.reject(new TypeError('fetch failed')));
    const result = await syncPackSource(deps, source);
    expect(result).toMatchObject({ kind: 'failed', code: 'network' });
    expect(result.reason).toContain(`could not reach ${URL}: fetch failed`);
    expect(await inUse()).toBe('1.0.0');
  });

  it('does not follow a redirect to plain http, nor request it', async () => {
    server
      .route(URL, () => new Response(null, { status: 302, headers: { location: 'http://packs.example.com/acme.json' } }))
      .serve('http://packs.example.com/acme.json', bytesOf(makePack('2.0.0')));
    const result = await syncPackSource(deps, source);
    expect(result).toMatchObject({ kind: 'failed', code: 'insecure-redirect' });
    expect(server.requests.map((r) => r.url)).not.toContain('http://packs.example.com/acme.json');
    expect(await inUse()).toBe('1.0.0');
  });

  it('fails when the signature cannot be fetched (not the same as unsigned)', async () => {
    server.serve(URL, bytesOf(makePack('2.0.0')), '"v2"').route(SIG, () => new Response('', { status: 503 }));
    const result = await syncPackSource(deps, source);
    expect(result).toMatchObject({ kind: 'failed', code: 'signature-fetch', httpStatus: 503 });
    expect(await inUse()).toBe('1.0.0');
  });

  it('keeps the installed version when the server has an older one', async () => {
    await publishSigned(makePack('0.9.0'));
    const result = await syncPackSource(deps, source);
    expect(result).toMatchObject({ kind: 'up-to-date', version: '0.9.0', installedVersion: '1.0.0' });
    expect(result.reason).toContain('older than the installed 1.0.0');
    expect(await inUse()).toBe('1.0.0');
    // Not a failure: no back-off.
    expect((await db.packSources.get(URL))!.failures).toBe(0);
  });

  it('installs an older version only when forced', async () => {
    await publishSigned(makePack('0.9.0'));
    const result = await syncPackSource(deps, source, { force: true });
    expect(result).toMatchObject({ kind: 'installed', version: '0.9.0', previousVersion: '1.0.0' });
    expect(server.requests[0]!.ifNoneMatch).toBeNull();
    expect(await inUse()).toBe('0.9.0');
  });

  it('refuses a URL that starts serving a different pack', async () => {
    await publishSigned(makePack('2.0.0', { id: 'globex' }));
    const result = await syncPackSource(deps, source);
    expect(result).toMatchObject({ kind: 'failed', code: 'pack-mismatch' });
    expect(result.reason).toContain('used to serve pack "acme" but now serves "globex"');
    expect(await installedPack(db, 'globex')).toBeUndefined();
    expect(await inUse()).toBe('1.0.0');
  });

  it('refuses a second URL for a pack already synced from another', async () => {
    const mirror = 'https://mirror.example.com/acme.json';
    await addPackSource(db, mirror);
    const bytes = bytesOf(makePack('2.0.0'));
    server.serve(mirror, bytes).serveText(`${mirror}.sig`, await signBytes(keys.privateKey, bytes));
    const result = await syncPackSource(deps, (await db.packSources.get(mirror))!);
    expect(result).toMatchObject({ kind: 'failed', code: 'pack-mismatch' });
    expect(result.reason).toContain(`already synced from ${URL}`);
    expect(await inUse()).toBe('1.0.0');
  });

  it('refuses an http: source with a clear message, loopback included', async () => {
    const insecure = { ...source, id: 'http://packs.example.com/acme.json', url: 'http://packs.example.com/acme.json' };
    const result = await syncPackSource(deps, insecure);
    expect(result).toMatchObject({ kind: 'failed', code: 'insecure-url' });
    expect(result.reason).toContain('uses http:, which anyone on the network can alter');
    const loopback = { ...source, id: 'http://127.0.0.1:8125/acme.json', url: 'http://127.0.0.1:8125/acme.json', packId: null };
    expect(await syncPackSource(deps, loopback)).toMatchObject({ kind: 'failed', code: 'insecure-url' });
    expect(await inUse()).toBe('1.0.0');
  });

  it('honours Retry-After when it is longer than the back-off', async () => {
    server.route(URL, () => new Response('busy', { status: 429, headers: { 'retry-after': '600' } }));
    const result = await syncPackSource(deps, source);
    expect(result).toMatchObject({ kind: 'failed', code: 'http', httpStatus: 429, nextAttemptAt: time.now() + 10 * MIN });
    expect(result.reason).toContain('next try in 10 minutes');
  });

  it('does not remember the ETag of a rejected body', async () => {
    server.serve(URL, bytesOf(makePack('2.0.0')), '"bad"').serveText(SIG, 'garbage');
    await syncPackSource(deps, source);
    expect((await db.packSources.get(URL))!.etag).toBe('"v1"');
  });
});

describe('the schedule', () => {
  it('doubles the wait after each failure up to 6 hours, and resets on success', async () => {
    server.route(URL, () => new Response('', { status: 500 }));
    const waits: number[] = [];
    for (let i = 0; i < 11; i++) {
      const result = await syncPackSource(deps, source);
      waits.push((result.nextAttemptAt - time.now()) / MIN);
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 360, 360]);
    await publishSigned(makePack('2.0.0'));
    const result = await syncPackSource(deps, source);
    expect(result.kind).toBe('installed');
    expect((await db.packSources.get(URL))!.failures).toBe(0);
    expect(result.nextAttemptAt - time.now()).toBe(360 * MIN);
  });

  it('syncs only the sources that are due', async () => {
    const other = 'https://packs.example.com/team.json';
    await addPackSource(db, other, { now: time.now() });
    await db.packSources.update(URL, { nextAttemptAt: time.now() + MIN });
    const bytes = bytesOf(makePack('1.0.0', { id: 'team' }));
    server.serve(other, bytes).serveText(`${other}.sig`, await signBytes(keys.privateKey, bytes));
    const results = await syncDueSources(deps);
    expect(results.map((r) => [r.url, r.kind])).toEqual([[other, 'installed']]);
    time.advance(MIN);
    server.route(URL, () => new Response('', { status: 502 }));
    expect((await syncDueSources(deps)).map((r) => r.url)).toEqual([URL]);
  });
});
