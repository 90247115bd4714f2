/**
 * The background service worker: wiring only. Content scripts report the contacts on a page;
 * this matches them locally against the installed packs, sets the tab's badge and tells the
 * side panel. It also keeps packs in sync and registers admin-defined sites the user allowed.
 * Nothing about a contact leaves the browser.
 *
 * Waking for a page report loads only what matching and the badge need: syncing, importing and
 * changing packs (Zod, YAML, the demo pack) are in a script of their own, loaded on first use
 * (lib/background/pack-work.ts).
 */
import { matchesPattern } from '@/lib/adapters/custom-site';
import { selectedTitle } from '@/lib/adapters/selection';
import { badgeFor, hintsFor } from '@/lib/background/badge';
import { badgeWords, matchSelectionMenuTitle } from '@/utils/badge-words';
import { packChangeWords } from '@/utils/pack-change-words';
import { syncWords } from '@/utils/sync-words';
import { recoveryWords } from '@/utils/recovery-words';
import { registerGrantedSites, siteStatuses } from '@/lib/background/custom-sites';
import { effectiveSettings } from '@/lib/background/pack-settings';
import { packWorkScript } from '@/lib/background/pack-work-script';
import { PersonaMatcher } from '@/lib/background/persona-matcher';
import { applySellerPicks, seenContactsOf, sellerPicksFor } from '@/lib/background/seller-picks';
import { TabStates } from '@/lib/background/tab-states';
import { FOCUS_SEARCH_KEY, onMessage, SEARCH_COMMAND, sendMessage, type TabState } from '@/lib/messaging';
import { enforcePackRules, packRulesFor } from '@/lib/policy/pack-rules';
import { recoveryMirror, recoveryNotice, userSyncIntervalMinutes, userTrustedKeys } from '@/lib/settings';
import { ContactHistory } from '@/lib/storage/contact-history';
import { PersonaMapDb } from '@/lib/storage/db';
import { loadActivePacks, retireBundledPack } from '@/lib/storage/installed-packs';
import { panelFor, type PanelApis } from '@/lib/platform/panel';
import { recoverLostDatabase, saveMirror } from '@/lib/storage/recovery';
import { recordUsage } from '@/lib/storage/usage';
import { dueSources } from '@/lib/sync/sources';
import type { SyncDeps } from '@/lib/sync/sync-source';

const MATCH_SELECTION_MENU = 'match-selection';
const SYNC_ALARM = 'pack-sync';

export default defineBackground(() => {
  const db = new PersonaMapDb();
  const packWork = packWorkScript();
  /** The demo pack (and the validation it goes through) is only needed by an empty database. */
  const ensureBundledPack = async (db: PersonaMapDb) => {
    if ((await db.packs.count()) === 0) await (await packWork.get()).ensureBundledPack(db);
  };
  /** A lost database is found and rebuilt before anything reads it (lib/storage/recovery.ts). */
  const checkDatabase = async () => {
    const report = await recoverLostDatabase(db, recoveryMirror, Date.now(), recoveryWords());
    if (report) await recoveryNotice.setValue(report.notice);
    return report;
  };
  const started = checkDatabase().catch((error: unknown) => console.error('Persona Map: database check failed', error));
  const packs = () => started.then(() => ensureBundledPack(db)).then(() => loadActivePacks(db));
  const matcher = new PersonaMatcher(packs);
  const words = badgeWords();
  const tabStates = new TabStates(browser.storage.session);
  const history = new ContactHistory(db);
  /** The contacts as the seller corrected them: what the badge and the chips show. */
  const asSellerSees = async (contacts: TabState['contacts']) =>
    applySellerPicks(contacts, await sellerPicksFor(db, contacts), await matcher.personaLookup());
  const settings = () =>
    effectiveSettings(db, {
      readManaged: () => browser.storage.managed.get(),
      readUserKeys: () => userTrustedKeys.getValue(),
      readUserSyncInterval: () => userSyncIntervalMinutes.getValue(),
    });

  // Chromium's side panel or Firefox's sidebar: the toolbar button opens it.
  const panel = panelFor(browser as unknown as PanelApis);
  panel.openOnToolbarClick();
  browser.runtime.onInstalled.addListener(() => {
    void started.then(() => ensureBundledPack(db));
    browser.contextMenus.create({ id: MATCH_SELECTION_MENU, title: matchSelectionMenuTitle(), contexts: ['selection'] });
  });
  // Sources are checked every minute; each one syncs only when its interval or back-off is due.
  void browser.alarms.create(SYNC_ALARM, { periodInMinutes: 1, delayInMinutes: 0.1 });
  browser.alarms.onAlarm.addListener((alarm) => alarm.name === SYNC_ALARM && void syncPacks());
  // The trust rule holds from the first moment: policy and keys are read at every start of the
  // worker, and whenever either changes (a key written by any page counts too).
  void packsChanged();
  browser.storage.managed.onChanged?.addListener(() => void packsChanged().then(() => syncPacks()));
  userTrustedKeys.watch(() => void packsChanged());
  browser.permissions.onAdded.addListener(() => void registerSites());
  browser.permissions.onRemoved.addListener(() => void registerSites());
  void registerSites();

  async function publish(state: TabState): Promise<void> {
    const stored = await tabStates.put(state);
    await setBadge(stored);
    // No side panel open is normal: nobody is listening then.
    await sendMessage('tabStateChanged', stored).catch(() => undefined);
  }

  async function setBadge(state: TabState): Promise<void> {
    const badge = badgeFor({ ...state, contacts: await asSellerSees(state.contacts) }, await matcher.personaLookup(), words);
    await Promise.all([
      browser.action.setBadgeText({ tabId: state.tabId, text: badge.text }),
      browser.action.setBadgeBackgroundColor({ tabId: state.tabId, color: badge.color }),
      browser.action.setTitle({ tabId: state.tabId, title: badge.title }),
    ]);
  }

  /** Every active pack's repairs for the built-in adapters, in pack order (lib/adapters/patches.ts). */
  async function adapterPatches() {
    return (await packs()).flatMap((pack) => pack.adapterPatches ?? []);
  }

  /** Open tabs read their page again when the patches changed (tabs.sendMessage needs no `tabs` permission). */
  let patchesSent: string | undefined;
  async function sendPatchesToTabs(): Promise<void> {
    const patches = await adapterPatches();
    const text = JSON.stringify(patches);
    // A worker that just started sent nothing yet: content scripts asked for their own at start.
    if (patchesSent === undefined || patchesSent === text) {
      patchesSent = text;
      return;
    }
    patchesSent = text;
    for (const state of await tabStates.all()) void sendMessage('adapterPatchesChanged', patches, state.tabId).catch(() => undefined);
  }

  async function registerSites(): Promise<void> {
    await registerGrantedSites(browser, await siteStatuses(browser, await packs()));
  }

  /**
   * After an install, sync, rollback, toggle, import or a change of keys or policy: apply the
   * trust rule, then recompile, re-match open tabs, re-register sites.
   */
  async function packsChanged(): Promise<void> {
    await ensureBundledPack(db);
    await enforcePackRules(db, await packRulesFor(await settings()));
    await retireBundledPack(db);
    await saveMirror(db, recoveryMirror);
    matcher.invalidate();
    await registerSites();
    await sendPatchesToTabs();
    for (const state of await tabStates.all())
      await publish({ ...state, contacts: await matcher.matchContacts(state.contacts.map((c) => c.contact)) });
  }

  async function syncPacks(sourceId?: string, force = false) {
    await started;
    // The database can also be lost while the worker runs; restored sources are due at once.
    if (await checkDatabase()) matcher.invalidate();
    const effective = await settings();
    const deps: SyncDeps = {
      db,
      fetch: (input, init) => fetch(input, init),
      now: Date.now,
      trustedKeys: effective.trustedKeys.map((key) => key.value),
      syncIntervalMinutes: effective.syncIntervalMinutes.value,
      policySourcesOnly: !effective.editable.packUrls,
      words: syncWords(),
    };
    // Under lockSettings only the policy's sources sync, by schedule or by request.
    const allowed = sourceId && (effective.editable.packUrls || effective.packUrls.some((url) => url.fromPolicy && url.value === sourceId));
    const results = sourceId
      ? allowed
        ? [await (await packWork.get()).syncSourceNow(deps, sourceId, { force })].filter((r) => r !== undefined)
        : []
      : // The alarm wakes the worker every minute: the pack work is loaded only when a source is due.
        (await dueSources(db, deps.now(), deps.policySourcesOnly)).length
        ? await (await packWork.get()).syncDueSources(deps)
        : [];
    if (results.some((result) => result.kind === 'installed')) await packsChanged();
    else await saveMirror(db, recoveryMirror);
    return results;
  }

  onMessage('contactsDetected', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return [];
    // Matched inside the tab's queue, so reports land in the order the page sent them.
    const matched = await tabStates.serialize(tabId, async () => {
      const matched = await matcher.matchContacts(data.contacts);
      // Every report says how healthy the page is now; one without a verdict clears the last.
      const update = { url: data.url, pageKind: data.pageKind, updatedAt: Date.now(), ...(data.health ? { health: data.health } : {}) };
      if (!data.append) {
        await publish({ tabId, ...update, contacts: matched });
        return matched;
      }
      // List pages report new cards as they render: only those are stored, badged and sent on.
      const { added, state } = await tabStates.append(tabId, update, matched);
      await setBadge(state);
      const delta = { tabId, url: state.url, contacts: added, total: state.total ?? state.contacts.length, updatedAt: state.updatedAt };
      await sendMessage('tabContactsAdded', state.health ? { ...delta, health: state.health } : delta).catch(
        () => undefined,
      );
      return matched;
    });
    // Recent is written here, so it holds every contact seen, with or without a panel open.
    void history.record(seenContactsOf({ url: data.url, pageKind: data.pageKind, contacts: matched }, Date.now())).catch(() => undefined);
    for (const { match } of matched)
      if (match.persona && match.pack) void recordUsage(db, 'persona-hit', match.pack, match.persona);
    return hintsFor(await asSellerSees(matched), await matcher.personaLookup(), words.chip);
  });

  // The seller picked another persona: every tab's badge follows at once.
  onMessage('correctionsChanged', async () => {
    for (const state of await tabStates.all()) await publish(state);
  });

  onMessage('getTabState', ({ data: tabId }) => tabStates.get(tabId));
  onMessage('packsChanged', () => packsChanged());
  onMessage('syncPacks', ({ data }) => syncPacks(data?.sourceId, data?.force === true));
  onMessage('changePacks', async ({ data }) => {
    const result = await (await packWork.get()).applyPackChange(
      {
        db,
        settings,
        saveUserKeys: (keys) => userTrustedKeys.setValue(keys),
        saveUserSyncInterval: (minutes) => userSyncIntervalMinutes.setValue(minutes),
        words: packChangeWords(),
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
    panel.open({ tabId }); // first, while the click still counts as a user gesture
    void (async () => {
      const contacts = await matcher.matchContacts([selectedTitle(info.selectionText!)]);
      await publish({ tabId, url: info.pageUrl ?? tab.url ?? '', pageKind: 'selection', contacts, updatedAt: Date.now() });
    })();
  });

  // The search shortcut opens the panel and puts the cursor in its search box. A panel that is
  // still loading picks the request up from session storage.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== SEARCH_COMMAND || tab?.windowId === undefined) return;
    panel.open({ windowId: tab.windowId });
    void browser.storage.session.set({ [FOCUS_SEARCH_KEY]: Date.now() });
    void sendMessage('focusSearch').catch(() => undefined);
  });
});
