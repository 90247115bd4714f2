/**
 * The trust and policy rule (lib/policy/pack-rules.ts) and the background's gate for seller
 * changes (lib/background/pack-changes.ts), on a fake IndexedDB: every entry point keeps an
 * unsigned or policy-excluded pack out of use, and a lock refuses every change policy decides.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPackChange } from '../../../lib/background/pack-changes';
import { encodeBytes } from '../../../lib/pack/sign';
import type { PackChange } from '../../../lib/contracts/pack-change';
import type { Pack } from '../../../lib/pack/schema';
import { generateKeyPair, keyId, signBytes } from '../../../lib/pack/sign';
import { validatePack } from '../../../lib/pack/validate';
import { MANAGED_STORAGE_SCHEMA, mergeSettings, parseManagedPolicy, type EffectiveSettings } from '../../../lib/policy/managed';
import { enforcePackRules, packRulesFor, whyExcluded } from '../../../lib/policy/pack-rules';
import type { PersonaMapDb } from '../../../lib/storage/db';
import { BUNDLED_SOURCE } from '../../../lib/storage/installed-packs';
import { activePacks, installPack, listInstalledPacks, rollback } from '../../../lib/storage/pack-store';
import { addPackSource } from '../../../lib/sync/sources';
import { bytesOf, freshDb, makePack } from '../sync/test-support';

let db: PersonaMapDb;
let keys: Awaited<ReturnType<typeof generateKeyPair>>;
let signer: string;
beforeEach(async () => {
  db = freshDb();
  keys = await generateKeyPair();
  signer = await keyId(keys.publicKey);
});
afterEach(async () => {
  await db.delete();
});

function pack(version: string, id = 'acme'): Pack {
  const checked = validatePack(makePack(version, { id }));
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  return checked.pack;
}
const settings = (policy: unknown, user: { trustedKeys?: string[]; packUrls?: string[] } = {}): EffectiveSettings => {
  const parsed = parseManagedPolicy(policy);
  return mergeSettings(parsed.policy, { packUrls: user.packUrls ?? [], trustedKeys: user.trustedKeys ?? [] }, parsed.problems);
};
const inUse = async () => (await activePacks(db)).map((row) => `${row.packId}@${row.version}`);

describe('the trust rule', () => {
  it('asks nothing of packs while no key is trusted', async () => {
    const rules = await packRulesFor(settings(null));
    expect(whyExcluded({ version: '1.0.0', source: 'import' }, rules)).toBeNull();
    expect(whyExcluded({ version: '1.0.0', source: BUNDLED_SOURCE }, rules)).toBeNull();
  });

  it('deactivates, with the reason, a pack installed unsigned before a key was trusted, and lets it back once a signed version installs', async () => {
    await installPack(db, pack('1.0.0'), { source: 'https://example.com/acme.json' });
    expect(await enforcePackRules(db, await packRulesFor(settings(null)))).toBe(false);
    expect(await inUse()).toEqual(['acme@1.0.0']);

    const withKey = await packRulesFor(settings(null, { trustedKeys: [keys.publicKey] }));
    expect(await enforcePackRules(db, withKey)).toBe(true);
    expect(await inUse()).toEqual([]);
    const [row] = await listInstalledPacks(db);
    expect(row!.blocked).toBe('version 1.0.0 is not signed by a trusted key; while trusted keys are set, only packs signed with one of them are used');
    expect(row!.enabled).toBe(true); // the seller's own choice is kept

    await installPack(db, pack('1.1.0'), { source: 'https://example.com/acme.json', signedBy: signer });
    expect(await enforcePackRules(db, withKey)).toBe(true);
    expect(await inUse()).toEqual(['acme@1.1.0']);
    expect((await listInstalledPacks(db))[0]!.blocked).toBeNull();
  });

  it('deactivates a pack signed by a key that is no longer trusted', async () => {
    const other = await generateKeyPair();
    await installPack(db, pack('1.0.0'), { source: 'import', signedBy: signer });
    await enforcePackRules(db, await packRulesFor(settings(null, { trustedKeys: [other.publicKey] })));
    expect((await listInstalledPacks(db))[0]!.blocked).toMatch(`signed by key ${signer}, which is no longer trusted`);
  });

  it('fails closed on a trusted key that does not parse: signatures are still required', async () => {
    await installPack(db, pack('1.0.0'), { source: 'import' });
    await enforcePackRules(db, await packRulesFor(settings({ trustedKeys: ['typo'] })));
    expect(await inUse()).toEqual([]);
  });

  it('refuses to roll back to a version the rule excludes', async () => {
    await installPack(db, pack('1.0.0'), { source: 'import' });
    await installPack(db, pack('1.1.0'), { source: 'import', signedBy: signer });
    const rules = await packRulesFor(settings(null, { trustedKeys: [keys.publicKey] }));
    const result = await rollback(db, 'acme', { refuse: (target) => whyExcluded(target, rules) });
    expect(result).toEqual({
      ok: false,
      reason:
        'cannot roll back to 1.0.0: version 1.0.0 is not signed by a trusted key; while trusted keys are set, only packs signed with one of them are used',
    });
    expect((await activePacks(db)).map((r) => r.version)).toEqual(['1.1.0']);
  });

  it('turns the demo pack off when policy names pack URLs, and keeps only policy packs under lockSettings', async () => {
    const org = 'https://example.com/org.json';
    await installPack(db, pack('1.0.0', 'northwind-demo'), { source: BUNDLED_SOURCE });
    await installPack(db, pack('1.0.0', 'team'), { source: 'https://example.com/team.json' });
    await installPack(db, pack('1.0.0', 'org'), { source: org });
    await enforcePackRules(db, await packRulesFor(settings({ packUrls: [org] })));
    expect(await inUse()).toEqual(['team@1.0.0', 'org@1.0.0']);
    await enforcePackRules(db, await packRulesFor(settings({ packUrls: [org], lockSettings: true })));
    expect(await inUse()).toEqual(['org@1.0.0']);
    expect((await listInstalledPacks(db)).find((p) => p.packId === 'team')!.blocked).toMatch(/locked by your organisation's policy/);
  });
});

describe('seller changes, applied by the background', () => {
  const org = 'https://example.com/org.json';
  const deps = (effective: EffectiveSettings, saved: { keys?: string[] } = {}) => ({
    db,
    settings: async () => effective,
    saveUserKeys: async (k: string[]) => void (saved.keys = k),
    saveUserSyncInterval: async () => undefined,
  });

  it('refuses everything policy decides under lockSettings, whatever the message', async () => {
    await installPack(db, pack('1.0.0', 'org'), { source: org, signedBy: signer });
    await installPack(db, pack('1.1.0', 'org'), { source: org, signedBy: signer });
    const locked = settings({ packUrls: [org], trustedKeys: [keys.publicKey], lockSettings: true });
    const saved: { keys?: string[] } = {};
    const changes: PackChange[] = [
      { kind: 'enable', packId: 'org', enabled: false },
      { kind: 'order', packIds: ['org'] },
      { kind: 'rollback', packId: 'org' },
      { kind: 'add-source', url: 'https://example.com/rogue.json' },
      { kind: 'remove-source', id: org },
      { kind: 'set-keys', keys: [keys.publicKey] },
      { kind: 'set-sync-interval', minutes: 60 },
      { kind: 'import', fileName: 'p.json', base64: encodeBytes(bytesOf(makePack('2.0.0'))), signature: null, force: true },
    ];
    for (const change of changes) expect(await applyPackChange(deps(locked, saved), change), change.kind).toMatchObject({ ok: false });
    expect(saved.keys).toBeUndefined();
    expect(await inUse()).toEqual(['org@1.1.0']);
    expect(await db.packSources.count()).toBe(0);
  });

  it('refuses malformed messages and turning on a pack the rule keeps off', async () => {
    const open = settings(null, { trustedKeys: [keys.publicKey] });
    for (const junk of [null, 'enable', { kind: 'enable', packId: 'x' }, { kind: 'drop-tables' }, { kind: 'set-keys', keys: 'k' }])
      expect(await applyPackChange(deps(open), junk)).toEqual({ ok: false, reason: 'not a pack change this extension knows' });
    await installPack(db, pack('1.0.0'), { source: 'import' });
    await enforcePackRules(db, await packRulesFor(open));
    const answer = await applyPackChange(deps(open), { kind: 'enable', packId: 'acme', enabled: true });
    expect(answer).toEqual({ ok: false, reason: expect.stringMatching(/^Acme stays off: version 1\.0\.0 is not signed/i) });
  });

  it('imports only what the trusted keys signed, and lets the seller add a source and keys when unlocked', async () => {
    const open = settings(null, { trustedKeys: [keys.publicKey] });
    const body = bytesOf(makePack('1.0.0'));
    const unsigned = await applyPackChange(deps(open), { kind: 'import', fileName: 'acme.json', base64: encodeBytes(body), signature: null, force: false });
    expect(unsigned).toMatchObject({ ok: false, reason: expect.stringContaining('is not signed') });
    const signed = await applyPackChange(deps(open), {
      kind: 'import',
      fileName: 'acme.json',
      base64: encodeBytes(body),
      signature: await signBytes(keys.privateKey, body),
      force: false,
    });
    expect(signed).toEqual({ ok: true, message: 'Installed acme 1.0.0' });

    const saved: { keys?: string[] } = {};
    expect(await applyPackChange(deps(settings(null), saved), { kind: 'set-keys', keys: ['not a key'] })).toMatchObject({ ok: false });
    expect(await applyPackChange(deps(settings(null), saved), { kind: 'set-keys', keys: [` ${keys.publicKey} `] })).toMatchObject({ ok: true });
    expect(saved.keys).toEqual([keys.publicKey.trim()]);
    // Adding a key already trusted, removing one and adding one: the answer says what changed.
    const trusted = settings(null, { trustedKeys: [keys.publicKey.trim()] });
    expect(await applyPackChange(deps(trusted), { kind: 'set-keys', keys: [keys.publicKey, keys.publicKey] })).toEqual({
      ok: true,
      message: 'That key is already trusted',
    });
    expect(await applyPackChange(deps(trusted), { kind: 'set-keys', keys: [] })).toEqual({ ok: true, message: 'Key removed' });
    const other = await generateKeyPair();
    expect(await applyPackChange(deps(trusted), { kind: 'set-keys', keys: [keys.publicKey, other.publicKey] })).toEqual({
      ok: true,
      message: 'Key added: only packs it signed are used',
    });
    expect(await applyPackChange(deps(settings(null)), { kind: 'add-source', url: 'https://example.com/team.json' })).toMatchObject({
      ok: true,
      sourceId: 'https://example.com/team.json',
    });
    // Policy keys: the seller's own keys cannot be changed (they would not count anyway).
    expect(await applyPackChange(deps(settings({ trustedKeys: [keys.publicKey] })), { kind: 'set-keys', keys: [] })).toMatchObject({ ok: false });
    await addPackSource(db, org, { origin: 'policy' });
    expect(await applyPackChange(deps(settings({ packUrls: [org] })), { kind: 'remove-source', id: org })).toMatchObject({ ok: false });
  });
});

describe('policy values of the wrong type', () => {
  it('keeps the lock on for a lockSettings that is not true or false, and says so', () => {
    const { policy, problems } = parseManagedPolicy({ lockSettings: 'yes' });
    expect(policy?.lockSettings).toBe(true);
    expect(problems).toEqual(['lockSettings: "yes" is not true or false; settings stay locked until the policy says true or false']);
    expect(mergeSettings(policy, { packUrls: [], trustedKeys: [] }).locked).toBe(true);
  });

  it('clamps a sync interval outside the range and says so; the schema lets such values through to be reported', () => {
    expect(parseManagedPolicy({ syncIntervalMinutes: 5 })).toEqual({
      policy: { syncIntervalMinutes: 15 },
      problems: ['syncIntervalMinutes: 5 is below the minimum of 15 minutes; 15 is used'],
    });
    expect(parseManagedPolicy({ syncIntervalMinutes: 99999 }).problems[0]).toMatch(/above the maximum of 10080/);
    expect(parseManagedPolicy({ syncIntervalMinutes: 'hourly' }).problems[0]).toMatch(/^syncIntervalMinutes: "hourly" is not a number/);
    // Chromium drops a value outside minimum/maximum before the extension could report it.
    expect(MANAGED_STORAGE_SCHEMA.properties.syncIntervalMinutes).not.toHaveProperty('minimum');
  });
});
