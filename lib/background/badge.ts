/**
 * What the toolbar badge says for a tab. The badge is the only hint shown on LinkedIn by
 * default (docs/pages.md: no DOM writes there), so it must read at a glance.
 */
import type { Persona } from '../pack/schema';
import type { MatchedContact, TabState } from '../contracts/tab-state';
import type { ContactHint } from '../contracts/hint';

export interface Badge {
  text: string;
  color: string;
  /** Tooltip: the full sentence behind the short text. */
  title: string;
}

/**
 * The tooltip's sentences in the UI language. The worker builds them from locales/*.yml
 * (utils/badge-words.ts); this module only decides which one a tab gets.
 */
export interface BadgeWords {
  /** The toolbar button's tooltip when the tab shows no contact (the manifest's default too). */
  idle: string;
  /** A supported page Persona Map could not read (lib/adapters/health.ts). */
  unreadable: string;
  /** Who a contact without a name is. */
  thisContact: string;
  list(counts: { total: number; matched: number; shown: number | null }): string;
  noPersona(who: string): string;
  notAFit(who: string, persona: string): string;
  is(who: string, persona: string): string;
  /** What inline chips say (lib/content/chips.ts). */
  chip: ChipWords;
}

export const BADGE_COLORS = { primary: '#1d4ed8', secondary: '#0f766e', negative: '#6b7280', none: '#9ca3af', unreadable: '#b45309' } as const;

/** A supported page Persona Map could not read (lib/adapters/health.ts): its own text, colour and sentence. */
export const UNREADABLE_BADGE_TEXT = '!';

/** "Security Gatekeeper" → "SG"; a persona's own `badge` wins; at most 4 characters fit. */
export function shortLabel(persona: Pick<Persona, 'name' | 'kind'> & { badge?: string }): string {
  if (persona.badge) return persona.badge.slice(0, 4);
  if (persona.kind === 'negative') return '✕';
  const initials = persona.name
    .split(/[\s\-/&]+/)
    .filter((word) => /^\p{L}/u.test(word))
    .map((word) => word[0]!.toUpperCase())
    .join('');
  return initials.slice(0, 3) || persona.name.slice(0, 3);
}

export type PersonaLookup = (packId: string, personaId: string) => Persona | undefined;

const isMatched = (c: MatchedContact) => c.match.persona !== null && c.match.kind !== 'negative';

/**
 * `matched`, when given, is how many of a list's stored contacts match a persona as the seller
 * sees them (ListTallies keeps it batch by batch); else it is counted from `state.contacts`.
 */
export function badgeFor(state: TabState | null, findPersona: PersonaLookup, words: BadgeWords, matchedCount?: number): Badge {
  const empty: Badge = { text: '', color: BADGE_COLORS.none, title: words.idle };
  if (state?.health?.readable === false) return { text: UNREADABLE_BADGE_TEXT, color: BADGE_COLORS.unreadable, title: words.unreadable };
  if (!state || state.contacts.length === 0) return empty;

  if (state.pageKind === 'list') {
    const matched = matchedCount ?? state.contacts.filter(isMatched).length;
    const total = Math.max(state.total ?? 0, state.contacts.length);
    return {
      text: String(total),
      color: matched > 0 ? BADGE_COLORS.primary : BADGE_COLORS.none,
      title: words.list({ total, matched, shown: total > state.contacts.length ? state.contacts.length : null }),
    };
  }

  const { contact, match } = state.contacts[0]!;
  const who = contact.name?.value ?? words.thisContact;
  const persona = match.persona && match.pack ? findPersona(match.pack, match.persona) : undefined;
  if (!persona) return { text: '?', color: BADGE_COLORS.none, title: words.noPersona(who) };
  return {
    text: shortLabel(persona),
    color: BADGE_COLORS[persona.kind],
    title: persona.kind === 'negative' ? words.notAFit(who, persona.name) : words.is(who, persona.name),
  };
}

/**
 * How many of each list tab's stored contacts match a persona as the seller sees them, kept up
 * to date batch by batch: a list page reports its cards in many small batches, and correcting
 * and counting every contact the tab shows for each would make a batch cost the whole list
 * (quadratic over a page's load; 30–180 ms per batch at 1,000 contacts).
 * A tally is counted from scratch when the tab's list was replaced (a new page, a re-match
 * after corrections or a pack change: `fresh`), or after a worker restart.
 */
export class ListTallies {
  private readonly tallies = new Map<number, { url: string; first: MatchedContact | undefined; counted: number; matched: number }>();

  /**
   * The matched count of `state`'s stored contacts. `asSeen` applies the seller's corrections;
   * only contacts stored since the last call are passed to it, unless `fresh`.
   */
  async matched(state: TabState, asSeen: (contacts: MatchedContact[]) => Promise<MatchedContact[]>, { fresh = false } = {}): Promise<number> {
    const known = this.tallies.get(state.tabId);
    const contacts = state.contacts;
    // Appending keeps the list's first contact and only grows it; anything else is a new list.
    const grows = !fresh && !!known && known.url === state.url && known.first === contacts[0] && known.counted <= contacts.length;
    const from = grows ? known.counted : 0;
    const newly = from === 0 ? contacts : contacts.slice(from);
    const matched = (grows ? known.matched : 0) + (newly.length ? (await asSeen(newly)).filter(isMatched).length : 0);
    this.tallies.set(state.tabId, { url: state.url, first: contacts[0], counted: contacts.length, matched });
    return matched;
  }
}

/** A chip's words; the worker passes them in the UI language (utils/badge-words.ts). */
export interface ChipWords {
  noPersona: string;
  notAFit(persona: string): string;
}

export const englishChipWords: ChipWords = {
  noPersona: 'No persona',
  notAFit: (persona) => `Not a fit · ${persona}`,
};

/** Text of a chip (lib/content/chips.ts shows it): "SG · Security Gatekeeper", "Not a fit · Recruiter", "No persona". */
export function chipText(hint: Omit<ContactHint, 'text' | 'key'>, words: ChipWords = englishChipWords): string {
  if (!hint.personaName) return words.noPersona;
  return hint.kind === 'negative' ? words.notAFit(hint.personaName) : `${hint.label} · ${hint.personaName}`;
}

/** The persona of each contact, as inline chips show it. */
export function hintsFor(contacts: MatchedContact[], findPersona: PersonaLookup, words: ChipWords = englishChipWords): ContactHint[] {
  return contacts.map(({ contact, match }) => {
    const persona = match.persona && match.pack ? findPersona(match.pack, match.persona) : undefined;
    const hint = {
      key: contact.key,
      label: persona ? shortLabel(persona) : '?',
      personaName: persona?.name ?? null,
      kind: persona?.kind ?? null,
    };
    return { ...hint, text: chipText(hint, words) };
  });
}
