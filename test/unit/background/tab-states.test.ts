import { describe, expect, it } from 'vitest';
import { mergeContacts, TabStates, type SessionArea } from '../../../lib/background/tab-states';
import type { MatchedContact, TabState } from '../../../lib/messaging';

function memorySession(): SessionArea {
  const items = new Map<string, unknown>();
  return {
    get: async (key) => (items.has(key) ? { [key]: structuredClone(items.get(key)) } : {}),
    set: async (values) => void Object.entries(values).forEach(([k, v]) => items.set(k, structuredClone(v))),
    remove: async (key) => void items.delete(key),
  };
}
const contact = (key: string) => ({ contact: { key } }) as MatchedContact;
const state = (tabId: number, keys: string[]): TabState => ({ tabId, url: 'https://x/', pageKind: 'list', contacts: keys.map(contact), updatedAt: 0 });

describe('per-tab state', () => {
  it('survives in session storage and is forgotten with the tab', async () => {
    const session = memorySession();
    await new TabStates(session).put(state(7, ['a']));
    const restarted = new TabStates(session); // a new service worker instance
    expect((await restarted.get(7))?.contacts.map((c) => c.contact.key)).toEqual(['a']);
    await restarted.forget(7);
    expect(await restarted.get(7)).toBeNull();
  });

  it('merges appended contacts without duplicates, keeping order', () => {
    expect(mergeContacts([contact('a'), contact('b')], [contact('b'), contact('c')]).map((c) => c.contact.key)).toEqual(['a', 'b', 'c']);
  });

  it('runs one tab\'s updates one after another, so appends are not lost', async () => {
    const states = new TabStates(memorySession());
    await states.put(state(1, []));
    const append = (key: string) =>
      states.serialize(1, async () => {
        const previous = (await states.get(1))!;
        await new Promise((r) => setTimeout(r, 5));
        await states.put({ ...previous, contacts: mergeContacts(previous.contacts, [contact(key)]) });
      });
    await Promise.all([append('a'), append('b'), append('c')]);
    expect((await states.get(1))!.contacts.map((c) => c.contact.key)).toEqual(['a', 'b', 'c']);
  });
});
