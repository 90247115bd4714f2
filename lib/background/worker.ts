/**
 * The background's behaviour, with everything it talks to passed in (the extension's `browser`,
 * Dexie, messaging, words) so it runs under WXT's fake browser in unit tests; the entrypoint
 * (entrypoints/background.ts) only wires. Content scripts report the contacts on a page; this
 * matches them locally against the installed packs, sets the tab's badge and tells the side
 * panel. It also keeps packs in sync and registers admin-defined sites the user allowed.
 * Nothing about a contact leaves the browser.
 *
 * Waking for a page report loads only what matching and the badge need: syncing, importing and
 * changing packs (Zod, YAML, the demo pack) are in a script of their own, loaded on first use
 * (lib/background/pack-work.ts).
 */
import { matchesPattern } from '../adapters/custom-site';
import { selectedTitle } from '../adapters/selection';
import { SEARCH_COMMAND } from '../contracts/messages';
import type { LazyScript } from '../platform/lazy-script';
import { panelFor, type PanelApis } from '../platform/panel';
import type { EffectiveSettings } from '../policy/managed';
import { ContactHistory } from '../storage/contact-history';
import type { PersonaMapDb } from '../storage/db';
import { loadActivePacks } from '../storage/installed-packs';
import { recoverLostDatabase, type DurableItem, type RecoveryMirror, type RecoveryNotice, type RecoveryWords } from '../storage/recovery';
import { recordPersonaHits } from '../storage/usage';
import type { SyncWords } from '../sync/sync-source';
import { hintsFor, type BadgeWords } from './badge';
import type { SiteBrowser } from './custom-sites';
import { createPackRefresh } from './pack-refresh';
import type { PackChangeWords } from './pack-changes';
import { applyPolicy } from './apply-policy';
import { createPackSync } from './pack-sync';
import { eachTabState } from './each-tab-state';
import { prebuiltLexiconInstaller } from './worker-lexicon';
import type { PackWork } from './pack-work';
import { PersonaMatcher } from './persona-matcher';
import { createPublisher, type BadgeApi } from './publish';
import { seenContactsOf, sellerPicksFor } from './seller-picks';
import { requestFocusSearch, TabStates, type SessionArea } from '../storage/tab-states';
import type { WorkerMessaging } from './worker-messaging';

const MATCH_SELECTION_MENU = 'match-selection';
const SYNC_ALARM = 'pack-sync';

/** A browser event, as far as the worker uses it (method syntax: the browser's listener types fit). */
interface Listenable<Listener> {
  addListener(listener: Listener): void;
}

/** The slice of the extension API the worker uses (WXT's fake browser plus a few fakes in tests). */
export interface WorkerBrowser extends SiteBrowser {
  action: BadgeApi & PanelApis['action'];
  alarms: {
    create(name: string, info: { periodInMinutes: number; delayInMinutes: number }): Promise<void> | void;
    onAlarm: Listenable<(alarm: { name: string }) => void>;
  };
  commands: { onCommand: Listenable<(command: string, tab?: { windowId?: number }) => void> };
  contextMenus: {
    create(properties: { id: string; title: string; contexts: ['selection'] }): unknown;
    onClicked: Listenable<(info: { menuItemId: string | number; selectionText?: string; pageUrl?: string }, tab?: { id?: number; url?: string }) => void>;
  };
  permissions: SiteBrowser['permissions'] & { onAdded: Listenable<() => void>; onRemoved: Listenable<() => void> };
  runtime: { onInstalled: Listenable<() => void> };
  storage: {
    session: SessionArea;
    /** Rejects where the browser has no managed storage. */
    managed: { get(): Promise<unknown>; onChanged?: Listenable<() => void> };
  };
  tabs: {
    onUpdated: Listenable<(tabId: number, change: { url?: string }) => void>;
    onRemoved: Listenable<(tabId: number) => void>;
  };
  sidePanel?: PanelApis['sidePanel'];
  sidebarAction?: PanelApis['sidebarAction'];
}

/** The seller's settings the worker reads and writes (utils/settings.ts: extension storage items). */
export interface WorkerSettings {
  userTrustedKeys: DurableItem<string[]> & { watch(callback: () => void): unknown };
  userSyncIntervalMinutes: DurableItem<number | null>;
  recoveryMirror: DurableItem<RecoveryMirror | null>;
  recoveryNotice: DurableItem<RecoveryNotice | null>;
  /** Whether the seller shows inline chips on this page (utils/inline-chip-settings.ts): reports from elsewhere get no hints. */
  inlineChipsOn(pageUrl: URL): Promise<boolean>;
}

/** Every sentence the worker shows, in the UI language (built from utils/*-words.ts by the entrypoint). */
export interface WorkerWords {
  badge: BadgeWords;
  matchSelectionMenuTitle: string;
  packChange: PackChangeWords;
  sync: SyncWords;
  recovery: RecoveryWords;
}

export interface WorkerDeps {
  browser: WorkerBrowser;
  db: PersonaMapDb;
  messaging: WorkerMessaging;
  /** The pack work script (lib/background/pack-work-script.ts), loaded on first use. */
  packWork: LazyScript<PackWork>;
  settings: WorkerSettings;
  words: WorkerWords;
  now(): number;
  fetch: typeof fetch;
  /**
   * Reads the lexicon the build wrote (lib/background/worker-lexicon.ts), parsed. The built
   * worker has no lexicon tables and must have it; without it (unit tests, Node) the lexicon is
   * built from the tables at the first match.
   */
  readPrebuiltLexicon?: () => Promise<unknown>;
}

export interface BackgroundWorker {
  /** Resolves once the database was checked at start (tests wait for it). */
  started: Promise<unknown>;
}

export function createWorker({ browser, db, messaging, packWork, settings: stored, words, now, fetch, readPrebuiltLexicon }: WorkerDeps): BackgroundWorker {
  const { onMessage, sendMessage } = messaging;
  /** The demo pack (and the validation it goes through) is only needed by an empty database. */
  const ensureBundledPack = async (): Promise<boolean> => {
    if ((await db.packs.count()) > 0) return false;
    await (await packWork.get()).ensureBundledPack(db);
    return true;
  };
  /** A lost database is found and rebuilt before anything reads it (lib/storage/recovery.ts). */
  const checkDatabase = async () => {
    const report = await recoverLostDatabase(db, stored.recoveryMirror, now(), words.recovery);
    if (report) await stored.recoveryNotice.setValue(report.notice);
    return report;
  };
  const started = checkDatabase().catch((error: unknown) => console.error('Persona Map: database check failed', error));
  // The active packs are read beside the count that tells an empty database (which gets the demo
  // pack, and then is read again): one round trip less before the first match.
  const packs = () =>
    started.then(() => Promise.all([ensureBundledPack(), loadActivePacks(db)])).then(([installed, active]) => (installed ? loadActivePacks(db) : active));
  const installLexicon = readPrebuiltLexicon && prebuiltLexiconInstaller(readPrebuiltLexicon);
  const matcher = new PersonaMatcher(packs, installLexicon);
  // The lexicon and the packs are read at once, side by side, and the packs compiled before the
  // page's report arrives: almost every start matches (the re-match of open tabs below, or the
  // report that woke the worker). A failed read is retried by the first match, which reports it.
  matcher.preload();
  const tabStates = new TabStates(browser.storage.session);
  const history = new ContactHistory(db);
  const settings = (): Promise<EffectiveSettings> =>
    applyPolicy(db, {
      readManaged: () => browser.storage.managed.get(),
      readUserKeys: () => stored.userTrustedKeys.getValue(),
      readUserSyncInterval: () => stored.userSyncIntervalMinutes.getValue(),
    });
  const publisher = createPublisher({ action: browser.action, db, matcher, tabStates, messaging, words: words.badge });
  const { publish, setBadge, asSellerSees } = publisher;
  const { packsChanged, registerSites, adapterPatches } = createPackRefresh({
    browser,
    db,
    matcher,
    tabStates,
    publisher,
    messaging,
    packs,
    ensureBundledPack,
    settings,
    recoveryMirror: stored.recoveryMirror,
  });
  const syncPacks = createPackSync({
    db,
    packWork,
    settings,
    started,
    packsChanged,
    fetch,
    now,
    words: words.sync,
    recoveryMirror: stored.recoveryMirror,
    databaseRebuilt: async () => (await checkDatabase()) !== null,
    invalidateMatcher: () => matcher.invalidate(),
  });

  // Chromium's side panel or Firefox's sidebar: the toolbar button opens it.
  const panel = panelFor(browser);
  panel.openOnToolbarClick();
  browser.runtime.onInstalled.addListener(() => {
    void started.then(ensureBundledPack);
    browser.contextMenus.create({ id: MATCH_SELECTION_MENU, title: words.matchSelectionMenuTitle, contexts: ['selection'] });
  });
  // Sources are checked every minute; each one syncs only when its interval or back-off is due.
  void browser.alarms.create(SYNC_ALARM, { periodInMinutes: 1, delayInMinutes: 0.1 });
  browser.alarms.onAlarm.addListener((alarm) => alarm.name === SYNC_ALARM && void syncPacks());
  // The trust rule holds from the first moment: policy and keys are read at every start of the
  // worker, and whenever either changes (a key written by any page counts too).
  void packsChanged({ atStart: true });
  browser.storage.managed.onChanged?.addListener(() => void packsChanged().then(() => syncPacks()));
  stored.userTrustedKeys.watch(() => void packsChanged());
  browser.permissions.onAdded.addListener(() => void registerSites());
  browser.permissions.onRemoved.addListener(() => void registerSites());
  void registerSites();

  onMessage('contactsDetected', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return [];
    // The seller's corrections are read while the titles are matched (which, at a start, waits for
    // the lexicon and the packs): one database round trip less before the badge. A correction
    // saved after this read re-badges the tab in its queue, after this report.
    const picks = sellerPicksFor(
      db,
      data.contacts.map((contact) => ({ contact })),
    );
    picks.catch(() => undefined); // a failed read fails the badge below, not twice
    // Matched inside the tab's queue, so reports land in the order the page sent them.
    const matched = await tabStates.serialize(tabId, async () => {
      const matched = await matcher.matchContacts(data.contacts);
      // Every report says how healthy the page is now; one without a verdict clears the last.
      const update = { url: data.url, pageKind: data.pageKind, updatedAt: now(), ...(data.health ? { health: data.health } : {}) };
      if (!data.append) {
        await publish({ tabId, ...update, contacts: matched }, picks);
        return matched;
      }
      // List pages report new cards as they render: only those are stored, badged and sent on.
      const { added, state } = await tabStates.append(tabId, update, matched);
      await setBadge(state);
      const delta = { tabId, url: state.url, contacts: added, total: state.total ?? state.contacts.length, updatedAt: state.updatedAt };
      await sendMessage('tabContactsAdded', state.health ? { ...delta, health: state.health } : delta).catch(() => undefined);
      return matched;
    });
    // Recent is written here, so it holds every contact seen, with or without a panel open.
    void history.record(seenContactsOf({ url: data.url, pageKind: data.pageKind, contacts: matched }, now())).catch(() => undefined);
    void recordPersonaHits(
      db,
      matched.map(({ match }) => match),
    ).catch(() => undefined);
    if (!(await stored.inlineChipsOn(new URL(data.url)))) return [];
    return hintsFor(await asSellerSees(matched, picks), await matcher.personaLookup(), words.badge.chip);
  });

  // The seller picked another persona: every tab's badge follows at once.
  onMessage('correctionsChanged', async () => {
    await eachTabState(tabStates, publish);
  });

  onMessage('getTabState', ({ data: tabId }) => tabStates.get(tabId));
  onMessage('packsChanged', () => packsChanged());
  onMessage('syncPacks', ({ data }) => syncPacks(data?.sourceId, data?.force === true));
  onMessage('changePacks', async ({ data }) => {
    const result = await (await packWork.get()).applyPackChange(
      {
        db,
        settings,
        saveUserKeys: (keys) => stored.userTrustedKeys.setValue(keys),
        saveUserSyncInterval: (minutes) => stored.userSyncIntervalMinutes.setValue(minutes),
        words: words.packChange,
      },
      data,
    );
    if (result.ok) await packsChanged();
    return result;
  });
  onMessage('getAdapterPatches', async () => adapterPatches());
  onMessage('getSiteAdapters', async ({ data: href }) => {
    const url = new URL(href);
    return (await packs()).flatMap((pack) => pack.sites ?? []).filter((site) => site.matches.some((p) => matchesPattern(p, url)));
  });

  // A tab that left the page it reported on shows nothing until its content script reports
  // again; a report for the new URL that arrived first is kept. The panel hears of it here
  // rather than watching the tabs itself.
  browser.tabs.onUpdated.addListener(async (tabId, change) => {
    if (!change.url) return;
    const state = await tabStates.get(tabId);
    if (state && state.url !== change.url) {
      await tabStates.forget(tabId);
      await browser.action.setBadgeText({ tabId, text: '' });
      await sendMessage('tabStateCleared', tabId).catch(() => undefined);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => void tabStates.forget(tabId));

  // Any page, by hand: the selected text is the title. The menu hands us the selection, so
  // this needs no access to the page at all.
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MATCH_SELECTION_MENU || tab?.id === undefined || !info.selectionText) return;
    const tabId = tab.id;
    panel.open({ tabId }); // first, while the click still counts as a user gesture
    void (async () => {
      const contacts = await matcher.matchContacts([selectedTitle(info.selectionText!)]);
      await publish({ tabId, url: info.pageUrl ?? tab.url ?? '', pageKind: 'selection', contacts, updatedAt: now() });
    })();
  });

  // The search shortcut opens the panel and puts the cursor in its search box. A panel that is
  // still loading picks the request up from session storage.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== SEARCH_COMMAND || tab?.windowId === undefined) return;
    panel.open({ windowId: tab.windowId });
    void requestFocusSearch(browser.storage.session, now());
    void sendMessage('focusSearch').catch(() => undefined);
  });

  return { started };
}
