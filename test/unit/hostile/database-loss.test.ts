/**
 * Issue 19, storage 12: a lost IndexedDB (deleted, recreated empty, or unreadable) is detected,
 * the pack sources and the seller's choices come back from the storage.local mirror, the next
 * sync installs the packs again, and the seller is told what happened.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PersonaMapDb } from '../../../lib/storage/db';
import { ensureBundledPack, loadActivePacks, retireBundledPack } from '../../../lib/storage/installed-packs';
import { installedPack, listInstalledPacks, setPackEnabled } from '../../../lib/storage/pack-store';
import { recoverLostDatabase, saveMirror, type RecoveryMirror } from '../../../lib/storage/recovery';
import { importPack } from '../../../lib/sync/import';
import { addPackSource, listPackSources } from '../../../lib/sync/sources';
import { syncDueSources, type SyncDeps } from '../../../lib/sync/sync-source';
import { bytesOf, FakeServer, makePack } from '../sync/test-support';

const URL_A = 'https://packs.example.com/acme.json';
const mirrorItem = () => {
  let value: RecoveryMirror | null = null;
  return { getValue: async () => value, setValue: async (v: RecoveryMirror | null) => void (value = v) };
};

let factory: IDBFactory;
let db: PersonaMapDb;
const open = () => new PersonaMapDb('persona-map', { indexedDB: factory, IDBKeyRange });
beforeEach(() => {
  factory = new IDBFactory();
  db = open();
});
afterEach(async () => {
  db.close();
});

async function setUp(mirror: ReturnType<typeof mirrorItem>, server: FakeServer) {
  await ensureBundledPack(db);
  await addPackSource(db, URL_A, { now: 0 });
  server.serve(URL_A, bytesOf(makePack('2.0.0', { id: 'acme' })), '"v2"');
  const deps: SyncDeps = { db, fetch: server.fetch, now: () => 1000, trustedKeys: [], syncIntervalMinutes: 360, policySourcesOnly: false };
  expect(await syncDueSources(deps)).toMatchObject([{ kind: 'installed', version: '2.0.0' }]);
  await retireBundledPack(db);
  await importPack(db, bytesOf(makePack('1.3.0', { id: 'emea-team', name: 'EMEA team' })), { fileName: 'emea.json', signature: null, trustedKeys: [] });
  await setPackEnabled(db, 'emea-team', false);
  await saveMirror(db, mirror, 2000);
}

describe('losing the IndexedDB database', () => {
  it('a healthy database is left alone', async () => {
    const mirror = mirrorItem();
    await setUp(mirror, new FakeServer());
    expect(await recoverLostDatabase(db, mirror)).toBeNull();
  });

  it('a deleted and recreated database gets its sources and choices back, and the next sync reinstalls', async () => {
    const mirror = mirrorItem();
    const server = new FakeServer();
    await setUp(mirror, server);
    await db.delete();
    db = open();

    const report = await recoverLostDatabase(db, mirror, 5000);
    expect(report).toMatchObject({ cause: 'it was found empty', restoredSources: [URL_A], toImportAgain: [{ packId: 'emea-team', version: '1.3.0' }] });
    expect(report!.notice.message).toContain("Persona Map's local database was lost (it was found empty)");
    expect(report!.notice.message).toContain(`Your pack source was restored and is syncing again: ${URL_A}.`);
    expect(report!.notice.message).toContain('Import again the pack you had imported from a file: emea-team 1.3.0.');
    expect((await listPackSources(db)).map((s) => ({ url: s.url, packId: s.packId }))).toEqual([{ url: URL_A, packId: 'acme' }]);

    // The demo pack comes back, but stays off: the seller had a real pack.
    await ensureBundledPack(db);
    const deps: SyncDeps = { db, fetch: server.fetch, now: () => 6000, trustedKeys: [], syncIntervalMinutes: 360, policySourcesOnly: false };
    expect(await syncDueSources(deps)).toMatchObject([{ kind: 'installed', packId: 'acme', version: '2.0.0' }]);
    expect((await loadActivePacks(db)).map((p) => p.id)).toEqual(['acme']);
    expect((await db.packPrefs.get('emea-team'))?.enabled).toBe(false);
    // Once rebuilt, it is the database in use again.
    expect(await recoverLostDatabase(db, mirror)).toBeNull();
  });

  it('a database that cannot be opened is recreated and rebuilt, not left broken', async () => {
    const mirror = mirrorItem();
    await setUp(mirror, new FakeServer());
    db.close();
    db = open();
    const broken = new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
    vi.spyOn(db.meta, 'get').mockRejectedValueOnce(broken);
    const report = await recoverLostDatabase(db, mirror);
    expect(report?.cause).toBe('it could not be opened (UnknownError: Internal error opening backing store for indexedDB.open.)');
    expect((await listPackSources(db)).map((s) => s.url)).toEqual([URL_A]);
    expect(await installedPack(db, 'acme')).toBeUndefined(); // until the next sync
  });

  it('the first run with no mirror writes one and reports nothing', async () => {
    const mirror = mirrorItem();
    await ensureBundledPack(db);
    expect(await recoverLostDatabase(db, mirror)).toBeNull();
    expect(await mirror.getValue()).toMatchObject({ sources: [], packs: [{ packId: expect.any(String), source: 'bundled' }] });
    expect((await listInstalledPacks(db)).length).toBe(1);
  });
});
