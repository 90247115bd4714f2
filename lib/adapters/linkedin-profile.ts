/**
 * LinkedIn profile `/in/<slug>/`, both the 2025 DOM and the 2026 rebuilt one (hashed classes,
 * `data-view-name`, lazy sections): docs/pages.md, "LinkedIn profile".
 */
import type { DetectedContact } from '../contracts/contact';
import { docOf, firstVisible, isVisible, readText } from './dom';
import { candidate, canonicalLinkedInProfile, companyFromHeadline, contact, linkedinSlug, nameFromLinkedInTitle, pickField } from './fields';
import type { PageAdapter } from '../contracts/page-adapter';
import { isFurniture, nameFrom, titleFrom } from './furniture';

const OUTSIDE_PROFILE = 'aside, nav, header, footer, [role="dialog"], [data-view-name="profile-browsemap"]';
/** For elements already known to be visible (firstVisible): not in a rail, the header or a dialog. */
const inProfileArea = (el: Element) => !el.closest(OUTSIDE_PROFILE);

interface ProfileJson {
  name: string | null;
  headline: string | null;
}

/**
 * The embedded `code[id^="bpr-guid-"]` JSON mostly describes the viewer; only an entity whose
 * publicIdentifier equals the URL's slug is about this profile.
 */
function profileJson(root: Document | Element, slug: string): ProfileJson | null {
  for (const code of Array.from(root.querySelectorAll('code[id^="bpr-guid-"]'))) {
    const found = entityIn(code, slug);
    if (found) {
      const name = [found.firstName, found.lastName].filter((part) => typeof part === 'string' && part).join(' ');
      return { name: name || null, headline: typeof found.headline === 'string' ? found.headline : null };
    }
  }
  return null;
}

/**
 * The blob's entity for `slug`, parsed once per blob: the watcher reads a profile again on every
 * mutation batch until it has rendered, and a blob is 6–15 ms of JSON.parse on a real page.
 * Keyed on the element and its text node, so a blob the app rewrites is parsed again. A blob
 * that never names the slug (the viewer's, the network's: most of a real page's JSON) is not
 * parsed at all.
 */
function entityIn(code: Element, slug: string): Record<string, unknown> | null {
  let parsed = parsedBlobs.get(code);
  // The same text node of the same length: the same blob, without copying its text to compare.
  if (!parsed || parsed.node !== code.firstChild || parsed.length !== (code.firstChild?.nodeValue?.length ?? -1)) {
    parsed = { node: code.firstChild, length: code.firstChild?.nodeValue?.length ?? -1, data: undefined, bySlug: new Map() };
    parsedBlobs.set(code, parsed);
  }
  if (parsed.bySlug.has(slug)) return parsed.bySlug.get(slug) ?? null;
  let entity: Record<string, unknown> | null = null;
  // A blob is one text node: its value is the text without textContent's copy of a megabyte.
  const only = code.firstChild;
  const text = (only && !only.nextSibling && only.nodeType === 3 ? only.nodeValue : code.textContent) ?? '';
  if (text.length <= 2_000_000 && text.includes('publicIdentifier') && mayName(text, slug)) {
    if (parsed.data === undefined) {
      try {
        parsed.data = JSON.parse(text);
      } catch {
        parsed.data = null;
      }
    }
    entity = findEntity(parsed.data, slug, 0);
  }
  parsed.bySlug.set(slug, entity);
  return entity;
}
const parsedBlobs = new WeakMap<Element, { node: ChildNode | null; length: number; data: unknown; bySlug: Map<string, Record<string, unknown> | null> }>();

const IDENTIFIER_KEY = '"publicIdentifier":"';

/**
 * Whether a blob's text can hold `"publicIdentifier":"<slug>"` (any case): a scan for the key
 * (a plain indexOf, far cheaper than parsing or a case-insensitive regex over a megabyte) and a
 * look at each value. A slug JSON may escape (`\u00e9`), or JSON not written compactly, cannot
 * be ruled out from the text: such blobs are parsed.
 */
function mayName(text: string, slug: string): boolean {
  if (!/^[\w-]+$/.test(slug)) return true;
  const wanted = slug.toLowerCase();
  let at = text.indexOf(IDENTIFIER_KEY);
  if (at < 0) return true;
  for (; at >= 0; at = text.indexOf(IDENTIFIER_KEY, at + IDENTIFIER_KEY.length)) {
    const start = at + IDENTIFIER_KEY.length;
    if (text.charCodeAt(start + slug.length) === 34 /* " */ && text.slice(start, start + slug.length).toLowerCase() === wanted) return true;
  }
  return false;
}

function findEntity(node: unknown, slug: string, depth: number): Record<string, unknown> | null {
  if (!node || typeof node !== 'object' || depth > 8) return null;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findEntity(item, slug, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = node as Record<string, unknown>;
  const id = record.publicIdentifier;
  if (typeof id === 'string' && id.toLowerCase() === slug.toLowerCase()) return record;
  for (const value of Object.values(record)) {
    const found = findEntity(value, slug, depth + 1);
    if (found) return found;
  }
  return null;
}

/** "Current company: Acme Inc.. Click to skip to experience card" → "Acme Inc.". */
function companyFromAriaLabel(label: string | null): string | null {
  const rest = label?.replace(/^Current company:\s*/i, '');
  if (!rest || rest === label) return null;
  return rest.replace(/\.\s*Click to skip.*$/i, '').trim() || null;
}

/**
 * The profile's name heading: `main h1` since early 2026, an `h2` in the top card before. A
 * heading that is page furniture ("People also viewed" in a rail rendered into `main`) is not it.
 */
function nameHeading(main: Document | Element): Element | null {
  const isName = (el: Element) => inProfileArea(el) && !!nameFrom(readText(el));
  return (
    firstVisible(main, 'h1', isName) ?? firstVisible(main, 'a[href*="/overlay/about-this-profile"] h2, [data-view-name="profile-top-card"] h2', isName) ?? null
  );
}

/** The first text block after the name in the top card: the headline when no data attribute marks it. */
function lineAfter(heading: Element, name: string | null): string | null {
  let node: Element | null = heading;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    for (let next = node.nextElementSibling; next; next = next.nextElementSibling) {
      if (!isVisible(next) || next.matches('button, [role="button"]')) continue;
      const text = readText(next);
      if (text && text !== name && !isFurniture(text) && !/^\(.*\)$/.test(text)) return text;
    }
  }
  return null;
}

export const linkedinProfileAdapter: PageAdapter = {
  id: 'linkedin-profile',
  pageKind: 'profile',
  matches: (url) => url.protocol === 'https:' && /^\/in\/[^/]+(?:\/|\/overlay\/.*)?$/.test(url.pathname) && !!canonicalLinkedInProfile(url),

  extract(root, url, patch): DetectedContact[] {
    const key = canonicalLinkedInProfile(url);
    const slug = linkedinSlug(url);
    if (!key || !slug) return [];
    const doc = docOf(root);
    const main = firstVisible(root, 'main, [role="main"]') ?? root;
    const heading = nameHeading(main);
    const topCard = firstVisible(main, '[data-view-name="profile-top-card"]') ?? heading?.closest('section') ?? (main as Element);
    const json = profileJson(root, slug);

    const aboutLink = firstVisible(main, 'a[href*="/overlay/about-this-profile"][aria-label]', inProfileArea);
    const picture = firstVisible(main, 'button[aria-label="open profile picture" i] img', inProfileArea);
    const headingText = heading ? readText(heading) : null;
    // Every signal of the name, furniture dropped; agreeing ones win (a stale title after a navigation loses).
    const name =
      patch?.('name', root) ??
      pickField([
        candidate(nameFrom(nameFromLinkedInTitle(doc.title ?? '')), 'document-title', 0.8),
        candidate(nameFrom(aboutLink?.getAttribute('aria-label'), { label: true }), 'aria', 0.85),
        candidate(nameFrom(picture?.getAttribute('alt') || picture?.getAttribute('title'), { label: true }), 'aria', 0.7),
        candidate(nameFrom(json?.name), 'json', 0.75),
        candidate(nameFrom(headingText), 'structure', 0.7),
        candidate(nameFrom(readText(firstVisible(main, '.text-heading-xlarge', inProfileArea))), 'class', 0.5),
      ]);

    const title =
      patch?.('title', root) ??
      pickField([
        candidate(titleFrom(readText(firstVisible(topCard, '[data-generated-suggestion-target]', inProfileArea))), 'data-attribute', 0.85),
        candidate(titleFrom(json?.headline), 'json', 0.75),
        candidate(heading ? lineAfter(heading, headingText) : null, 'structure', 0.6),
        candidate(titleFrom(readText(firstVisible(topCard, '.text-body-medium', inProfileArea))), 'class', 0.5),
      ]);

    const currentCompany = firstVisible(main, '[aria-label^="Current company" i]', inProfileArea);
    const company =
      patch?.('company', root) ??
      pickField([
        candidate(companyFromAriaLabel(currentCompany?.getAttribute('aria-label') ?? null), 'aria', 0.85),
        candidate(currentCompany ? readText(currentCompany) : null, 'structure', 0.6),
        candidate(companyFromHeadline(title?.value), 'structure', 0.4),
      ]);

    if (!name) return [];
    return [contact('linkedin-profile', key, { name, title, company, profileUrl: { value: key, source: 'url', confidence: 1 } })];
  },
};
