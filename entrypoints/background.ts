/**
 * The background service worker: wiring only. Content scripts report the contacts on a page;
 * this matches them locally against the installed packs, sets the tab's badge and tells the
 * side panel. Nothing about a contact leaves the browser.
 */
import { badgeFor, hintsFor } from '@/lib/background/badge';
import { PersonaMatcher } from '@/lib/background/persona-matcher';
import { mergeContacts, TabStates } from '@/lib/background/tab-states';
import { FOCUS_SEARCH_KEY, onMessage, SEARCH_COMMAND, sendMessage, type TabState } from '@/lib/messaging';
import { selectedTitle } from '@/lib/adapters/selection';
import { ensureBundledPack, loadActivePacks } from '@/lib/storage/installed-packs';
import { PersonaMapDb } from '@/lib/storage/db';

const MATCH_SELECTION_MENU = 'match-selection';

export default defineBackground(() => {
  const db = new PersonaMapDb();
  const matcher = new PersonaMatcher(async () => {
    await ensureBundledPack(db);
    return loadActivePacks(db);
  });
  const tabStates = new TabStates(browser.storage.session);

  // Clicking the toolbar icon opens the side panel (a user gesture, as sidePanel.open requires).
  void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
  browser.runtime.onInstalled.addListener(() => {
    void ensureBundledPack(db);
    browser.contextMenus.create({ id: MATCH_SELECTION_MENU, title: 'Match persona for "%s"', contexts: ['selection'] });
  });

  async function publish(state: TabState): Promise<void> {
    await tabStates.put(state);
    const badge = badgeFor(state, await matcher.personaLookup());
    await Promise.all([
      browser.action.setBadgeText({ tabId: state.tabId, text: badge.text }),
      browser.action.setBadgeBackgroundColor({ tabId: state.tabId, color: badge.color }),
      browser.action.setTitle({ tabId: state.tabId, title: badge.title }),
    ]);
    // No side panel open is normal: nobody is listening then.
    await sendMessage('tabStateChanged', state).catch(() => undefined);
  }

  onMessage('contactsDetected', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return [];
    const matched = await matcher.matchContacts(data.contacts);
    await tabStates.serialize(tabId, async () => {
      // List pages report new cards as they render: add them to what the tab already shows.
      const previous = data.append ? await tabStates.get(tabId) : null;
      const contacts = previous?.url === data.url ? mergeContacts(previous.contacts, matched) : matched;
      await publish({ tabId, url: data.url, pageKind: data.pageKind, contacts, updatedAt: Date.now() });
    });
    return hintsFor(matched, await matcher.personaLookup());
  });

  onMessage('getTabState', ({ data: tabId }) => tabStates.get(tabId));

  onMessage('packsChanged', async () => {
    matcher.invalidate();
    // Re-match what open tabs show, so badges and panels follow the new pack at once.
    for (const tab of await browser.tabs.query({})) {
      const state = tab.id === undefined ? null : await tabStates.get(tab.id);
      if (state) await publish({ ...state, contacts: await matcher.matchContacts(state.contacts.map((c) => c.contact)) });
    }
  });

  // A tab that left the page it reported on shows nothing until its content script reports
  // again; a report for the new URL that arrived first is kept.
  browser.tabs.onUpdated.addListener(async (tabId, change) => {
    if (!change.url) return;
    const state = await tabStates.get(tabId);
    if (state && state.url !== change.url) {
      await tabStates.forget(tabId);
      await browser.action.setBadgeText({ tabId, text: '' });
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => void tabStates.forget(tabId));

  // Any page, by hand: the selected text is the title. The menu hands us the selection, so
  // this needs no access to the page at all.
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MATCH_SELECTION_MENU || tab?.id === undefined || !info.selectionText) return;
    const tabId = tab.id;
    void browser.sidePanel.open({ tabId }); // first, while the click still counts as a user gesture
    void (async () => {
      const contacts = await matcher.matchContacts([selectedTitle(info.selectionText!)]);
      await publish({ tabId, url: info.pageUrl ?? tab.url ?? '', pageKind: 'selection', contacts, updatedAt: Date.now() });
    })();
  });

  // The search shortcut opens the panel and puts the cursor in its search box. A panel that is
  // still loading picks the request up from session storage.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== SEARCH_COMMAND || tab?.windowId === undefined) return;
    void browser.sidePanel.open({ windowId: tab.windowId });
    void browser.storage.session.set({ [FOCUS_SEARCH_KEY]: Date.now() });
    void sendMessage('focusSearch').catch(() => undefined);
  });
});
