import { describe, expect, it } from 'vitest';
import { namedAccountFor } from '../../../lib/accounts/named-accounts';
import demoPackJson from '../../../lib/pack/demo-pack.json';
import { PackSchema } from '../../../lib/pack/schema';

const demo = PackSchema.parse(demoPackJson);

describe('named accounts of a pack', () => {
  it('matches a contact’s company by name, alias or domain, whatever the spelling, with the persona’s play', () => {
    for (const company of ['Fabrikam, Inc.', 'FABRIKAM LTD.', '@ Fabrikam', 'The Fabrikam Group', 'fabrikam.com'])
      expect(namedAccountFor([demo], company, 'security-gatekeeper')?.account.id, company).toBe('fabrikam');
    expect(namedAccountFor([demo], 'Fabrikam GmbH', 'economic-buyer')?.play).toMatch(/ROI calculator/);
    expect(namedAccountFor([demo], 'Fabrikam', 'not-a-buyer')?.play).toBeUndefined();
    expect(namedAccountFor([demo], 'Fabrikam Logistics', 'security-gatekeeper')).toBeUndefined();
    expect(namedAccountFor([demo], null)).toBeUndefined();
  });

  it('validates plays against the pack’s personas and account ids for uniqueness', () => {
    const pack = structuredClone(demoPackJson) as unknown as { accounts: Array<{ id: string; plays: Array<{ persona: string }> }> };
    pack.accounts[0]!.plays[0]!.persona = 'nobody';
    pack.accounts.push(structuredClone(pack.accounts[0]!));
    const issues = PackSchema.safeParse(pack).error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toContain('accounts.0.plays.0.persona: names persona "nobody", which is not in this pack');
    expect(issues).toContain('accounts.1.id: account id "fabrikam" is used twice; ids must be unique');
  });
});
