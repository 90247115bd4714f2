/**
 * The two shipped content scripts (lib/adapters/built-in-hosts.ts): each built-in adapter is in
 * the script whose hosts it reads, so no page loses its adapter to the split and no host has two readers.
 */
import { describe, expect, it } from 'vitest';
import { CRM_CONTENT_MATCHES, LINKEDIN_CONTENT_MATCHES } from '../../../lib/adapters/built-in-hosts';
import { CRM_ADAPTERS } from '../../../lib/adapters/crm-adapters';
import { matchesPattern } from '../../../lib/adapters/custom-site';
import { LINKEDIN_ADAPTERS } from '../../../lib/adapters/linkedin-adapters';
import { ADAPTERS } from '../../../lib/adapters/registry';

const PAGES = [
  'https://www.linkedin.com/in/jane-doe/',
  'https://www.linkedin.com/search/results/people/?keywords=x',
  'https://www.linkedin.com/company/contoso/people/',
  'https://www.linkedin.com/sales/lead/ACwAAA1,NAME_SEARCH,x',
  'https://www.linkedin.com/sales/search/people?query=x',
  'https://acme.lightning.force.com/lightning/r/Lead/00QDn000007XyZaMAK/view',
  'https://acme.my.salesforce.com/lightning/r/Contact/003Dn000007XyZaMAK/view',
  'https://app-eu1.hubspot.com/contacts/1/record/0-1/2',
];

describe('the built-in content scripts', () => {
  it('share out every built-in adapter, each once', () => {
    expect([...LINKEDIN_ADAPTERS, ...CRM_ADAPTERS].map((a) => a.id).sort()).toEqual(ADAPTERS.map((a) => a.id).sort());
  });

  it.each(PAGES)('%s: runs in exactly one script, which holds its adapter', (href) => {
    const url = new URL(href);
    const scripts = [
      { matches: LINKEDIN_CONTENT_MATCHES, adapters: LINKEDIN_ADAPTERS },
      { matches: CRM_CONTENT_MATCHES, adapters: CRM_ADAPTERS },
    ].filter((script) => script.matches.some((pattern) => matchesPattern(pattern, url)));
    expect(scripts).toHaveLength(1);
    const wanted = ADAPTERS.filter((a) => a.matches(url)).map((a) => a.id);
    expect(wanted).not.toEqual([]);
    expect(scripts[0]!.adapters.filter((a) => a.matches(url)).map((a) => a.id)).toEqual(wanted);
  });
});
