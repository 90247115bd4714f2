/**
 * Per-tab contact state, kept in session storage: the MV3 service worker is stopped when idle
 * and must answer the side panel after it restarts. Session storage never touches disk.
 */
import type { TabState } from '../messaging';

/** The slice of `browser.storage.session` this needs (a fake in unit tests). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const keyOf = (tabId: number) => `tab:${tabId}`;

export class TabStates {
  constructor(private readonly session: SessionArea) {}

  async get(tabId: number): Promise<TabState | null> {
    const key = keyOf(tabId);
    return ((await this.session.get(key))[key] as TabState | undefined) ?? null;
  }

  async put(state: TabState): Promise<void> {
    await this.session.set({ [keyOf(state.tabId)]: state });
  }

  async forget(tabId: number): Promise<void> {
    await this.session.remove(keyOf(tabId));
  }
}
