/**
 * Where the shipped content script (entrypoints/pages.content.ts) runs: LinkedIn, Salesforce
 * Lightning and HubSpot. A pack's `sites` pattern on these hosts would put a second reader on the
 * same page (two scripts reporting the same tab, each report replacing the other's), so the
 * custom-site script is never registered for them and stands down if it runs there anyway; the
 * packs repair the built-in adapters there with `adapterPatches` instead.
 */
import { matchesPattern } from './custom-site';

export const BUILT_IN_CONTENT_MATCHES = [
  'https://www.linkedin.com/*',
  'https://*.lightning.force.com/*',
  'https://*.my.salesforce.com/*',
  'https://*.hubspot.com/*',
];

/** True on a page the shipped content script reads. */
export const isBuiltInPage = (url: URL): boolean => BUILT_IN_CONTENT_MATCHES.some((pattern) => matchesPattern(pattern, url));
