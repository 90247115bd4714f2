import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateKeyPair, signBytes, type KeyPairText } from '../../../lib/pack/sign';
import type { PersonaMapDb } from '../../../lib/storage/db';
import { installedPack } from '../../../lib/storage/pack-store';
import { importPack, previewImport } from '../../../lib/sync/import';
import { bytesOf, freshDb, makePack } from './test-support';

let keys: KeyPairText;
beforeAll(async () => {
  keys = await generateKeyPair();
});
let db: PersonaMapDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});
const inUse = async () => (await installedPack(db, 'acme'))?.version ?? null;

describe('manual import', () => {
  it('shows the diff against the installed pack before installing', async () => {
    const options = { fileName: 'acme.json', signature: null, trustedKeys: [] };
    expect(await importPack(db, bytesOf(makePack('1.0.0')), options)).toMatchObject({ ok: true, version: '1.0.0' });
    const next = makePack('1.1.0');
    next.personas.push({ id: 'cfo', name: 'CFO', match: { titles: ['cfo'] } });
    next.assets[0]!.title = 'SOC 2 Type II report';
    const preview = await previewImport(db, bytesOf(next), options);
    expect(preview).toMatchObject({ ok: true, relation: 'newer', needsForce: false, installedVersion: '1.0.0' });
    if (!preview.ok) throw new Error(preview.reason);
    expect(preview.diff.personas.added).toEqual([{ id: 'cfo', label: 'CFO' }]);
    expect(preview.diff.assets.changed).toEqual([{ id: 'soc2-report', label: 'SOC 2 Type II report', fields: ['title'] }]);
    expect(await inUse()).toBe('1.0.0');
    await importPack(db, bytesOf(next), options);
    expect(await inUse()).toBe('1.1.0');
  });

  it('needs force for the same or an older version', async () => {
    const options = { fileName: 'acme.json', signature: null, trustedKeys: [] };
    await importPack(db, bytesOf(makePack('1.1.0')), options);
    expect(await previewImport(db, bytesOf(makePack('1.0.0')), options)).toMatchObject({ ok: true, relation: 'older', needsForce: true });
    expect(await importPack(db, bytesOf(makePack('1.0.0')), options)).toMatchObject({ ok: false, code: 'not-newer' });
    expect(await inUse()).toBe('1.1.0');
    expect(await importPack(db, bytesOf(makePack('1.0.0')), { ...options, force: true })).toMatchObject({ ok: true });
    expect(await inUse()).toBe('1.0.0');
  });

  it('refuses an unsigned or tampered file when trusted keys are set', async () => {
    const bytes = bytesOf(makePack('1.0.0'));
    const base = { fileName: 'acme.json', trustedKeys: [keys.publicKey] };
    const unsigned = await importPack(db, bytes, { ...base, signature: null });
    expect(unsigned).toMatchObject({ ok: false, code: 'unsigned', reason: expect.stringContaining('no acme.json.sig was chosen') });
    const signature = await signBytes(keys.privateKey, bytes);
    const tampered = bytes.slice();
    tampered[10] = tampered[10]! ^ 1;
    expect(await importPack(db, tampered, { ...base, signature })).toMatchObject({ ok: false, code: 'signature' });
    expect(await inUse()).toBeNull();
    expect(await importPack(db, bytes, { ...base, signature })).toMatchObject({ ok: true });
    expect((await installedPack(db, 'acme'))!.source).toBe('import');
  });

  it('reads a YAML file by its name', async () => {
    const yaml =
      'format: persona-pack@1\nid: acme\nname: Acme\nversion: 1.0.0\npublishedAt: 2026-01-15T09:00:00Z\npersonas:\n  - id: cfo\n    name: CFO\n    match: { titles: [cfo] }\nassets: []\n';
    const preview = await previewImport(db, new TextEncoder().encode(yaml), { fileName: 'acme.yaml', signature: null, trustedKeys: [] });
    expect(preview).toMatchObject({ ok: true, relation: 'new' });
  });
});
