/**
 * The worker re-matches every tab at start-up while a page that woke it reports: the re-match
 * must not put back the state it read before the report (the cold-start bench saw a badge stay
 * on the last profile's initials, 1 load in 25, before eachTabState took each tab's queue).
 */
import { describe, expect, it } from 'vitest';
import { eachTabState } from '../../../lib/background/each-tab-state';
import { TabStates, type SessionArea } from '../../../lib/storage/tab-states';
import type { TabState } from '../../../lib/contracts/tab-state';

function memorySession(): SessionArea {
  const items = new Map<string, unknown>();
  return {
    get: async (keys) => {
      const wanted = keys === null ? [...items.keys()] : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(wanted.filter((k) => items.has(k)).map((k) => [k, structuredClone(items.get(k))]));
    },
    set: async (values) => void Object.entries(values).forEach(([k, v]) => items.set(k, structuredClone(v))),
    remove: async (keys) => void (Array.isArray(keys) ? keys : [keys]).forEach((k) => items.delete(k)),
  };
}

const state = (url: string): TabState => ({ tabId: 7, url, pageKind: 'profile', contacts: [], updatedAt: 1 });

describe('work on every tab’s state', () => {
  it('sees the report that arrived while it waited, and never writes back the state read before it', async () => {
    const tabStates = new TabStates(memorySession());
    await tabStates.put(state('https://www.linkedin.com/in/old/'));
    let releaseMatch!: () => void;
    const matchPending = new Promise<void>((resolve) => (releaseMatch = resolve));
    const seen: string[] = [];
    // The re-match is slow (the worker loads its lexicon and compiles the packs first) ...
    const rematch = eachTabState(tabStates, async (current) => {
      seen.push(current.url);
      await matchPending;
      await tabStates.put(current);
    });
    // ... and the page that woke the worker reports meanwhile, in its tab's queue.
    const report = tabStates.serialize(7, () => tabStates.put(state('https://www.linkedin.com/in/new/')));
    releaseMatch();
    await Promise.all([rematch, report]);
    expect((await tabStates.get(7))?.url).toBe('https://www.linkedin.com/in/new/');
    expect(seen.at(-1)).toBe(seen[0]);
  });

  it('skips a tab forgotten before its turn', async () => {
    const tabStates = new TabStates(memorySession());
    await tabStates.put(state('https://www.linkedin.com/in/old/'));
    const all = tabStates.all.bind(tabStates);
    // The tab navigates away right after the list of tabs was read.
    tabStates.all = async () => {
      const states = await all();
      await tabStates.forget(7);
      return states;
    };
    const seen: TabState[] = [];
    await eachTabState(tabStates, async (current) => void seen.push(current));
    expect(seen).toEqual([]);
    expect(await tabStates.get(7)).toBeNull();
  });
});
