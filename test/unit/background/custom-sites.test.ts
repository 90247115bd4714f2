import { describe, expect, it } from 'vitest';
import { permissionOrigin, siteStatuses } from '../../../lib/adapters/site-permissions';
import { CUSTOM_SITE_SCRIPT_ID, registerGrantedSites, type SiteBrowser } from '../../../lib/background/custom-sites';
import type { SiteAdapter } from '../../../lib/pack/schema';

const site = (id: string, matches: string[]): SiteAdapter => ({ id, name: id, matches, person: { name: ['h1'], title: ['.title'] } });

function fakeBrowser(granted: string[]) {
  let registered: Array<{ id: string; matches: string[] }> = [];
  const browser: SiteBrowser = {
    permissions: { contains: async ({ origins }) => origins.every((o) => granted.includes(o)) },
    scripting: {
      getRegisteredContentScripts: async ({ ids }) => registered.filter((s) => ids.includes(s.id)),
      registerContentScripts: async (scripts) => void registered.push(...scripts),
      unregisterContentScripts: async ({ ids }) => void (registered = registered.filter((s) => !ids.includes(s.id))),
    },
  };
  return { browser, registered: () => registered };
}

describe('admin-defined sites', () => {
  it('asks for the host of a match pattern, any path', () => {
    expect(permissionOrigin('https://*.pipedrive.com/person/*')).toBe('https://*.pipedrive.com/*');
    expect(permissionOrigin('https://crm.example.com/contacts/*/view')).toBe('https://crm.example.com/*');
  });

  it('runs the custom-site script only on granted hosts, and re-registers when grants change', async () => {
    const packs = [{ id: 'org', sites: [site('pipedrive', ['https://*.pipedrive.com/person/*']), site('close', ['https://app.close.com/lead/*'])] }];
    const fake = fakeBrowser(['https://*.pipedrive.com/*']);
    const statuses = await siteStatuses(fake.browser, packs);
    expect(statuses.map((s) => [s.site.id, s.granted])).toEqual([
      ['pipedrive', true],
      ['close', false],
    ]);
    await registerGrantedSites(fake.browser, statuses);
    expect(fake.registered()).toEqual([expect.objectContaining({ id: CUSTOM_SITE_SCRIPT_ID, matches: ['https://*.pipedrive.com/person/*'] })]);

    await registerGrantedSites(
      fake.browser,
      statuses.map((s) => ({ ...s, granted: false })),
    );
    expect(fake.registered()).toEqual([]);
  });
});
