import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../../lib/background/badge';
import { badgeWords } from '../../../utils/badge-words';
import { CHUNK_SIZE, MAX_STORED_CONTACTS, TabStates, type SessionArea } from '../../../lib/storage/tab-states';
import type { MatchedContact, TabState } from '../../../lib/contracts/tab-state';

/**
 * storage.session as Chrome keeps it: values cloned, and a 10 MiB quota over the JSON size of
 * keys and values, a write past it refused with Chrome's message. Counts what each write costs.
 */
function memorySession(quotaBytes = 10 * 1024 * 1024) {
  const items = new Map<string, unknown>();
  const sizes = new Map<string, number>();
  const sizeOf = (key: string, value: unknown) => key.length + JSON.stringify(value).length;
  const used = () => [...sizes.values()].reduce((n, size) => n + size, 0);
  const writes: number[] = [];
  const area: SessionArea = {
    get: async (keys) => {
      const wanted = keys === null ? [...items.keys()] : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(wanted.filter((k) => items.has(k)).map((k) => [k, structuredClone(items.get(k))]));
    },
    set: async (values) => {
      const entries = Object.entries(values).map(([k, v]) => [k, v, sizeOf(k, v)] as const);
      const after = used() + entries.reduce((n, [k, , size]) => n + size - (sizes.get(k) ?? 0), 0);
      if (after > quotaBytes) throw new Error('Session storage quota bytes exceeded. Values were not stored.');
      writes.push(entries.reduce((n, [, , size]) => n + size, 0));
      for (const [k, v, size] of entries) {
        items.set(k, structuredClone(v));
        sizes.set(k, size);
      }
    },
    remove: async (keys) =>
      void (Array.isArray(keys) ? keys : [keys]).forEach((k) => {
        items.delete(k);
        sizes.delete(k);
      }),
  };
  return { area, writes, used };
}

/** About the size of a real matched contact (~1 KB: fields with sources, analysis, reasons). */
const contact = (key: string, persona: string | null = 'economic-buyer'): MatchedContact =>
  ({
    contact: {
      adapter: 'linkedin-people-list',
      key,
      name: { value: `Name of ${key}`, source: 'structure', confidence: 0.8 },
      title: { value: 'Director of Information Security at Contoso', source: 'structure', confidence: 0.65 },
      company: { value: 'Contoso', source: 'structure', confidence: 0.4 },
      profileUrl: { value: key, source: 'url', confidence: 1 },
    },
    match: {
      input: 'Director of Information Security at Contoso',
      analysis: {
        input: 'Director of Information Security at Contoso',
        title: 'Director of Information Security',
        company: 'Contoso',
        function: 'security',
        functions: ['security'],
        seniority: 'director',
        ambiguous: [],
        evidence: { function: 'information security', seniority: 'director' },
      },
      persona,
      pack: persona ? 'demo' : null,
      kind: persona ? 'primary' : null,
      score: 103030,
      reasons: [
        { code: 'title-phrase', phrase: 'director of information security' },
        { code: 'function', fn: 'security', from: 'information security' },
        { code: 'seniority-within', level: 'director', min: 'manager', max: 'owner' },
      ],
      alternatives: [],
    },
  }) as unknown as MatchedContact;
const keysOf = (n: number, prefix: string, from = 0) => Array.from({ length: n }, (_, i) => `https://www.linkedin.com/in/${prefix}-${from + i}/`);
const state = (tabId: number, keys: string[], url = 'https://x/'): TabState => ({
  tabId,
  url,
  pageKind: 'list',
  contacts: keys.map((k) => contact(k)),
  updatedAt: 0,
});
const noPersona = () => undefined;

describe('per-tab state', () => {
  it('survives in session storage and is forgotten with the tab', async () => {
    const { area } = memorySession();
    await new TabStates(area).put(state(7, ['a']));
    const restarted = new TabStates(area); // a new service worker instance
    expect((await restarted.get(7))?.contacts.map((c) => c.contact.key)).toEqual(['a']);
    await restarted.forget(7);
    expect(await restarted.get(7)).toBeNull();
    expect(await area.get(null)).toEqual({});
  });

  it('appends without duplicates, keeping order, and returns only what was new', async () => {
    const { area } = memorySession();
    const states = new TabStates(area);
    await states.put(state(1, ['a', 'b']));
    const { added, state: after } = await states.append(
      1,
      { url: 'https://x/', pageKind: 'list', updatedAt: 1 },
      ['b', 'c'].map((k) => contact(k)),
    );
    expect(added.map((c) => c.contact.key)).toEqual(['c']);
    expect(after.contacts.map((c) => c.contact.key)).toEqual(['a', 'b', 'c']);
    expect((await new TabStates(area).get(1))!.contacts.map((c) => c.contact.key)).toEqual(['a', 'b', 'c']);
  });

  it("an append for another URL replaces the tab's list", async () => {
    const states = new TabStates(memorySession().area);
    await states.put(state(1, ['a']));
    await states.append(1, { url: 'https://y/', pageKind: 'list', updatedAt: 1 }, [contact('z')]);
    expect((await states.get(1))!.contacts.map((c) => c.contact.key)).toEqual(['z']);
  });

  it('writes per append what the append adds, not the whole list (1,000 contacts in batches of 20)', async () => {
    const { area, writes } = memorySession();
    const states = new TabStates(area);
    await states.put(state(1, []));
    for (let i = 0; i < 1000; i += 20)
      await states.append(
        1,
        { url: 'https://x/', pageKind: 'list', updatedAt: i },
        keysOf(20, 'p', i).map((k) => contact(k)),
      );
    const perBatch = writes.slice(1);
    expect(perBatch).toHaveLength(50);
    // At most two chunks (the partly full one and the next) plus the record, whatever the list's size.
    const chunkBytes = JSON.stringify(Array.from({ length: CHUNK_SIZE }, (_, i) => contact(keysOf(1, 'p', i)[0]!))).length;
    expect(Math.max(...perBatch)).toBeLessThan(2 * chunkBytes + 1_000);
    expect(perBatch.at(-1)!).toBeLessThan(perBatch[4]! * 2); // the 50th batch costs what the 5th did
    expect((await new TabStates(area).get(1))!.contacts).toHaveLength(1000);
  });

  it("runs one tab's updates one after another, so appends are not lost", async () => {
    const states = new TabStates(memorySession().area);
    await states.put(state(1, []));
    const append = (key: string) =>
      states.serialize(1, async () => {
        await new Promise((r) => setTimeout(r, 5));
        await states.append(1, { url: 'https://x/', pageKind: 'list', updatedAt: 0 }, [contact(key)]);
      });
    await Promise.all([append('a'), append('b'), append('c')]);
    expect((await states.get(1))!.contacts.map((c) => c.contact.key)).toEqual(['a', 'b', 'c']);
  });

  it('keeps 5,000 contacts across five tabs within the quota, badges and lists right after a worker restart', async () => {
    const { area, used } = memorySession();
    const states = new TabStates(area);
    for (let tab = 1; tab <= 5; tab++) {
      const url = `https://www.linkedin.com/search/results/people/?page=${tab}`;
      await states.put({ ...state(tab, [], url) });
      for (let i = 0; i < 1000; i += 25)
        await states.append(
          tab,
          { url, pageKind: 'list', updatedAt: tab * 10_000 + i },
          keysOf(25, `t${tab}`, i).map((k) => contact(k)),
        );
    }
    expect(used()).toBeLessThan(10 * 1024 * 1024);
    const restarted = new TabStates(area);
    for (let tab = 1; tab <= 5; tab++) {
      const shown = (await restarted.get(tab))!;
      expect(shown.contacts.map((c) => c.contact.key)).toEqual(keysOf(1000, `t${tab}`));
      expect(badgeFor(shown, noPersona, badgeWords()).text).toBe('1000');
    }
    expect((await restarted.all()).map((s) => s.tabId).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it(`stores at most ${MAX_STORED_CONTACTS} contacts per tab, and still badges every contact on the page`, async () => {
    const { area } = memorySession();
    const states = new TabStates(area);
    const url = 'https://www.linkedin.com/search/results/people/';
    await states.put(state(3, [], url));
    for (let i = 0; i < 5000; i += 50)
      await states.append(
        3,
        { url, pageKind: 'list', updatedAt: i },
        keysOf(50, 'p', i).map((k) => contact(k)),
      );
    const shown = (await new TabStates(area).get(3))!;
    expect(shown.contacts).toHaveLength(MAX_STORED_CONTACTS);
    expect(shown.total).toBe(5000);
    expect(badgeFor(shown, noPersona, badgeWords()).text).toBe('5000');
  });

  it('when the quota is still reached, drops the list of the tab updated longest ago, never the one being written', async () => {
    const { area } = memorySession(1_200_000); // room for about a thousand contacts
    const states = new TabStates(area);
    const update = (tab: number, at: number) => ({ url: `https://x/${tab}`, pageKind: 'list' as const, updatedAt: at });
    await states.put({ ...state(1, keysOf(600, 'old'), 'https://x/1'), updatedAt: 1 });
    await states.put({ ...state(2, keysOf(300, 'mid'), 'https://x/2'), updatedAt: 2 });
    await states.put({ ...state(3, [], 'https://x/3'), updatedAt: 3 });
    for (let i = 0; i < 600; i += 50)
      await states.append(
        3,
        update(3, 10 + i),
        keysOf(50, 'new', i).map((k) => contact(k)),
      );
    const restarted = new TabStates(area);
    expect((await restarted.get(3))!.contacts).toHaveLength(600);
    expect((await restarted.get(1))!.contacts).toEqual([]);
    expect((await restarted.get(1))!.total).toBe(600); // its badge still counts the page
    expect((await restarted.get(2))!.contacts).toHaveLength(300);
  });
});

describe('page health in the tab state', () => {
  const unreadable = { readable: false, adapter: 'linkedin-people-list', problem: 'no-contact' as const };
  it('keeps the verdict across a worker restart and badges it', async () => {
    const { area } = memorySession();
    await new TabStates(area).put({ ...state(3, []), health: unreadable });
    const restarted = await new TabStates(area).get(3);
    expect(restarted!.health).toEqual(unreadable);
    expect(badgeFor(restarted, noPersona, badgeWords())).toMatchObject({ text: '!' });
  });

  it('lets contacts added without a verdict clear it, and a new verdict replace it', async () => {
    const states = new TabStates(memorySession().area);
    await states.put({ ...state(4, []), health: unreadable });
    const { state: cleared } = await states.append(4, { url: 'https://x/', pageKind: 'list', updatedAt: 1 }, [contact('a')]);
    expect(cleared.health).toBeUndefined();
    const { state: judged } = await states.append(4, { url: 'https://x/', pageKind: 'list', updatedAt: 2, health: unreadable }, []);
    expect(judged.health).toEqual(unreadable);
    expect(judged.contacts).toHaveLength(1);
  });
});
