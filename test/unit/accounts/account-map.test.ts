import { describe, expect, it } from 'vitest';
import { accountMap, accountOf, findThemUrl, neededRoles } from '../../../lib/accounts/account-map';
import demoPackJson from '../../../lib/pack/demo-pack.json';
import { PackSchema } from '../../../lib/pack/schema';
import type { SeenContact } from '../../../lib/storage/db';
import { testPack } from '../panel/fixtures';

const demo = PackSchema.parse(demoPackJson);
const row = (key: string, name: string, company: string | null, persona: string | null, seenAt: number, seenOn = 'LinkedIn'): SeenContact => ({
  key,
  name,
  title: 't',
  company,
  profileUrl: null,
  persona,
  pack: persona ? 'acme-test' : null,
  seenAt,
  seenOn,
  pageUrl: `https://example.com/${key}`,
});

describe('the account map', () => {
  const history = [
    row('a', 'Ann Ito', 'Fabrikam, Inc.', 'security-gatekeeper', 30, 'LinkedIn'),
    row('b', 'Bob Ray', 'FABRIKAM LTD.', 'economic-buyer', 20, 'Salesforce'),
    row('c', 'Cyd Oz', 'Fabrikam GmbH', null, 10, 'LinkedIn'),
    row('d', 'Dee Fox', 'Globex', 'security-gatekeeper', 40),
    row('e', 'Eve Lin', 'State University', 'student', 50),
    row('a', 'Ann Ito', 'Fabrikam, Inc.', 'security-gatekeeper', 5), // seen earlier too: one person
  ];

  it('groups three spellings into one account with the roles filled, missing and a coverage figure', () => {
    const accounts = accountMap(history, [testPack]);
    const fabrikam = accounts.find((a) => a.key === 'fabrikam')!;
    expect(fabrikam.name).toBe('Fabrikam');
    expect(fabrikam.spellings.sort()).toEqual(['FABRIKAM LTD.', 'Fabrikam GmbH', 'Fabrikam, Inc.']);
    // testPack's buyer personas carry gatekeeper, economic-buyer and champion.
    expect(fabrikam.roles.map((r) => [r.role, r.members.map((m) => `${m.name} (${m.seenOn})`)])).toEqual([
      ['champion', []],
      ['economic-buyer', ['Bob Ray (Salesforce)']],
      ['gatekeeper', ['Ann Ito (LinkedIn)']],
    ]);
    expect([fabrikam.filled, fabrikam.needed]).toEqual([2, 3]);
    expect(fabrikam.others.map((m) => m.name)).toEqual(['Cyd Oz']);
    expect(fabrikam.lastSeenAt).toBe(30);
  });

  it('sorts by coverage, leaves out companies with no buyer, and finds a contact’s account by any spelling', () => {
    const accounts = accountMap(history, [testPack]);
    expect(accounts.map((a) => [a.name, a.filled])).toEqual([
      ['Fabrikam', 2],
      ['Globex', 1],
    ]);
    expect(accountOf(accounts, '@ fabrikam')?.key).toBe('fabrikam');
    expect(accountOf(accounts, 'Initech')).toBeUndefined();
  });

  it('applies the seller’s picks', () => {
    const corrections = new Map([
      ['c', { key: 'c', title: 't', matchedPersona: null, chosenPersona: 'champion', pack: 'acme-test', wrongMatch: true, at: 1 }],
      ['b', { key: 'b', title: 't', matchedPersona: 'economic-buyer', chosenPersona: null, pack: 'acme-test', wrongMatch: true, at: 1 }],
    ]);
    const fabrikam = accountMap(history, [testPack], corrections).find((a) => a.key === 'fabrikam')!;
    expect(fabrikam.roles.filter((r) => r.members.length).map((r) => r.role)).toEqual(['champion', 'gatekeeper']);
    expect(fabrikam.others.map((m) => m.name)).toEqual(['Bob Ray']);
  });

  it('needs the roles the installed packs define', () => {
    expect(neededRoles([demo]).map((r) => r.role)).toEqual(['champion', 'economic-buyer', 'technical-evaluator', 'gatekeeper', 'executive-sponsor']);
  });
});

describe('"find them"', () => {
  it('is a LinkedIn people search for the company with the persona’s titles', () => {
    const champion = demo.personas.find((p) => p.id === 'compliance-champion')!;
    const url = new URL(findThemUrl('Fabrikam', champion));
    expect(url.origin + url.pathname).toBe('https://www.linkedin.com/search/results/people/');
    const titles = champion.match.titles!.slice(0, 3).map((t) => (t.includes(' ') ? `"${t}"` : t));
    expect(url.searchParams.get('keywords')).toBe(`Fabrikam (${titles.join(' OR ')})`);
  });
  it('quotes a company of several words and falls back to keywords', () => {
    const persona = { ...demo.personas[0]!, match: { keywords: { any: ['devsecops'] } } };
    expect(new URL(findThemUrl('Groupe Lumière', persona)).searchParams.get('keywords')).toBe('"Groupe Lumière" devsecops');
  });
});
