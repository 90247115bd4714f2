/**
 * What follows a change of the installed packs (an install, sync, rollback, toggle, import, or a
 * change of keys or policy): the trust rule applied, the matcher recompiled, open tabs matched
 * again, the custom-site script registered for the granted sites, and the built-in content
 * scripts sent the packs' new adapter patches.
 */
import type { AdapterPatch, Pack } from '../pack/schema';
import type { EffectiveSettings } from '../policy/managed';
import { enforcePackRules, packRulesFor } from '../policy/pack-rules';
import type { PersonaMapDb } from '../storage/db';
import { retireBundledPack } from '../storage/installed-packs';
import { saveMirror, type DurableItem, type RecoveryMirror } from '../storage/recovery';
import { siteStatuses } from '../adapters/site-permissions';
import { registerGrantedSites, type SiteBrowser } from './custom-sites';
import type { PersonaMatcher } from './persona-matcher';
import type { Publisher } from './publish';
import type { TabStates } from '../storage/tab-states';
import { eachTabState } from './each-tab-state';
import type { WorkerMessaging } from './worker-messaging';

export interface PackRefreshDeps {
  browser: SiteBrowser;
  db: PersonaMapDb;
  matcher: PersonaMatcher;
  tabStates: TabStates;
  publisher: Publisher;
  messaging: WorkerMessaging;
  /** The active packs, once the database was checked (and the demo pack installed into an empty one). */
  packs(): Promise<Pack[]>;
  /** True when it installed the demo pack into an empty database. */
  ensureBundledPack(): Promise<boolean>;
  settings(): Promise<EffectiveSettings>;
  recoveryMirror: DurableItem<RecoveryMirror | null>;
}

export interface PackRefresh {
  /**
   * `atStart`: the worker just started. The trust rule is applied then too, but the tabs were
   * matched with these very packs before the worker stopped: unless applying it changed a pack,
   * nothing is recompiled or re-matched (that work held up the report of the page that woke the
   * worker, in the same tab's queue).
   */
  packsChanged(options?: { atStart?: boolean }): Promise<void>;
  registerSites(): Promise<void>;
  /** Every active pack's repairs for the built-in adapters, in pack order (lib/adapters/patches.ts). */
  adapterPatches(): Promise<AdapterPatch[]>;
}

export function createPackRefresh(deps: PackRefreshDeps): PackRefresh {
  const { browser, db, matcher, tabStates, publisher, messaging } = deps;

  async function adapterPatches(): Promise<AdapterPatch[]> {
    return (await deps.packs()).flatMap((pack) => pack.adapterPatches ?? []);
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
    for (const state of await tabStates.all()) void messaging.sendMessage('adapterPatchesChanged', patches, state.tabId).catch(() => undefined);
  }

  async function registerSites(): Promise<void> {
    await registerGrantedSites(browser, await siteStatuses(browser, await deps.packs()));
  }

  async function packsChanged({ atStart = false } = {}): Promise<void> {
    const installed = await deps.ensureBundledPack();
    const blocked = await enforcePackRules(db, await packRulesFor(await deps.settings()));
    const retired = await retireBundledPack(db);
    await saveMirror(db, deps.recoveryMirror);
    if (atStart && !installed && !blocked && !retired) {
      await sendPatchesToTabs(); // records what content scripts got, for the next change
      return;
    }
    matcher.invalidate();
    await registerSites();
    await sendPatchesToTabs();
    await eachTabState(tabStates, async (state) =>
      publisher.publish({ ...state, contacts: await matcher.matchContacts(state.contacts.map((c) => c.contact)) }),
    );
  }

  return { packsChanged, registerSites, adapterPatches };
}
