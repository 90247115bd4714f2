/**
 * Where the shipped content scripts run: the LinkedIn one (entrypoints/pages.content.ts) on
 * LinkedIn, the CRM one (entrypoints/crm.content.ts) on Salesforce Lightning and HubSpot; each
 * host has one of them, so a page compiles only the adapters that can read it. A pack's `sites`
 * pattern on these hosts would put a second reader on the same page (two scripts reporting the
 * same tab, each report replacing the other's), so the custom-site script is never registered
 * for them and stands down if it runs there anyway; the packs repair the built-in adapters there
 * with `adapterPatches` instead.
 */
import { matchesPattern } from './custom-site';

export const LINKEDIN_CONTENT_MATCHES = ['https://www.linkedin.com/*'];
export const CRM_CONTENT_MATCHES = ['https://*.lightning.force.com/*', 'https://*.my.salesforce.com/*', 'https://*.hubspot.com/*'];
export const BUILT_IN_CONTENT_MATCHES = [...LINKEDIN_CONTENT_MATCHES, ...CRM_CONTENT_MATCHES];

/** True on a page a shipped content script reads. */
export const isBuiltInPage = (url: URL): boolean => BUILT_IN_CONTENT_MATCHES.some((pattern) => matchesPattern(pattern, url));
