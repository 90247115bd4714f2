import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContactHistory, DEFAULT_RETENTION_DAYS, seenContactFrom } from '../../../lib/storage/contact-history';
import { PersonaMapDb, type SeenContact } from '../../../lib/storage/db';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2026-03-01T12:00:00Z');

let db: PersonaMapDb;
beforeEach(() => {
  fakeBrowser.reset();
  db = new PersonaMapDb(`history-test-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const seen = (key: string, daysAgo: number, extra: Partial<SeenContact> = {}): SeenContact => ({
  key,
  name: key.toUpperCase(),
  title: 'CISO',
  company: 'Initech',
  profileUrl: null,
  persona: 'security-gatekeeper',
  pack: 'demo',
  seenAt: NOW - daysAgo * DAY,
  ...extra,
});

describe('the local contact history', () => {
  it('keeps 30 days by default, in extension storage', async () => {
    const history = new ContactHistory(db);
    expect(await history.retentionDays()).toBe(DEFAULT_RETENTION_DAYS);
    await history.setRetentionDays(7);
    expect(await fakeBrowser.storage.local.get('historyRetentionDays')).toEqual({ historyRetentionDays: 7 });
    expect(await new ContactHistory(db).retentionDays()).toBe(7);
  });

  it('lists recent contacts newest first, within the retention period', async () => {
    const history = new ContactHistory(db);
    await history.record([seen('a', 1), seen('b', 0.1), seen('old', 31)]);
    expect((await history.recent(100, NOW)).map((c) => c.key)).toEqual(['b', 'a']);
  });

  it('moves a contact seen again to the top, without a duplicate', async () => {
    const history = new ContactHistory(db);
    await history.record([seen('a', 2), seen('b', 1)]);
    await history.record([seen('a', 0)]);
    expect((await history.recent(100, NOW)).map((c) => c.key)).toEqual(['a', 'b']);
  });

  it('purges what is older than the retention period, and everything on request', async () => {
    const history = new ContactHistory(db);
    await history.record([seen('a', 1), seen('b', 10), seen('c', 40)]);
    expect(await history.purgeExpired(NOW)).toBe(1);
    expect(await db.history.count()).toBe(2);

    await history.setRetentionDays(5, NOW); // applies at once
    expect(await history.purgeExpired(NOW)).toBe(0);
    expect((await db.history.toArray()).map((c) => c.key)).toEqual(['a']);

    await history.purgeAll();
    expect(await db.history.count()).toBe(0);
  });

  it('refuses a retention that is not a positive number of days', async () => {
    await expect(new ContactHistory(db).setRetentionDays(0)).rejects.toThrow(/positive number of days/);
  });

  it('finds everyone seen at a company, whatever the case', async () => {
    const history = new ContactHistory(db);
    await history.record([seen('a', 1), seen('b', 1, { company: 'INITECH' }), seen('c', 1, { company: 'Globex' }), seen('d', 60)]);
    expect((await history.atCompany('initech', NOW)).map((c) => c.key).sort()).toEqual(['a', 'b']);
  });

  it('builds a history row from a detected contact and its match', () => {
    const field = (value: string) => ({ value, source: 'url' as const, confidence: 1 });
    const row = seenContactFrom(
      {
        adapter: 'linkedin-profile',
        key: 'in/jane',
        name: field('Jane'),
        title: field('CISO'),
        company: null,
        profileUrl: field('https://www.linkedin.com/in/jane/'),
      },
      null,
      NOW,
    );
    expect(row).toEqual({
      key: 'in/jane',
      name: 'Jane',
      title: 'CISO',
      company: null,
      profileUrl: 'https://www.linkedin.com/in/jane/',
      persona: null,
      pack: null,
      seenAt: NOW,
    });
  });
});
