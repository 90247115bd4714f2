import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { validatePack } from '../../../lib/pack/validate';
import { PersonaMapDb } from '../../../lib/storage/db';
import { activePacks, installedPack, installPack, rollback } from '../../../lib/storage/pack-store';
import { makePack } from '../sync/test-support';

/** The schema as released in version 1, frozen here: a migration test must not follow later edits. */
const VERSION_1_STORES = {
  packs: 'key, packId, active, [packId+active]',
  history: 'key, seenAt, company',
  corrections: 'key, at',
  usage: 'key, event, packId',
};

function pack(version: string, id: string) {
  const checked = validatePack(makePack(version, { id }));
  if (!checked.ok) throw new Error('fixture');
  return checked.pack;
}

describe('database upgrade from version 1 to 2', () => {
  it('keeps every row, gives each pack prefs and its URL source, and repairs the active flag', async () => {
    const deps = { indexedDB: new IDBFactory(), IDBKeyRange };
    const old = new Dexie('persona-map', deps);
    old.version(1).stores(VERSION_1_STORES);
    await old.table('packs').bulkPut([
      {
        key: 'org@1.0.0',
        packId: 'org',
        version: '1.0.0',
        pack: pack('1.0.0', 'org'),
        installedAt: 100,
        source: 'https://packs.example.com/org.json',
        active: 0,
      },
      {
        key: 'org@1.1.0',
        packId: 'org',
        version: '1.1.0',
        pack: pack('1.1.0', 'org'),
        installedAt: 200,
        source: 'https://packs.example.com/org.json',
        active: 1,
      },
      { key: 'demo@1.0.0', packId: 'demo', version: '1.0.0', pack: pack('1.0.0', 'demo'), installedAt: 50, source: 'bundled', active: 1 },
      // A version-1 bug left this pack with no active version: the upgrade activates the latest.
      { key: 'team@2.0.0', packId: 'team', version: '2.0.0', pack: pack('2.0.0', 'team'), installedAt: 300, source: 'import', active: 0 },
      { key: 'team@2.1.0', packId: 'team', version: '2.1.0', pack: pack('2.1.0', 'team'), installedAt: 400, source: 'import', active: 0 },
    ]);
    await old
      .table('history')
      .put({ key: 'in/jane', name: 'Jane', title: 'CISO', company: 'Acme', profileUrl: null, persona: 'security-gatekeeper', pack: 'org', seenAt: 5 });
    await old
      .table('corrections')
      .put({ key: 'in/jane', title: 'CISO', matchedPersona: null, chosenPersona: 'security-gatekeeper', pack: 'org', wrongMatch: false, at: 6 });
    await old
      .table('usage')
      .put({ key: 'persona-hit:org:security-gatekeeper', event: 'persona-hit', packId: 'org', id: 'security-gatekeeper', count: 7, lastAt: 8 });
    old.close();

    const db = new PersonaMapDb('persona-map', deps);
    await db.open();
    expect(db.verno).toBe(3);

    expect(await db.packs.count()).toBe(5);
    expect(await db.history.get('in/jane')).toMatchObject({ title: 'CISO' });
    expect(await db.corrections.count()).toBe(1);
    expect(await db.usage.get('persona-hit:org:security-gatekeeper')).toMatchObject({ count: 7 });

    expect(await db.packPrefs.toArray()).toEqual([
      { packId: 'demo', enabled: true, precedence: 0, skippedVersions: [] },
      { packId: 'org', enabled: true, precedence: 1, skippedVersions: [] },
      { packId: 'team', enabled: true, precedence: 2, skippedVersions: [] },
    ]);
    expect(await db.packSources.toArray()).toEqual([
      expect.objectContaining({ id: 'https://packs.example.com/org.json', packId: 'org', origin: 'user', failures: 0, etag: null }),
    ]);
    expect((await installedPack(db, 'team'))!.version).toBe('2.1.0');
    expect((await activePacks(db)).map((p) => `${p.packId}@${p.version}`)).toEqual(['demo@1.0.0', 'org@1.1.0', 'team@2.1.0']);

    // The upgraded database works with the version-2 store.
    expect(await installPack(db, pack('1.2.0', 'org'), { source: 'https://packs.example.com/org.json', now: 500 })).toMatchObject({
      ok: true,
      previousVersion: '1.1.0',
    });
    expect(await rollback(db, 'org')).toMatchObject({ ok: true, to: '1.1.0' });
    db.close();
  });

  it('creates an empty version-3 database from scratch', async () => {
    const db = new PersonaMapDb('fresh', { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(3);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['corrections', 'history', 'meta', 'packPrefs', 'packSources', 'packs', 'usage']);
    db.close();
  });
});
