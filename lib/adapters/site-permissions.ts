/**
 * Admin-defined sites (a pack's `sites`) and whether the user granted the host access each needs
 * (optional host permissions). A pure read: the options page shows it, the worker registers the
 * custom-site content script for the granted ones (lib/background/custom-sites.ts).
 */
import type { SiteAdapter } from '../pack/schema';

/** The permission origin a match pattern needs: `https://*.pipedrive.com/person/*` → `https://*.pipedrive.com/*`. */
export function permissionOrigin(pattern: string): string {
  const { protocol, host } = /^(?<protocol>https):\/\/(?<host>[^/]+)\//.exec(pattern)!.groups!;
  return `${protocol}://${host}/*`;
}

export interface SiteStatus {
  site: SiteAdapter;
  packId: string;
  origins: string[];
  granted: boolean;
}

/** The slice of the browser API reading the statuses needs (a fake in unit tests). */
export interface SitePermissions {
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
}

export async function siteStatuses(browser: SitePermissions, packs: Array<{ id: string; sites?: SiteAdapter[] }>): Promise<SiteStatus[]> {
  const statuses: SiteStatus[] = [];
  for (const pack of packs)
    for (const site of pack.sites ?? []) {
      const origins = [...new Set(site.matches.map(permissionOrigin))];
      statuses.push({ site, packId: pack.id, origins, granted: await browser.permissions.contains({ origins }) });
    }
  return statuses;
}
