import { describe, expect, it } from 'vitest';
import { badgeFor, BADGE_COLORS, ListTallies, shortLabel } from '../../../lib/background/badge';
import { badgeWords } from '../../../utils/badge-words';
import type { MatchedContact, TabState } from '../../../lib/contracts/tab-state';
import type { Persona } from '../../../lib/pack/schema';

const personas: Record<string, Persona> = {
  'security-gatekeeper': { id: 'security-gatekeeper', name: 'Security Gatekeeper', kind: 'primary', match: { titles: ['ciso'] } },
  'not-a-buyer': { id: 'not-a-buyer', name: 'Not a buyer', kind: 'negative', match: { titles: ['student'] } },
};
const lookup = (_pack: string, id: string) => personas[id];

function matched(name: string, persona: string | null, kind: Persona['kind'] | null = persona ? 'primary' : null): MatchedContact {
  const field = (value: string) => ({ value, source: 'structure' as const, confidence: 1 });
  return {
    contact: { adapter: 'x', key: name, name: field(name), title: field('t'), company: null, profileUrl: null },
    match: {
      input: 't',
      persona,
      pack: persona ? 'demo' : null,
      kind,
      score: 1,
      reasons: [],
      alternatives: [],
      analysis: { input: 't', title: 't', company: null, function: null, functions: [], seniority: null, ambiguous: [] },
    },
  };
}
const state = (pageKind: TabState['pageKind'], contacts: MatchedContact[]): TabState => ({ tabId: 1, url: 'https://x/', pageKind, contacts, updatedAt: 0 });

describe('the toolbar badge', () => {
  it('is empty when the page shows nobody', () => {
    expect(badgeFor(null, lookup, badgeWords()).text).toBe('');
    expect(badgeFor(state('profile', []), lookup, badgeWords()).text).toBe('');
  });

  it("says what the button does when the page shows nobody, as the manifest's default title does", () => {
    expect(badgeFor(null, lookup, badgeWords()).title).toBe('Persona Map — buyer persona for this page');
    expect(badgeFor(state('profile', []), lookup, badgeWords()).title).toBe('Persona Map — buyer persona for this page');
  });

  it('shows the persona initials for a profile, with the full name in the tooltip', () => {
    const badge = badgeFor(state('profile', [matched('Jane Doe', 'security-gatekeeper')]), lookup, badgeWords());
    expect(badge).toEqual({ text: 'SG', color: BADGE_COLORS.primary, title: 'Persona Map: Jane Doe is Security Gatekeeper' });
  });

  it('marks a negative persona as not a fit', () => {
    const badge = badgeFor(state('profile', [matched('Sam', 'not-a-buyer', 'negative')]), lookup, badgeWords());
    expect(badge).toMatchObject({ text: '✕', color: BADGE_COLORS.negative });
    expect(badge.title).toContain('not a fit');
  });

  it('shows a question mark when nothing matched', () => {
    expect(badgeFor(state('profile', [matched('Sam', null)]), lookup, badgeWords())).toMatchObject({ text: '?', title: 'Persona Map: Sam matches no persona' });
  });

  it('counts contacts on a list page', () => {
    const badge = badgeFor(
      state('list', [matched('A', 'security-gatekeeper'), matched('B', null), matched('C', 'not-a-buyer', 'negative')]),
      lookup,
      badgeWords(),
    );
    expect(badge.text).toBe('3');
    expect(badge.title).toBe('Persona Map: 3 contacts on this page, 1 matching a buyer persona');
  });

  it('says when only the first contacts of a longer list were matched', () => {
    const listed = { ...state('list', [matched('A', 'security-gatekeeper'), matched('B', null)]), total: 40 };
    expect(badgeFor(listed, lookup, badgeWords()).title).toBe('Persona Map: 40 contacts on this page, 1 of the first 2 matching a buyer persona');
  });

  it("derives short labels from names, or takes the pack's own", () => {
    expect(shortLabel({ name: 'Economic Buyer', kind: 'primary' })).toBe('EB');
    expect(shortLabel({ name: 'VP / Head of IT & Ops', kind: 'secondary' })).toBe('VHO');
    expect(shortLabel({ name: 'Champion', kind: 'primary', badge: 'CHMP' })).toBe('CHMP');
  });
});

describe("the can't-read badge", () => {
  const unreadable = { readable: false, adapter: 'linkedin-profile', problem: 'no-contact' as const };
  it('shows "!" in its own colour, with a sentence saying what to do, whether or not something was read', () => {
    for (const contacts of [[], [matched('Jane Doe', 'security-gatekeeper')]]) {
      const badge = badgeFor({ ...state('profile', contacts), health: unreadable }, lookup, badgeWords());
      expect(badge).toEqual({ text: '!', color: BADGE_COLORS.unreadable, title: expect.stringMatching(/^Persona Map can't read this page/) });
    }
    expect(
      Object.entries(BADGE_COLORS)
        .filter(([, color]) => color === BADGE_COLORS.unreadable)
        .map(([kind]) => kind),
    ).toEqual(['unreadable']);
  });

  it('is the persona badge again once the page reads well', () => {
    expect(
      badgeFor(
        { ...state('profile', [matched('Jane Doe', 'security-gatekeeper')]), health: { readable: true, adapter: 'linkedin-profile' } },
        lookup,
        badgeWords(),
      ).text,
    ).toBe('SG');
  });
});

describe("a list tab's matched count, kept batch by batch", () => {
  /** The seller's corrections: who is marked wrong, and how many contacts each call was shown. */
  const seller = (wrong: Set<string>) => {
    const calls: number[] = [];
    const asSeen = async (contacts: MatchedContact[]) => {
      calls.push(contacts.length);
      return contacts.map((c) => (wrong.has(c.contact.key) ? { ...c, match: { ...c.match, persona: null, pack: null, kind: null } } : c));
    };
    return { calls, asSeen };
  };
  const list = (contacts: MatchedContact[], url = 'https://x/'): TabState => ({ tabId: 1, url, pageKind: 'list', contacts, updatedAt: 0 });

  it('corrects only the contacts stored since the last batch, and counts as the seller sees them', async () => {
    const tallies = new ListTallies();
    const { calls, asSeen } = seller(new Set(['B']));
    const first = [matched('A', 'security-gatekeeper'), matched('B', 'security-gatekeeper'), matched('C', 'not-a-buyer', 'negative')];
    expect(await tallies.matched(list(first), asSeen, { fresh: true })).toBe(1);
    const grown = [...first, matched('D', 'security-gatekeeper'), matched('E', null)];
    expect(await tallies.matched(list(grown), asSeen)).toBe(2);
    expect(calls).toEqual([3, 2]);
    // The count is what counting every stored contact gives.
    const all = await seller(new Set(['B'])).asSeen(grown);
    expect(badgeFor(list(grown), lookup, badgeWords(), 2)).toEqual(badgeFor(list(all), lookup, badgeWords()));
  });

  it('counts from scratch when the list was replaced: fresh, another URL, another first contact', async () => {
    const tallies = new ListTallies();
    const wrong = new Set<string>();
    const { calls, asSeen } = seller(wrong);
    const contacts = [matched('A', 'security-gatekeeper'), matched('B', 'security-gatekeeper')];
    expect(await tallies.matched(list(contacts), asSeen, { fresh: true })).toBe(2);
    // A correction re-publishes the same contacts: fresh, so it is counted again.
    wrong.add('A');
    expect(await tallies.matched(list(contacts), asSeen, { fresh: true })).toBe(1);
    expect(await tallies.matched(list(contacts, 'https://x/?page=2'), asSeen)).toBe(1);
    expect(await tallies.matched(list([matched('Z', null), ...contacts]), asSeen)).toBe(1);
    expect(calls).toEqual([2, 2, 2, 3]);
  });
});
