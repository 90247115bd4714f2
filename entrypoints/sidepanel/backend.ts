/**
 * The side panel's backend (lib/panel/backend.ts, components/panel-services.ts) wired to the
 * real browser, messaging and words. Wiring only.
 */
import { i18n } from '#i18n';
import { createPanelServices } from '@/components/panel-services';
import type { SidePanelBackend } from '@/components/useSidePanel';
import { takeFocusSearchRequest } from '@/lib/storage/tab-states';
import { onMessage, sendMessage } from '@/lib/contracts/messages';
import * as panel from '@/lib/panel/backend';

export { followedWindowId, pinnedTabId, withContactsAdded } from '@/lib/panel/backend';

const messaging = { onMessage, sendMessage };

export const followTab: SidePanelBackend['followTab'] = (pinned, onTab, followWindow = null) => panel.followTab(browser.tabs, pinned, onTab, followWindow);

export const watchTabState: SidePanelBackend['watchTabState'] = (tabId, onState, onError) =>
  panel.watchTabState(messaging, { noAnswer: (error) => i18n.t('backend.noAnswer', { error }) }, tabId, onState, onError);

export const watchPacks: SidePanelBackend['watchPacks'] = (db, onPacks, onError) =>
  panel.watchPacks(db, (error) => i18n.t('backend.packsUnreadable', { error }), onPacks, onError);

export const watchFocusSearch: SidePanelBackend['watchFocusSearch'] = (onFocus) =>
  panel.watchFocusSearch(onMessage, () => takeFocusSearchRequest(browser.storage.session, Date.now()), onFocus);

export const createServices: SidePanelBackend['createServices'] = (db, tabId, pinned) => createPanelServices({ browser, db, messaging, tabId, pinned });

export const backend: SidePanelBackend = { followTab, watchTabState, watchPacks, watchFocusSearch, createServices };
