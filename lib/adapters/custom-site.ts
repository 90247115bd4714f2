/**
 * Admin-defined adapters from a pack's `sites` (docs/persona-pack.md, "SiteAdapter"):
 * pages of CRMs the project does not ship (Pipedrive, Dynamics 365, Close, Attio…).
 */
import type { SiteAdapter } from '../pack/schema';
import type { ContactField } from '../contracts/contact';
import { isVisible, linkOf, readValue, safeDeepQueryAll } from './dom';
import type { PageAdapter } from '../contracts/page-adapter';

/**
 * Chrome match-pattern rules, https only: host `*`, `*.example.com` (the domain and its
 * subdomains) or exact; path a glob where `*` is any run of characters, matched against path and query.
 */
export function matchesPattern(pattern: string, url: URL): boolean {
  const parts = /^https:\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!parts || url.protocol !== 'https:') return false;
  const [, host, path] = parts as unknown as [string, string, string];
  const hostname = url.hostname.toLowerCase();
  const wanted = host.toLowerCase();
  if (wanted.startsWith('*.')) {
    const domain = wanted.slice(2);
    if (hostname !== domain && !hostname.endsWith(`.${domain}`)) return false;
  } else if (wanted !== '*' && wanted !== hostname) return false;
  const glob = new RegExp(
    `^${path
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return glob.test(url.pathname + url.search);
}

/** The first selector that finds a visible, non-empty element wins; later ones are fallbacks, less sure. */
function firstField(root: Document | Element, selectors: readonly string[] | undefined): { field: ContactField } | null {
  for (const [i, selector] of (selectors ?? []).entries()) {
    for (const el of safeDeepQueryAll(root, selector)) {
      if (!isVisible(el)) continue;
      const value = readValue(el);
      if (value) return { field: { value, source: 'custom', confidence: Math.max(0.5, 0.9 - 0.1 * i) } };
    }
  }
  return null;
}

/** A profile link need not have text (an icon): the first visible element with an https link wins. */
function firstLink(root: Document | Element, selectors: readonly string[] | undefined, base: URL): { href: string; confidence: number } | null {
  for (const [i, selector] of (selectors ?? []).entries()) {
    for (const el of safeDeepQueryAll(root, selector)) {
      const href = isVisible(el) ? linkOf(el, base) : null;
      if (href?.protocol === 'https:') return { href: href.href, confidence: Math.max(0.5, 0.9 - 0.1 * i) };
    }
  }
  return null;
}

export function customSiteAdapter(site: SiteAdapter): PageAdapter {
  const id = `custom:${site.id}`;
  return {
    id,
    pageKind: 'profile',
    matches: (url) => site.matches.some((pattern) => matchesPattern(pattern, url)),
    extract(root, url) {
      const name = firstField(root, site.person.name);
      if (!name) return [];
      const link = firstLink(root, site.person.profileUrl, url);
      const key = link?.href ?? `${url.origin}${url.pathname}`;
      return [
        {
          adapter: id,
          key,
          name: name.field,
          title: firstField(root, site.person.title)?.field ?? null,
          company: firstField(root, site.person.company)?.field ?? null,
          profileUrl: link ? { value: link.href, source: 'custom', confidence: link.confidence } : { value: key, source: 'url', confidence: 0.9 },
        },
      ];
    },
  };
}
