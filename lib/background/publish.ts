/**
 * Showing a tab's state: store it, set its toolbar badge and tell the side panel. The badge and
 * the chips show the contacts as the seller corrected them (lib/background/seller-picks.ts).
 */
import type { MatchedContact, TabState } from '../contracts/tab-state';
import type { Correction, PersonaMapDb } from '../storage/db';
import { badgeFor, ListTallies, type BadgeWords } from './badge';
import type { PersonaMatcher } from './persona-matcher';
import { applySellerPicks, sellerPicksFor } from './seller-picks';
import type { TabStates } from '../storage/tab-states';
import type { WorkerMessaging } from './worker-messaging';

/** The slice of `browser.action` the badge needs. */
export interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
}

export interface PublisherDeps {
  action: BadgeApi;
  db: PersonaMapDb;
  matcher: PersonaMatcher;
  tabStates: TabStates;
  messaging: WorkerMessaging;
  words: BadgeWords;
}

/** The seller's corrections for some contacts, read ahead (sellerPicksFor) or else when needed. */
export type SellerPicks = Promise<ReadonlyMap<string, Correction>>;

export interface Publisher {
  /** Stores the tab's state, badges it and sends it to the panel. */
  publish(state: TabState, picks?: SellerPicks): Promise<void>;
  /** A list's badge counts only the contacts stored since the last one (`fresh`: the list was replaced). */
  setBadge(state: TabState, options?: { fresh?: boolean; picks?: SellerPicks }): Promise<void>;
  /** The contacts as the seller corrected them: what the badge and the chips show. */
  asSellerSees(contacts: MatchedContact[], picks?: SellerPicks): Promise<MatchedContact[]>;
}

export function createPublisher({ action, db, matcher, tabStates, messaging, words }: PublisherDeps): Publisher {
  const asSellerSees = async (contacts: MatchedContact[], picks?: SellerPicks) =>
    applySellerPicks(contacts, await (picks ?? sellerPicksFor(db, contacts)), await matcher.personaLookup());

  const listTallies = new ListTallies();

  async function setBadge(state: TabState, { fresh = false, picks }: { fresh?: boolean; picks?: SellerPicks } = {}): Promise<void> {
    const badge =
      state.pageKind === 'list'
        ? badgeFor(state, await matcher.personaLookup(), words, await listTallies.matched(state, asSellerSees, { fresh }))
        : badgeFor({ ...state, contacts: await asSellerSees(state.contacts, picks) }, await matcher.personaLookup(), words);
    await Promise.all([
      action.setBadgeText({ tabId: state.tabId, text: badge.text }),
      action.setBadgeBackgroundColor({ tabId: state.tabId, color: badge.color }),
      action.setTitle({ tabId: state.tabId, title: badge.title }),
    ]);
  }

  async function publish(state: TabState, picks?: SellerPicks): Promise<void> {
    // The badge is set while the state is written (storage.session is a round trip to the browser).
    const stored = await tabStates.put(state, (next) => setBadge(next, { fresh: true, picks }));
    // No side panel open is normal: nobody is listening then.
    await messaging.sendMessage('tabStateChanged', stored).catch(() => undefined);
  }

  return { publish, setBadge, asSellerSees };
}
