/**
 * What the seller decided wins everywhere the extension shows a persona: the badge, the chips,
 * the list view and Recent. Corrections are stored per contact key (lib/storage/corrections.ts);
 * the engine's match stays in the tab state so the panel can still say "the rules said X".
 */
import type { MatchedContact, TabState } from '../contracts/tab-state';
import type { Correction, PersonaMapDb, SeenContact } from '../storage/db';
import { seenContactFrom } from '../storage/contact-history';
import type { PersonaLookup } from './badge';

/**
 * The contacts as the seller wants them shown: a picked persona replaces the match; "wrong match"
 * without a pick leaves none. A pick of a persona no longer installed is ignored.
 */
export function applySellerPicks(contacts: readonly MatchedContact[], corrections: ReadonlyMap<string, Correction>, lookup: PersonaLookup): MatchedContact[] {
  return contacts.map((item) => {
    const correction = corrections.get(item.contact.key);
    if (!correction) return item;
    if (correction.chosenPersona && correction.pack) {
      const persona = lookup(correction.pack, correction.chosenPersona);
      if (!persona) return item;
      return { ...item, match: { ...item.match, persona: persona.id, pack: correction.pack, kind: persona.kind } };
    }
    if (correction.wrongMatch) return { ...item, match: { ...item.match, persona: null, pack: null, kind: null } };
    return item;
  });
}

const SITES: Array<[RegExp, string]> = [
  [/^https:\/\/www\.linkedin\.com\/sales\//, 'Sales Navigator'],
  [/^https:\/\/([a-z0-9-]+\.)*linkedin\.com\//, 'LinkedIn'],
  [/^https:\/\/[^/]+\.(lightning\.force\.com|salesforce\.com)\//, 'Salesforce'],
  [/^https:\/\/([a-z0-9-]+\.)*hubspot\.com\//, 'HubSpot'],
];

/** "Where seen", as a seller names it: the product, or the host of an admin-defined CRM. */
export function seenOnLabel(pageUrl: string): string {
  for (const [pattern, label] of SITES) if (pattern.test(pageUrl)) return label;
  try {
    return new URL(pageUrl).hostname;
  } catch {
    return 'this browser';
  }
}

/**
 * The history rows for a tab's report: every contact detected, whether or not a panel is open.
 * A hand-picked title (context menu) is not a contact and is not recorded.
 */
export function seenContactsOf(state: Pick<TabState, 'url' | 'pageKind' | 'contacts'>, now: number): SeenContact[] {
  if (state.pageKind === 'selection') return [];
  const seenOn = seenOnLabel(state.url);
  return state.contacts
    .filter(({ contact }) => contact.name?.value)
    .map(({ contact, match }) => ({ ...seenContactFrom(contact, match, now), seenOn, pageUrl: state.url }));
}

/** The seller's corrections for these contacts, from the local database. */
export async function sellerPicksFor(
  db: Pick<PersonaMapDb, 'corrections'>,
  contacts: readonly Pick<MatchedContact, 'contact'>[],
): Promise<Map<string, Correction>> {
  if (contacts.length === 0) return new Map();
  const rows = await db.corrections.bulkGet(contacts.map((c) => c.contact.key));
  return new Map(rows.filter((row): row is Correction => !!row).map((row) => [row.key, row]));
}
