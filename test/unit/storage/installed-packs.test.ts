import { indexedDB, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import demoPack from '../../../lib/pack/demo-pack.json';
import { validatePack } from '../../../lib/pack/validate';
import { PersonaMapDb } from '../../../lib/storage/db';
import { BUNDLED_SOURCE, ensureBundledPack, loadActivePacks, retireBundledPack } from '../../../lib/storage/installed-packs';
import { installPack, setPackEnabled } from '../../../lib/storage/pack-store';

let n = 0;
const openDb = () => new PersonaMapDb(`installed-packs-${n++}`, { indexedDB, IDBKeyRange });
const orgPack = () => {
  const result = validatePack({ ...demoPack, id: 'acme-org', name: 'Acme org', sites: undefined });
  if (!result.ok) throw new Error('test pack invalid');
  return result.pack;
};

describe('the bundled demo pack', () => {
  let db: PersonaMapDb;
  afterEach(() => db?.delete());

  it('is installed on first run, once', async () => {
    db = openDb();
    await ensureBundledPack(db);
    await ensureBundledPack(db);
    expect((await db.packs.toArray()).map((r) => [r.packId, r.source])).toEqual([['northwind-demo', BUNDLED_SOURCE]]);
    expect((await loadActivePacks(db)).map((p) => p.id)).toEqual(['northwind-demo']);
  });

  it('steps aside when a real pack arrives', async () => {
    db = openDb();
    await ensureBundledPack(db);
    expect(await retireBundledPack(db)).toBe(false); // nothing else installed yet
    await installPack(db, orgPack(), { source: 'https://packs.example.com/org.json' });
    expect(await retireBundledPack(db)).toBe(true);
    expect((await loadActivePacks(db)).map((p) => p.id)).toEqual(['acme-org']);
  });

  it('stays on when the seller turned it back on', async () => {
    db = openDb();
    await ensureBundledPack(db);
    await installPack(db, orgPack(), { source: 'import' });
    await retireBundledPack(db);
    await setPackEnabled(db, 'northwind-demo', true);
    expect(await retireBundledPack(db)).toBe(false);
    expect((await loadActivePacks(db)).map((p) => p.id).sort()).toEqual(['acme-org', 'northwind-demo']);
  });
});
