/**
 * Every page adapter, and detection on a whole page: the same code in the content script and in
 * `persona-map detect` (Node, linkedom).
 */
import type { AdapterPatch, SiteAdapter } from '../pack/schema';
import type { DetectedContact } from '../contracts/contact';
import { CRM_ADAPTERS } from './crm-adapters';
import { customSiteAdapter } from './custom-site';
import { uniqueByKey } from './fields';
import type { ListAdapter, PageAdapter } from '../contracts/page-adapter';
import { LINKEDIN_ADAPTERS } from './linkedin-adapters';
import { adaptersForUrl } from './patches';

export type { ListAdapter, PageAdapter };

/** Every built-in adapter: the two content scripts' (lib/adapters/built-in-hosts.ts) together, as `persona-map detect` runs them. */
export const ADAPTERS: readonly PageAdapter[] = [...LINKEDIN_ADAPTERS, ...CRM_ADAPTERS];

/** The built-in adapters for this URL (with the packs' `adapterPatches`), then the pack's own (`sites`) that match it. */
export function adaptersFor(url: URL, sites: readonly SiteAdapter[] = [], patches: readonly AdapterPatch[] = []): PageAdapter[] {
  return [...builtInAdaptersFor(url, patches), ...sites.map(customSiteAdapter).filter((adapter) => adapter.matches(url))];
}

/** The built-in adapters for this URL, repaired by the packs' `adapterPatches`: what the shipped content scripts run. */
export function builtInAdaptersFor(url: URL, patches: readonly AdapterPatch[] = []): PageAdapter[] {
  return adaptersForUrl(ADAPTERS, url, patches);
}

/** Every contact on the page, once each (by key); an adapter that throws is reported to `onError` and skipped. */
export function detectContacts(
  doc: Document,
  url: URL,
  sites: readonly SiteAdapter[] = [],
  onError?: (adapterId: string, error: unknown) => void,
  patches: readonly AdapterPatch[] = [],
): DetectedContact[] {
  return uniqueByKey(
    adaptersFor(url, sites, patches).flatMap((adapter) => {
      try {
        return adapter.extract(doc, url);
      } catch (error) {
        onError?.(adapter.id, error);
        return [];
      }
    }),
  );
}
