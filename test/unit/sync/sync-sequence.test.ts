import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateKeyPair, signBytes, type KeyPairText } from '../../../lib/pack/sign';
import type { PersonaMapDb } from '../../../lib/storage/db';
import { installedPack, rollback } from '../../../lib/storage/pack-store';
import { addPackSource } from '../../../lib/sync/sources';
import { syncSourceNow, type SyncDeps } from '../../../lib/sync/sync-source';
import { bytesOf, clock, FakeServer, freshDb, makePack } from './test-support';

const URL = 'https://packs.example.com/acme.json';
const SIG = `${URL}.sig`;
const MIN = 60_000;

let keys: KeyPairText;
beforeAll(async () => {
  keys = await generateKeyPair();
});

let db: PersonaMapDb;
let server: FakeServer;
let time: ReturnType<typeof clock>;
let deps: SyncDeps;
beforeEach(async () => {
  db = freshDb();
  server = new FakeServer();
  time = clock();
  deps = { db, fetch: server.fetch, now: time.now, trustedKeys: [keys.publicKey], syncIntervalMinutes: 60, timeoutMs: 2000 };
  await addPackSource(db, URL, { now: time.now() });
});
afterEach(async () => {
  await db.delete();
});

async function publish(version: string, etag: string) {
  const bytes = bytesOf(makePack(version));
  server.serve(URL, bytes, etag).serveText(SIG, await signBytes(keys.privateKey, bytes));
  return bytes;
}
const inUse = async () => (await installedPack(db, 'acme'))?.version ?? null;
const sync = async (options: { force?: boolean } = {}) => (await syncSourceNow(deps, URL, options))!;
const source = async () => (await db.packSources.get(URL))!;

describe('a pack source synced through every kind of answer', () => {
  it('keeps the right pack installed after each step, and says why', async () => {
    // 1. First install.
    await publish('1.0.0', '"v1"');
    let result = await sync();
    expect(result).toMatchObject({ kind: 'installed', version: '1.0.0', previousVersion: null });
    expect(await inUse()).toBe('1.0.0');
    expect(await source()).toMatchObject({ packId: 'acme', etag: '"v1"', failures: 0, nextAttemptAt: time.now() + 60 * MIN });
    expect((await db.packs.get('acme@1.0.0'))!.signedBy).toMatch(/^[0-9a-f]{12}$/);

    // 2. Unchanged: a conditional request answered 304.
    time.advance(60 * MIN);
    result = await sync();
    expect(server.requests.at(-1)).toEqual({ url: URL, ifNoneMatch: '"v1"' });
    expect(result.kind).toBe('not-modified');
    expect(result.reason).toContain('HTTP 304');
    expect(await inUse()).toBe('1.0.0');

    // 3. A new version.
    await publish('1.1.0', '"v2"');
    result = await sync();
    expect(result).toMatchObject({ kind: 'installed', version: '1.1.0', previousVersion: '1.0.0', installedVersion: '1.1.0' });
    expect(await inUse()).toBe('1.1.0');

    // 4. The server fails: back-off starts at 1 minute.
    server.route(URL, () => new Response('oops', { status: 500, statusText: 'Internal Server Error' }));
    result = await sync();
    expect(result).toMatchObject({ kind: 'failed', code: 'http', httpStatus: 500, installedVersion: '1.1.0' });
    expect(result.reason).toContain(`${URL} answered HTTP 500 Internal Server Error`);
    expect(result.reason).toContain('Version 1.1.0 stays in use');
    expect(await source()).toMatchObject({ failures: 1, nextAttemptAt: time.now() + MIN, etag: '"v2"' });
    expect((await source()).lastResult).toMatchObject({ kind: 'failed', code: 'http', httpStatus: 500 });
    expect(await inUse()).toBe('1.1.0');

    // 5. A truncated body: fewer bytes than announced.
    const next = bytesOf(makePack('1.2.0'));
    server.route(URL, () => new Response(next.slice(0, 100), { headers: { 'content-length': String(next.length) } }));
    result = await sync();
    expect(result).toMatchObject({ kind: 'failed', code: 'truncated' });
    expect(result.reason).toContain(`100 of the ${next.length} bytes`);
    expect(await source()).toMatchObject({ failures: 2, nextAttemptAt: time.now() + 2 * MIN });
    expect(await inUse()).toBe('1.1.0');

    // 6. Oversize: cut off while streaming, long before the whole body is read.
    let pulls = 0;
    server.route(URL, () => new Response(new ReadableStream({ pull: (c) => void (pulls++, c.enqueue(new Uint8Array(1024 * 1024))) })));
    result = await sync();
    expect(result).toMatchObject({ kind: 'failed', code: 'too-large' });
    expect(result.reason).toContain('10 MiB limit');
    expect(pulls).toBeLessThanOrEqual(13);
    expect(await source()).toMatchObject({ failures: 3, nextAttemptAt: time.now() + 4 * MIN });
    expect(await inUse()).toBe('1.1.0');

    // 7. A bad signature file.
    server.serve(URL, next, '"v3"').serveText(SIG, 'not a signature');
    result = await sync();
    expect(result).toMatchObject({ kind: 'failed', code: 'signature' });
    expect(result.reason).toContain('not an Ed25519 signature');
    expect(await inUse()).toBe('1.1.0');

    // 8. A tampered pack: signed, then one byte changed on the server.
    const tampered = next.slice();
    tampered[tampered.indexOf('S'.charCodeAt(0))] = 'Z'.charCodeAt(0);
    server.serve(URL, tampered, '"v3"').serveText(SIG, await signBytes(keys.privateKey, next));
    result = await sync();
    expect(result).toMatchObject({ kind: 'failed', code: 'signature' });
    expect(result.reason).toContain('the signature does not match');
    expect(await source()).toMatchObject({ failures: 5, etag: '"v2"' });
    expect(await inUse()).toBe('1.1.0');

    // 9. The fixed release installs and resets the back-off.
    await publish('1.2.0', '"v3"');
    result = await sync();
    expect(result).toMatchObject({ kind: 'installed', version: '1.2.0', previousVersion: '1.1.0' });
    expect(await source()).toMatchObject({ failures: 0, nextAttemptAt: time.now() + 60 * MIN, etag: '"v3"' });
    expect(await inUse()).toBe('1.2.0');

    // 10. Rollback: 1.1.0 is back, and a sync does not reinstall 1.2.0.
    expect(await rollback(db, 'acme')).toEqual({ ok: true, packId: 'acme', from: '1.2.0', to: '1.1.0' });
    expect(await inUse()).toBe('1.1.0');
    result = await sync();
    expect(result.kind).toBe('not-modified');
    expect(await inUse()).toBe('1.1.0');
    await publish('1.2.0', '"v3-redeployed"');
    result = await sync();
    expect(result).toMatchObject({ kind: 'up-to-date', version: '1.2.0', installedVersion: '1.1.0' });
    expect(result.reason).toContain('rolled back');
    expect(await inUse()).toBe('1.1.0');

    // 11. Forcing reinstalls it; the next higher version installs normally.
    result = await sync({ force: true });
    expect(result).toMatchObject({ kind: 'installed', version: '1.2.0' });
    await publish('1.3.0', '"v4"');
    result = await sync();
    expect(result).toMatchObject({ kind: 'installed', version: '1.3.0', previousVersion: '1.2.0' });
    expect(await inUse()).toBe('1.3.0');
  });
});
