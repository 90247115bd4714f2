import { describe, expect, it } from 'vitest';
import { badgeFor, hintsFor } from '../../../lib/background/badge';
import { badgeWords } from '../../../utils/badge-words';
import { applySellerPicks, seenContactsOf, seenOnLabel } from '../../../lib/background/seller-picks';
import type { MatchedContact } from '../../../lib/contracts/tab-state';
import type { Persona } from '../../../lib/pack/schema';
import type { Correction } from '../../../lib/storage/db';

const personas: Record<string, Persona> = {
  gatekeeper: { id: 'gatekeeper', name: 'Security Gatekeeper', kind: 'primary', match: { titles: ['ciso'] } },
  champion: { id: 'champion', name: 'Compliance Champion', kind: 'secondary', match: { titles: ['compliance'] } },
};
const lookup = (_pack: string, id: string) => personas[id];
const field = (value: string) => ({ value, source: 'structure' as const, confidence: 1 });
function matched(key: string, persona: string | null): MatchedContact {
  return {
    contact: { adapter: 'x', key, name: field(`Name ${key}`), title: field('CISO'), company: field('Acme'), profileUrl: null },
    match: {
      input: 'CISO',
      persona,
      pack: persona ? 'demo' : null,
      kind: persona ? personas[persona]!.kind : null,
      score: 1,
      reasons: [],
      alternatives: [],
      analysis: { input: 'CISO', title: 'CISO', company: null, function: null, functions: [], seniority: null, ambiguous: [] },
    },
  };
}
const correction = (key: string, chosenPersona: string | null): Correction => ({
  key,
  title: 'CISO',
  matchedPersona: 'gatekeeper',
  chosenPersona,
  pack: 'demo',
  wrongMatch: true,
  at: 1,
});

describe("the seller's pick", () => {
  it('replaces the match on the badge and the chips; "wrong match" leaves none; others stay', () => {
    const contacts = [matched('a', 'gatekeeper'), matched('b', 'gatekeeper'), matched('c', 'gatekeeper')];
    const picks = new Map([
      ['a', correction('a', 'champion')],
      ['b', correction('b', null)],
    ]);
    const shown = applySellerPicks(contacts, picks, lookup);
    expect(shown.map((c) => c.match.persona)).toEqual(['champion', null, 'gatekeeper']);
    expect(badgeFor({ tabId: 1, url: 'https://x/', pageKind: 'profile', contacts: shown, updatedAt: 0 }, lookup, badgeWords())).toMatchObject({
      text: 'CC',
      title: 'Persona Map: Name a is Compliance Champion',
    });
    expect(hintsFor(shown, lookup).map((h) => h.label)).toEqual(['CC', '?', 'SG']);
    // The engine's answer is kept where the panel reads it.
    expect(contacts[0]!.match.persona).toBe('gatekeeper');
  });

  it('ignores a pick of a persona that is no longer installed', () => {
    const shown = applySellerPicks([matched('a', 'gatekeeper')], new Map([['a', correction('a', 'gone')]]), lookup);
    expect(shown[0]!.match.persona).toBe('gatekeeper');
  });
});

describe('what the background records in Recent', () => {
  it('names where a contact was seen', () => {
    expect(seenOnLabel('https://www.linkedin.com/in/jane/')).toBe('LinkedIn');
    expect(seenOnLabel('https://www.linkedin.com/sales/lead/ACwAA,NAME,x')).toBe('Sales Navigator');
    expect(seenOnLabel('https://acme.lightning.force.com/lightning/r/Contact/003/view')).toBe('Salesforce');
    expect(seenOnLabel('https://app-eu1.hubspot.com/contacts/1/record/0-1/2')).toBe('HubSpot');
    expect(seenOnLabel('https://crm.example.org/person/1')).toBe('crm.example.org');
  });

  it('records every named contact of a page with its engine match, not a hand-picked title', () => {
    const contacts = [matched('a', 'gatekeeper'), matched('b', null)];
    const rows = seenContactsOf({ url: 'https://acme.my.salesforce.com/003', pageKind: 'profile', contacts }, 42);
    expect(rows).toEqual([
      expect.objectContaining({
        key: 'a',
        name: 'Name a',
        company: 'Acme',
        persona: 'gatekeeper',
        pack: 'demo',
        seenAt: 42,
        seenOn: 'Salesforce',
        pageUrl: 'https://acme.my.salesforce.com/003',
      }),
      expect.objectContaining({ key: 'b', persona: null, seenOn: 'Salesforce' }),
    ]);
    expect(seenContactsOf({ url: 'https://x.example/', pageKind: 'selection', contacts }, 42)).toEqual([]);
  });
});
