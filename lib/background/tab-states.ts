/**
 * Per-tab contact state, kept in session storage: the MV3 service worker is stopped when idle
 * and must answer the side panel after it restarts. Session storage never touches disk.
 */
import type { MatchedContact, TabState } from '../messaging';

/** The slice of `browser.storage.session` this needs (a fake in unit tests). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const keyOf = (tabId: number) => `tab:${tabId}`;

export class TabStates {
  private readonly queues = new Map<number, Promise<unknown>>();

  constructor(private readonly session: SessionArea) {}

  /** Runs one tab's updates one after another: list pages report in quick succession. */
  serialize<T>(tabId: number, work: () => Promise<T>): Promise<T> {
    const run = (this.queues.get(tabId) ?? Promise.resolve()).then(work, work);
    this.queues.set(tabId, run.catch(() => undefined));
    return run;
  }

  async get(tabId: number): Promise<TabState | null> {
    const key = keyOf(tabId);
    return ((await this.session.get(key))[key] as TabState | undefined) ?? null;
  }

  async put(state: TabState): Promise<void> {
    await this.session.set({ [keyOf(state.tabId)]: state });
  }

  async forget(tabId: number): Promise<void> {
    this.queues.delete(tabId);
    await this.session.remove(keyOf(tabId));
  }
}

/** Adds newly reported contacts to a tab's list; a contact already shown keeps its place. */
export function mergeContacts(shown: MatchedContact[], added: MatchedContact[]): MatchedContact[] {
  const keys = new Set(shown.map((c) => c.contact.key));
  return [...shown, ...added.filter((c) => !keys.has(c.contact.key))];
}
