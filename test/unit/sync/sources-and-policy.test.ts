import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateKeyPair } from '../../../lib/pack/sign';
import { MANAGED_STORAGE_SCHEMA, mergeSettings, parseManagedPolicy } from '../../../lib/policy/managed';
import type { PersonaMapDb } from '../../../lib/storage/db';
import { parseRetryAfter, retryDelay } from '../../../lib/sync/backoff';
import { daysUntilReview, isDueForReview } from '../../../lib/sync/freshness';
import { checkSourceUrl } from '../../../lib/sync/source-url';
import { addPackSource, applyPolicySources, listPackSources, removePackSource } from '../../../lib/sync/sources';
import { freshDb } from './test-support';

describe('pack URLs', () => {
  it('accepts https and explains why http is refused', () => {
    expect(checkSourceUrl(' https://example.com/acme.json ')).toEqual({ ok: true, url: 'https://example.com/acme.json' });
    const http = checkSourceUrl('http://example.com/acme.json');
    expect(http.ok).toBe(false);
    if (!http.ok)
      expect(http.reason).toBe(
        'http://example.com/acme.json uses http:, which anyone on the network can alter; publish the pack at an https: URL (https://example.com/acme.json)',
      );
    expect(checkSourceUrl('ftp://example.com/a.json').ok).toBe(false);
    expect(checkSourceUrl('acme.json').ok).toBe(false);
    expect(checkSourceUrl('https://user:pw@example.com/a.json').ok).toBe(false);
  });

  it('refuses http: even on loopback, and accepts https: there', () => {
    for (const url of ['http://127.0.0.1:8080/p.json', 'http://localhost/p.json', 'http://[::1]:9/p.json']) expect(checkSourceUrl(url).ok).toBe(false);
    expect(checkSourceUrl('https://127.0.0.1:8443/p.json').ok).toBe(true);
  });
});

describe('back-off', () => {
  it('starts at a minute, doubles, stops at 6 hours, and honours a longer Retry-After', () => {
    expect([1, 2, 3, 10, 50].map((n) => retryDelay(n) / 60_000)).toEqual([1, 2, 4, 360, 360]);
    expect(retryDelay(1, 30 * 60_000)).toBe(30 * 60_000);
    expect(retryDelay(1, 10 * 24 * 3600_000)).toBe(24 * 3600_000);
    const now = Date.parse('2026-03-01T09:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Sun, 01 Mar 2026 09:05:00 GMT', now)).toBe(300_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});

describe('freshness', () => {
  it('is due for review from the day after reviewBy', () => {
    const pack = { reviewBy: '2026-03-31' };
    expect(isDueForReview(pack, Date.parse('2026-03-31T23:59:00Z'))).toBe(false);
    expect(isDueForReview(pack, Date.parse('2026-04-01T00:00:00Z'))).toBe(true);
    expect(isDueForReview({}, Date.parse('2030-01-01T00:00:00Z'))).toBe(false);
    expect(daysUntilReview(pack, new Date('2026-03-21T12:00:00Z'))).toBe(10);
  });
});

describe('sources', () => {
  let db: PersonaMapDb;
  beforeEach(() => {
    db = freshDb();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('adds a source once, due at once; refuses http', async () => {
    const first = await addPackSource(db, 'https://example.com/a.json', { now: 5 });
    expect(first).toMatchObject({ ok: true, added: true, source: { nextAttemptAt: 5, origin: 'user', packId: null } });
    expect(await addPackSource(db, 'https://example.com/a.json')).toMatchObject({ ok: true, added: false });
    expect(await addPackSource(db, 'http://example.com/a.json')).toMatchObject({ ok: false });
    expect((await listPackSources(db)).map((s) => s.url)).toEqual(['https://example.com/a.json']);
  });

  it('lets policy own its URLs: added, not removable by the user, dropped when the policy drops them', async () => {
    await addPackSource(db, 'https://example.com/user.json');
    await addPackSource(db, 'https://example.com/both.json');
    const rejected = await applyPolicySources(db, ['https://example.com/org.json', 'https://example.com/both.json', 'http://example.com/x.json']);
    expect(rejected).toEqual([{ url: 'http://example.com/x.json', reason: expect.stringContaining('uses http:') }]);
    const origins = Object.fromEntries((await listPackSources(db)).map((s) => [s.url, s.origin]));
    expect(origins).toEqual({ 'https://example.com/user.json': 'user', 'https://example.com/both.json': 'policy', 'https://example.com/org.json': 'policy' });
    expect(await removePackSource(db, 'https://example.com/org.json')).toMatchObject({ ok: false, reason: expect.stringContaining("organisation's policy") });
    await applyPolicySources(db, []);
    expect((await listPackSources(db)).map((s) => s.url)).toEqual(['https://example.com/user.json']);
    expect(await removePackSource(db, 'https://example.com/user.json')).toEqual({ ok: true });
  });
});

describe('managed policy', () => {
  it('declares the four settings for chrome.storage.managed', () => {
    expect(Object.keys(MANAGED_STORAGE_SCHEMA.properties)).toEqual(['packUrls', 'trustedKeys', 'syncIntervalMinutes', 'lockSettings']);
  });

  it('wins over user settings and marks what came from it', async () => {
    const { publicKey } = await generateKeyPair();
    const { policy, problems } = parseManagedPolicy({
      packUrls: ['https://example.com/org.json', 'http://example.com/bad.json'],
      trustedKeys: [publicKey, 'typo'],
      syncIntervalMinutes: 5,
    });
    expect(problems).toEqual([
      expect.stringContaining('uses http:'),
      expect.stringContaining('"typo…" is not a persona-map public key'),
      'syncIntervalMinutes: 5 is below the minimum of 15 minutes; 15 is used',
    ]);
    const merged = mergeSettings(policy, {
      packUrls: ['https://example.com/team.json', 'https://example.com/org.json'],
      trustedKeys: ['user-key'],
      syncIntervalMinutes: 60,
    });
    expect(merged.packUrls).toEqual([
      { value: 'https://example.com/org.json', fromPolicy: true },
      { value: 'https://example.com/team.json', fromPolicy: false },
    ]);
    // The org decides whose signatures count; a typo stays in (verifies nothing) rather than disabling checks.
    expect(merged.trustedKeys).toEqual([
      { value: publicKey.trim(), fromPolicy: true },
      { value: 'typo', fromPolicy: true },
    ]);
    expect(merged.syncIntervalMinutes).toEqual({ value: 15, fromPolicy: true });
    expect(merged.editable).toEqual({ packUrls: true, trustedKeys: false, syncIntervalMinutes: false });
  });

  it('locks out user URLs and keys with lockSettings', () => {
    const { policy } = parseManagedPolicy({ packUrls: ['https://example.com/org.json'], lockSettings: true });
    const merged = mergeSettings(policy, { packUrls: ['https://example.com/team.json'], trustedKeys: ['k'] });
    expect(merged.packUrls.map((u) => u.value)).toEqual(['https://example.com/org.json']);
    expect(merged.trustedKeys).toEqual([]);
    expect(merged.editable).toEqual({ packUrls: false, trustedKeys: false, syncIntervalMinutes: false });
  });

  it('leaves user settings alone without a policy', () => {
    expect(parseManagedPolicy({})).toEqual({ policy: null, problems: [] });
    const merged = mergeSettings(null, { packUrls: ['https://example.com/a.json'], trustedKeys: ['k', 'k'] });
    expect(merged.trustedKeys).toEqual([{ value: 'k', fromPolicy: false }]);
    expect(merged.syncIntervalMinutes).toEqual({ value: 360, fromPolicy: false });
    expect(merged.editable).toEqual({ packUrls: true, trustedKeys: true, syncIntervalMinutes: true });
  });
});
