/**
 * The side panel's services (components/services.ts) backed by the real stores: Dexie, the
 * background (messaging) and the browser's tabs and windows, all passed in.
 */
import { i18n } from '#i18n';
import type { PanelMessaging } from '../lib/panel/backend';
import { ContactHistory } from '../lib/storage/contact-history';
import { CorrectionStore } from '../lib/storage/corrections';
import type { PersonaMapDb, UsageCount } from '../lib/storage/db';
import { downloadText, pageStructureFileName } from './download';
import type { PanelServices } from './services';

/** The slice of the extension API the services use. */
export interface PanelServicesBrowser {
  tabs: { update(tabId: number, properties: { active: true }): Promise<{ windowId?: number } | undefined> };
  windows: {
    update(windowId: number, properties: { focused: true }): Promise<unknown>;
    create(properties: { url: string; type: 'popup'; width: number; height: number }): Promise<unknown>;
  };
  runtime: { getURL(path: '/sidepanel.html'): string };
}

export interface PanelServicesDeps {
  browser: PanelServicesBrowser;
  db: PersonaMapDb;
  messaging: PanelMessaging;
  /** The tab the panel shows now (for the pop-out). */
  tabId(): number | null;
  /** The panel was opened for one tab (`?tab=`): it is already popped out. */
  pinned: boolean;
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

export function createPanelServices({ browser, db, messaging: { sendMessage }, tabId, pinned }: PanelServicesDeps): PanelServices {
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
