/**
 * The side panel's link to the rest of the extension: which tab it follows, that tab's state
 * from the background, the installed packs from Dexie, and the local stores. Wiring only; the
 * panel itself (components/Panel.tsx) receives plain data.
 *
 * Which tab: the active tab of the panel's window, followed as the seller switches tabs, unless
 * the page was opened as `sidepanel.html?tab=<id>` (pop-out windows, end-to-end tests).
 */
import { i18n } from '#i18n';
import { liveQuery } from 'dexie';
import { downloadText, pageStructureFileName } from '@/components/download';
import type { PanelServices } from '@/components/services';
import type { Pack } from '@/lib/pack/schema';
import { FOCUS_SEARCH_KEY, onMessage, sendMessage } from '@/lib/contracts/messages';
import type { TabContactsAdded, TabState } from '@/lib/contracts/tab-state';
import { ContactHistory } from '@/lib/storage/contact-history';
import { CorrectionStore } from '@/lib/storage/correction-store';
import type { PersonaMapDb, UsageCount } from '@/lib/storage/db';
import { loadActivePacks } from '@/lib/storage/installed-packs';

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

/**
 * Calls back with the tab to show now and whenever the seller switches tabs in the followed
 * window: the panel's own window, or the one named by `?window=`.
 */
export function followTab(pinned: number | null, onTab: (tabId: number | null) => void, followWindow: number | null = null): () => void {
  if (pinned !== null) {
    onTab(pinned);
    return () => {};
  }
  let windowId: number | undefined = followWindow ?? undefined;
  const refresh = async () => {
    const [tab] = await browser.tabs.query(followWindow === null ? { active: true, currentWindow: true } : { active: true, windowId: followWindow });
    windowId = tab?.windowId ?? windowId;
    onTab(tab?.id ?? null);
  };
  const onActivated = (info: { tabId: number; windowId: number }) => {
    if (windowId === undefined || info.windowId === windowId) onTab(info.tabId);
  };
  void refresh();
  browser.tabs.onActivated.addListener(onActivated);
  return () => browser.tabs.onActivated.removeListener(onActivated);
}

/**
 * The followed tab's state: asked once, then pushed by the background on every change. The
 * background forgets a tab that navigated away without telling anyone, so a navigation in the
 * tab (onUpdated) asks again.
 */
export function watchTabState(tabId: number, onState: (state: TabState | null) => void, onError: (message: string) => void): () => void {
  let live = true;
  const ask = () =>
    sendMessage('getTabState', tabId).then(
      (state) => live && show(state ?? null),
      (error: unknown) => live && onError(i18n.t('backend.noAnswer', { error: error instanceof Error ? error.message : String(error) })),
    );
  let current: TabState | null = null;
  const show = (state: TabState | null) => {
    current = state;
    onState(state);
  };
  const offMessage = onMessage('tabStateChanged', ({ data }) => {
    if (live && data.tabId === tabId) show(data);
  });
  // A list page's new contacts arrive alone; a delta for a page the panel has not seen asks again.
  const offAdded = onMessage('tabContactsAdded', ({ data }) => {
    if (!live || data.tabId !== tabId) return;
    if (current?.url !== data.url) return void ask();
    show(withContactsAdded(current, data));
  });
  const onUpdated = (id: number, change: { status?: string; url?: string }) => {
    if (id === tabId && (change.url || change.status === 'complete')) void ask();
  };
  browser.tabs.onUpdated.addListener(onUpdated);
  void ask();
  return () => {
    live = false;
    offMessage();
    offAdded();
    browser.tabs.onUpdated.removeListener(onUpdated);
  };
}

/** The tab's state once a delta is applied: new contacts appended, and the page's health as the delta says (none: judged readable or not yet). */
export function withContactsAdded(current: TabState, delta: TabContactsAdded): TabState {
  const keys = new Set(current.contacts.map((c) => c.contact.key));
  const { health: _previous, ...rest } = current;
  const next: TabState = { ...rest, contacts: [...current.contacts, ...delta.contacts.filter((c) => !keys.has(c.contact.key))], total: delta.total, updatedAt: delta.updatedAt };
  return delta.health ? { ...next, health: delta.health } : next;
}

/** The active packs, live: an import or sync in the options page shows up at once. */
export function watchPacks(db: PersonaMapDb, onPacks: (packs: Pack[]) => void, onError: (message: string) => void): () => void {
  const subscription = liveQuery(() => loadActivePacks(db)).subscribe({
    // The background installs the bundled pack; liveQuery shows it here as soon as it lands.
    next: onPacks,
    error: (error: unknown) => onError(i18n.t('backend.packsUnreadable', { error: error instanceof Error ? error.message : String(error) })),
  });
  return () => subscription.unsubscribe();
}

/** The keyboard command: a message if the panel is open, a session flag if it is just opening. */
export function watchFocusSearch(onFocus: () => void): () => void {
  const off = onMessage('focusSearch', () => onFocus());
  void browser.storage.session
    .get(FOCUS_SEARCH_KEY)
    .then((items) => {
      const at = Number(items[FOCUS_SEARCH_KEY]);
      if (Number.isFinite(at) && Date.now() - at < 10_000) onFocus();
      return browser.storage.session.remove(FOCUS_SEARCH_KEY);
    })
    .catch(() => undefined);
  return off;
}

/**
 * Usage counters in the `usage` table. lib/storage/usage.ts (another module's) did not exist
 * when the panel was written; this keeps the same key format so its counts add up.
 */
async function countUsage(db: PersonaMapDb, event: UsageCount['event'], packId: string, id: string): Promise<void> {
  const key = `${event}:${packId}:${id}`;
  await db.transaction('rw', db.usage, async () => {
    const row = await db.usage.get(key);
    await db.usage.put({ key, event, packId, id, count: (row?.count ?? 0) + 1, lastAt: Date.now() });
  });
}

export function createServices(db: PersonaMapDb, tabId: () => number | null, pinned: boolean): PanelServices {
  const history = new ContactHistory(db);
  const corrections = new CorrectionStore(db);
  void history.purgeExpired().catch(() => undefined);
  // The badge and chips show the seller's pick too: tell the background after each change.
  const correctionsChanged = () => void sendMessage('correctionsChanged').catch(() => undefined);
  return {
    corrections: {
      list: () => corrections.list(),
      save: (correction) => corrections.save(correction).then(correctionsChanged),
      remove: (key) => corrections.remove(key).then(correctionsChanged),
    },
    history,
    showTab: (id) =>
      void (async () => {
        const tab = await browser.tabs.update(id, { active: true });
        if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
      })().catch(() => undefined), // the tab was closed meanwhile
    savePageStructure: async (id) => {
      try {
        // The tab's own content script builds it; only placeholders ever leave the page.
        const { html, adapter } = await sendMessage('pageSkeleton', undefined, id);
        const fileName = pageStructureFileName(adapter, new Date());
        downloadText(html, fileName, 'text/html');
        return { ok: true as const, fileName };
      } catch {
        return { ok: false as const, message: i18n.t('cantRead.saveFailed') };
      }
    },
    recordUsage: (event, packId, id) => void countUsage(db, event, packId, id).catch(() => undefined),
    popOut: pinned
      ? undefined
      : () => {
          const id = tabId();
          const url = browser.runtime.getURL(`/sidepanel.html${id === null ? '' : `?tab=${id}`}` as '/sidepanel.html');
          void browser.windows.create({ url, type: 'popup', width: 420, height: 780 });
        },
  };
}
