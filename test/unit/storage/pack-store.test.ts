import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Pack } from '../../../lib/pack/schema';
import { validatePack } from '../../../lib/pack/validate';
import type { PersonaMapDb } from '../../../lib/storage/db';
import {
  activePacks,
  compareVersions,
  installedPack,
  installPack,
  listInstalledPacks,
  packVersions,
  rollback,
  setPackEnabled,
  setPackOrder,
  uninstallPack,
} from '../../../lib/storage/pack-store';
import { freshDb, makePack } from '../sync/test-support';

let db: PersonaMapDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

function pack(version: string, id = 'acme'): Pack {
  const checked = validatePack(makePack(version, { id, name: id.toUpperCase() }));
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  return checked.pack;
}
const inUse = async (id = 'acme') => (await installedPack(db, id))?.version ?? null;
const install = (version: string, options: { force?: boolean; id?: string; now?: number } = {}) =>
  installPack(db, pack(version, options.id), { source: 'import', now: options.now ?? 1000, force: options.force });

describe('semver order', () => {
  it('compares versions as semver does', () => {
    const sorted = ['1.10.0', '1.2.0', '1.0.0-rc.1', '1.0.0', '1.0.0-alpha', '1.0.0-alpha.beta', '1.0.0-beta.11', '1.0.0-beta.2', '0.9.9'].sort(
      compareVersions,
    );
    expect(sorted).toEqual(['0.9.9', '1.0.0-alpha', '1.0.0-alpha.beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0', '1.2.0', '1.10.0']);
    expect(compareVersions('1.0.0+build.5', '1.0.0')).toBe(0);
  });
});

describe('installing packs', () => {
  it('installs the first version and only higher ones after it, unless forced', async () => {
    expect(await install('1.0.0')).toEqual({ ok: true, packId: 'acme', version: '1.0.0', previousVersion: null });
    expect(await install('1.0.0')).toMatchObject({ ok: false, code: 'not-newer', installedVersion: '1.0.0' });
    const lower = await install('0.9.0');
    expect(lower).toMatchObject({ ok: false, code: 'not-newer' });
    if (!lower.ok)
      expect(lower.reason).toBe(
        'version 0.9.0 is not newer than the installed 1.0.0; only a higher version installs (publish a higher "version", or force the install)',
      );
    expect(await inUse()).toBe('1.0.0');
    expect(await install('0.9.0', { force: true })).toMatchObject({ ok: true, previousVersion: '1.0.0' });
    expect(await inUse()).toBe('0.9.0');
    expect(await db.packs.where('[packId+active]').equals(['acme', 1]).count()).toBe(1);
  });

  it('refuses an invalid pack and keeps the installed one', async () => {
    await install('1.0.0');
    const broken = { ...pack('2.0.0'), personas: [] } as Pack;
    const result = await installPack(db, broken, { source: 'import' });
    expect(result).toMatchObject({ ok: false, code: 'invalid', installedVersion: '1.0.0', reason: expect.stringContaining('$.personas') });
    expect(await inUse()).toBe('1.0.0');
  });

  it('rolls the whole install back when storage fails half-way', async () => {
    await install('1.0.0');
    // The old version is demoted before the new one is written: a failing write must undo that.
    const put = vi.spyOn(db.packs, 'put').mockRejectedValue(new Error('disk full'));
    await expect(install('2.0.0')).rejects.toThrow('disk full');
    expect(put).toHaveBeenCalled();
    vi.restoreAllMocks();
    expect(await inUse()).toBe('1.0.0');
    expect((await packVersions(db, 'acme')).map((v) => [v.version, v.active])).toEqual([['1.0.0', 1]]);
  });

  it('keeps the version in use and the previous five', async () => {
    for (let i = 1; i <= 8; i++) await install(`1.${i}.0`);
    const versions = await packVersions(db, 'acme');
    expect(versions.map((v) => v.version)).toEqual(['1.8.0', '1.7.0', '1.6.0', '1.5.0', '1.4.0', '1.3.0']);
    expect(versions.filter((v) => v.active).map((v) => v.version)).toEqual(['1.8.0']);
  });
});

describe('rollback', () => {
  it('puts back the version in use before, and walks further back on a second click', async () => {
    await install('1.0.0');
    await install('1.1.0');
    await install('1.2.0');
    expect(await rollback(db, 'acme')).toEqual({ ok: true, packId: 'acme', from: '1.2.0', to: '1.1.0' });
    expect(await inUse()).toBe('1.1.0');
    expect(await rollback(db, 'acme')).toEqual({ ok: true, packId: 'acme', from: '1.1.0', to: '1.0.0' });
    expect(await inUse()).toBe('1.0.0');
    expect(await rollback(db, 'acme')).toMatchObject({ ok: false, reason: 'no earlier version of "acme" is kept to roll back to' });
    expect(await inUse()).toBe('1.0.0');
  });

  it('does not reinstall a rolled-back version unless forced; a higher one installs', async () => {
    await install('1.0.0');
    await install('1.1.0');
    await rollback(db, 'acme');
    expect(await install('1.1.0')).toMatchObject({ ok: false, code: 'rolled-back' });
    expect(await install('1.0.5')).toMatchObject({ ok: true });
    expect(await install('1.1.0')).toMatchObject({ ok: false, code: 'rolled-back', reason: expect.stringContaining('was rolled back') });
    expect(await inUse()).toBe('1.0.5');
    expect(await install('1.2.0')).toMatchObject({ ok: true, previousVersion: '1.0.5' });
    // A rollback from 1.2.0 returns to 1.0.5, the version it replaced, not the rolled-back 1.1.0.
    expect(await rollback(db, 'acme')).toMatchObject({ ok: true, to: '1.0.5' });
  });

  it('rolls back to a chosen kept version', async () => {
    await install('1.0.0');
    await install('1.1.0');
    await install('1.2.0');
    expect(await rollback(db, 'acme', { toVersion: '1.0.0' })).toMatchObject({ ok: true, to: '1.0.0' });
    expect(await rollback(db, 'acme', { toVersion: '0.1.0' })).toMatchObject({ ok: false, reason: expect.stringContaining('kept: 1.2.0, 1.1.0') });
    expect(await inUse()).toBe('1.0.0');
  });

  it('says so when nothing is installed', async () => {
    expect(await rollback(db, 'nope')).toEqual({ ok: false, reason: 'no pack "nope" is installed' });
  });
});

describe('several packs', () => {
  it('lists enabled packs in precedence order, install order by default', async () => {
    await install('1.0.0', { id: 'org' });
    await install('1.0.0', { id: 'team-emea' });
    await install('1.0.0', { id: 'team-us' });
    // A pack without prefs (the bundled demo pack) comes last.
    await db.packs.put({ key: 'demo@1.0.0', packId: 'demo', version: '1.0.0', pack: pack('1.0.0', 'demo'), installedAt: 1, source: 'bundled', active: 1 });
    expect((await activePacks(db)).map((p) => p.packId)).toEqual(['org', 'team-emea', 'team-us', 'demo']);
    await setPackOrder(db, ['team-us']);
    expect((await activePacks(db)).map((p) => p.packId)).toEqual(['team-us', 'org', 'team-emea', 'demo']);
    await setPackEnabled(db, 'org', false);
    expect((await activePacks(db)).map((p) => p.packId)).toEqual(['team-us', 'team-emea', 'demo']);
    const listed = await listInstalledPacks(db);
    expect(listed.map((p) => [p.packId, p.enabled])).toEqual([
      ['team-us', true],
      ['org', false],
      ['team-emea', true],
      ['demo', true],
    ]);
    await uninstallPack(db, 'team-us');
    expect((await activePacks(db)).map((p) => p.packId)).toEqual(['team-emea', 'demo']);
  });

  it('summarises versions and whether a rollback is possible', async () => {
    await install('1.0.0');
    expect((await listInstalledPacks(db))[0]).toMatchObject({ version: '1.0.0', canRollBack: false });
    await install('1.1.0');
    expect((await listInstalledPacks(db))[0]).toMatchObject({
      packId: 'acme',
      name: 'ACME',
      version: '1.1.0',
      canRollBack: true,
      versions: [expect.objectContaining({ version: '1.1.0', active: true }), expect.objectContaining({ version: '1.0.0', active: false })],
    });
  });
});
