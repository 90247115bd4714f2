/**
 * One reader per page: a pack's `sites` pattern that overlaps the built-in content script's hosts
 * (LinkedIn, Salesforce, HubSpot) must not put the custom-site script on those pages next to it.
 */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_CONTENT_MATCHES, isBuiltInPage } from '../../../lib/adapters/built-in-hosts';
import { siteStatuses } from '../../../lib/adapters/site-permissions';
import { registerGrantedSites, type SiteBrowser } from '../../../lib/background/custom-sites';
import type { SiteAdapter } from '../../../lib/pack/schema';

const site = (id: string, matches: string[]): SiteAdapter => ({ id, name: id, matches, person: { name: ['h1'], title: ['.title'] } });

describe('one reader per page', () => {
  it('registers the custom-site script for granted sites, never on the built-in hosts', async () => {
    let registered: Array<{ matches: string[]; excludeMatches: string[] }> = [];
    const browser: SiteBrowser = {
      permissions: { contains: async () => true },
      scripting: {
        getRegisteredContentScripts: async () => [],
        registerContentScripts: async (scripts) => void (registered = scripts),
        unregisterContentScripts: async () => undefined,
      },
    };
    const packs = [
      { id: 'org', sites: [site('hubspot-deals', ['https://app.hubspot.com/contacts/*']), site('pipedrive', ['https://*.pipedrive.com/person/*'])] },
    ];
    await registerGrantedSites(browser, await siteStatuses(browser, packs));
    expect(registered).toEqual([
      expect.objectContaining({
        matches: ['https://*.pipedrive.com/person/*', 'https://app.hubspot.com/contacts/*'],
        excludeMatches: BUILT_IN_CONTENT_MATCHES,
      }),
    ]);
    // What Chrome then does with the registration: the overlapping pattern's page is excluded.
    expect(isBuiltInPage(new URL('https://app.hubspot.com/contacts/123/contact/456'))).toBe(true);
    expect(isBuiltInPage(new URL('https://acme.lightning.force.com/lightning/r/Contact/003/view'))).toBe(true);
    expect(isBuiltInPage(new URL('https://www.linkedin.com/in/ada/'))).toBe(true);
    expect(isBuiltInPage(new URL('https://acme.pipedrive.com/person/7'))).toBe(false);
  });
});
