/**
 * Admin-defined sites (a pack's `sites`): the extension runs its generic custom-site content
 * script only on hosts the user has granted (optional host permissions), never elsewhere.
 * Which sites are granted is a pure read (lib/adapters/site-permissions.ts); registering is the worker's.
 */
import { BUILT_IN_CONTENT_MATCHES } from '../adapters/built-in-hosts';
import type { SitePermissions, SiteStatus } from '../adapters/site-permissions';

/** The slice of the browser API this needs (a fake in unit tests). */
export interface SiteBrowser extends SitePermissions {
  scripting: {
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<Array<{ id: string }>>;
    registerContentScripts(
      scripts: Array<{ id: string; matches: string[]; excludeMatches: string[]; js: string[]; runAt: 'document_idle'; persistAcrossSessions: boolean }>,
    ): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  };
}

export const CUSTOM_SITE_SCRIPT_ID = 'persona-map-custom-sites';
export const CUSTOM_SITE_SCRIPT_FILE = 'content-scripts/custom-site.js';

/**
 * (Re-)registers the custom-site content script for exactly the granted sites' patterns, except
 * on the built-in content script's hosts: one reader per page (lib/adapters/built-in-hosts.ts).
 */
export async function registerGrantedSites(browser: SiteBrowser, statuses: SiteStatus[]): Promise<string[]> {
  const matches = [...new Set(statuses.filter((s) => s.granted).flatMap((s) => s.site.matches))].sort();
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [CUSTOM_SITE_SCRIPT_ID] });
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [CUSTOM_SITE_SCRIPT_ID] });
  if (matches.length > 0)
    await browser.scripting.registerContentScripts([
      {
        id: CUSTOM_SITE_SCRIPT_ID,
        matches,
        excludeMatches: BUILT_IN_CONTENT_MATCHES,
        js: [CUSTOM_SITE_SCRIPT_FILE],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  return matches;
}
