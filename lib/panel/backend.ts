/**
 * The side panel's link to the rest of the extension: which tab it follows, that tab's state
 * from the background, the installed packs from Dexie, and the search shortcut. The browser,
 * messaging and words are passed in (entrypoints/sidepanel/backend.ts wires the real ones); the
 * panel itself (components/Panel.tsx) receives plain data.
 *
 * Which tab: the active tab of the panel's window, followed as the seller switches tabs, unless
 * the page was opened as `sidepanel.html?tab=<id>` (pop-out windows, end-to-end tests).
 */
import { liveQuery } from 'dexie';
import type { onMessage, sendMessage } from '../contracts/messages';
import type { TabContactsAdded, TabState } from '../contracts/tab-state';
import type { Pack } from '../pack/schema';
import type { PersonaMapDb } from '../storage/db';
import { loadActivePacks } from '../storage/installed-packs';

/** `?tab=123` → 123; anything else → null (follow the active tab). */
export function pinnedTabId(search: string): number | null {
  const value = new URLSearchParams(search).get('tab');
  if (!value || !/^\d+$/.test(value)) return null;
  return Number(value);
}

/** `?window=7` → 7: follow the active tab of that browser window (a pop-out that follows the seller). */
export function followedWindowId(search: string): number | null {
  const value = new URLSearchParams(search).get('window');
  return value && /^\d+$/.test(value) ? Number(value) : null;
}

/** The slice of `browser.tabs` following a tab needs. */
export interface FollowTabsApi {
  query(query: { active: true; currentWindow: true } | { active: true; windowId: number }): Promise<Array<{ id?: number; windowId?: number }>>;
  onActivated: {
    addListener(listener: (info: { tabId: number; windowId: number }) => void): void;
    removeListener(listener: (info: { tabId: number; windowId: number }) => void): void;
  };
}

/**
 * Calls back with the tab to show now and whenever the seller switches tabs in the followed
 * window: the panel's own window, or the one named by `?window=`.
 */
export function followTab(tabs: FollowTabsApi, pinned: number | null, onTab: (tabId: number | null) => void, followWindow: number | null = null): () => void {
  if (pinned !== null) {
    onTab(pinned);
    return () => {};
  }
  let windowId: number | undefined = followWindow ?? undefined;
  const refresh = async () => {
    const [tab] = await tabs.query(followWindow === null ? { active: true, currentWindow: true } : { active: true, windowId: followWindow });
    windowId = tab?.windowId ?? windowId;
    onTab(tab?.id ?? null);
  };
  const onActivated = (info: { tabId: number; windowId: number }) => {
    if (windowId === undefined || info.windowId === windowId) onTab(info.tabId);
  };
  void refresh();
  tabs.onActivated.addListener(onActivated);
  return () => tabs.onActivated.removeListener(onActivated);
}

export interface PanelMessaging {
  onMessage: typeof onMessage;
  sendMessage: typeof sendMessage;
}

export interface TabStateWords {
  /** The background did not answer (the error's message). */
  noAnswer(error: string): string;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The followed tab's state: asked once, then pushed by the background on every change, and
 * cleared when the background says the tab navigated away from the page it reported on.
 */
export function watchTabState(
  { onMessage, sendMessage }: PanelMessaging,
  words: TabStateWords,
  tabId: number,
  onState: (state: TabState | null) => void,
  onError: (message: string) => void,
): () => void {
  let live = true;
  const ask = () =>
    sendMessage('getTabState', tabId).then(
      (state) => live && show(state ?? null),
      (error: unknown) => live && onError(words.noAnswer(messageOf(error))),
    );
  let current: TabState | null = null;
  const show = (state: TabState | null) => {
    current = state;
    onState(state);
  };
  const offMessage = onMessage('tabStateChanged', ({ data }) => {
    if (live && data.tabId === tabId) show(data);
  });
  const offCleared = onMessage('tabStateCleared', ({ data }) => {
    if (live && data === tabId) show(null);
  });
  // A list page's new contacts arrive alone; a delta for a page the panel has not seen asks again.
  const offAdded = onMessage('tabContactsAdded', ({ data }) => {
    if (!live || data.tabId !== tabId) return;
    if (current?.url !== data.url) return void ask();
    show(withContactsAdded(current, data));
  });
  void ask();
  return () => {
    live = false;
    offMessage();
    offCleared();
    offAdded();
  };
}

/** The tab's state once a delta is applied: new contacts appended, and the page's health as the delta says (none: judged readable or not yet). */
export function withContactsAdded(current: TabState, delta: TabContactsAdded): TabState {
  const keys = new Set(current.contacts.map((c) => c.contact.key));
  const { health: _previous, ...rest } = current;
  const next: TabState = {
    ...rest,
    contacts: [...current.contacts, ...delta.contacts.filter((c) => !keys.has(c.contact.key))],
    total: delta.total,
    updatedAt: delta.updatedAt,
  };
  return delta.health ? { ...next, health: delta.health } : next;
}

/** The active packs, live: an import or sync in the options page shows up at once. */
export function watchPacks(
  db: PersonaMapDb,
  unreadable: (error: string) => string,
  onPacks: (packs: Pack[]) => void,
  onError: (message: string) => void,
): () => void {
  const subscription = liveQuery(() => loadActivePacks(db)).subscribe({
    // The background installs the bundled pack; liveQuery shows it here as soon as it lands.
    next: onPacks,
    error: (error: unknown) => onError(unreadable(messageOf(error))),
  });
  return () => subscription.unsubscribe();
}

/**
 * The keyboard command: a message if the panel is open, a request the worker left in session
 * storage (lib/storage/tab-states.ts) if it is just opening.
 */
export function watchFocusSearch(onMessage: PanelMessaging['onMessage'], takeRequest: () => Promise<boolean>, onFocus: () => void): () => void {
  const off = onMessage('focusSearch', () => onFocus());
  void takeRequest()
    .then((requested) => requested && onFocus())
    .catch(() => undefined);
  return off;
}
