import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPolicy } from '../../../lib/background/apply-policy';
import { readEffectiveSettings } from '../../../lib/policy/effective-settings';
import { MANAGED_STORAGE_SCHEMA, parseManagedPolicy } from '../../../lib/policy/managed';
import { generateManagedStorageSchema, generatePolicyTypes, managedPolicySchema } from '../../../lib/policy/managed-schema';
import type { PersonaMapDb } from '../../../lib/storage/db';
import { addPackSource, listPackSources } from '../../../lib/sync/sources';
import { freshDb } from '../sync/test-support';

describe('the managed storage schema', () => {
  it('is the one generated from the zod schema (run `npm run generate:managed-schema` after changing it)', () => {
    const committed = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../lib/policy/managed-schema.json'), 'utf8'));
    expect(committed).toEqual(generateManagedStorageSchema());
    expect(MANAGED_STORAGE_SCHEMA).toEqual(committed);
    expect(Object.keys(committed.properties)).toEqual(Object.keys(managedPolicySchema.shape));
  });

  it('has its types alone committed beside it, for the worker (the same command writes both)', () => {
    const committed = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../lib/policy/managed-types.json'), 'utf8'));
    expect(committed).toEqual(generatePolicyTypes());
    for (const [key, value] of Object.entries(generateManagedStorageSchema().properties)) {
      expect(committed[key].type).toBe(value.type);
      expect(committed[key].items?.type).toBe(value.items?.type);
      expect(JSON.stringify(committed[key])).not.toMatch(/title|description/);
    }
  });

  it('leaves out what Chrome would act on against the extension: no range, no $schema, no additionalProperties', () => {
    const text = JSON.stringify(generateManagedStorageSchema());
    for (const word of ['minimum', 'maximum', '$schema', 'additionalProperties', 'required']) expect(text).not.toContain(word);
  });

  // The reader checks types against the generated file, not with zod: it must refuse what zod refuses.
  it.each([
    ['packUrls', 'https://example.com/a.json', /^packUrls should be a list/],
    ['packUrls', { url: 'x' }, /^packUrls should be a list/],
    ['trustedKeys', 'persona-map-ed25519:abc', /^trustedKeys should be a list/],
    ['syncIntervalMinutes', '60', /^syncIntervalMinutes: "60" is not a number/],
    ['syncIntervalMinutes', null, /^syncIntervalMinutes: null is not a number/],
    ['lockSettings', 'true', /^lockSettings: "true" is not true or false/],
    ['lockSettings', 1, /^lockSettings: 1 is not true or false/],
  ])('refuses %s = %j, as the zod schema does', (key, value, problem) => {
    expect(managedPolicySchema.safeParse({ [key]: value }).success).toBe(false);
    expect(parseManagedPolicy({ [key]: value }).problems).toEqual([expect.stringMatching(problem)]);
  });

  it('reads a policy the zod schema accepts without a problem', () => {
    const policy = { packUrls: ['https://example.com/org.json'], syncIntervalMinutes: 60, lockSettings: false };
    expect(managedPolicySchema.parse(policy)).toEqual(policy);
    expect(parseManagedPolicy(policy)).toEqual({ policy, problems: [] });
  });
});

describe('policy: read anywhere, applied by the worker only', () => {
  let db: PersonaMapDb;
  beforeEach(async () => {
    db = freshDb();
    await db.open();
  });
  afterEach(() => db.delete());
  const sources = (managed: unknown) => ({ readManaged: async () => managed, readUserKeys: async () => [] });
  const stored = async () => Object.fromEntries((await listPackSources(db)).map((s) => [s.url, s.origin]));

  it('reads the settings in force without writing policy sources', async () => {
    await addPackSource(db, 'https://example.com/team.json');
    const settings = await readEffectiveSettings(db, sources({ packUrls: ['https://example.com/org.json'] }));
    expect(settings.packUrls).toEqual([
      { value: 'https://example.com/org.json', fromPolicy: true },
      { value: 'https://example.com/team.json', fromPolicy: false },
    ]);
    expect(await stored()).toEqual({ 'https://example.com/team.json': 'user' });
  });

  it('lists a user source the policy also names once, as the policy’s, before and after the worker applies it', async () => {
    await addPackSource(db, 'https://example.com/both.json');
    const policy = sources({ packUrls: ['https://example.com/both.json'] });
    const before = await readEffectiveSettings(db, policy);
    const applied = await applyPolicy(db, policy);
    expect(applied).toEqual(before);
    expect(applied.packUrls).toEqual([{ value: 'https://example.com/both.json', fromPolicy: true }]);
    expect(await stored()).toEqual({ 'https://example.com/both.json': 'policy' });
  });

  it('applies: the policy’s URLs become policy sources, and go when the policy drops them', async () => {
    await applyPolicy(db, sources({ packUrls: ['https://example.com/org.json'] }));
    expect(await stored()).toEqual({ 'https://example.com/org.json': 'policy' });
    await applyPolicy(db, sources({}));
    expect(await stored()).toEqual({});
  });
});
