/**
 * Reading a page the way a person sees it, identically in a content script and in Node (linkedom).
 *
 * - Text: screen-reader copies dropped, so names never come out as "Jane DoeJane Doe"
 *   (docs/pages.md, LinkedIn profile).
 * - Visibility: layout when the page has one (getClientRects), attribute hints when it does not
 *   (linkedom has no layout; happy-dom fakes an empty one).
 * - Shadow roots: open ones, and `<template shadowrootmode>` left unattached by parsers that do
 *   not implement declarative shadow DOM (linkedom), are searched like light DOM (Salesforce).
 */

/** Screen-reader-only copies: present in the DOM, never shown. */
const SCREEN_READER_ONLY = '.visually-hidden, .sr-only, .a11y-text, .assistive-text, .slds-assistive-text, .screen-reader-text';
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const FRAGMENT_NODE = 11;

export type Root = Document | Element | DocumentFragment;

export function docOf(root: Root): Document {
  return (root.nodeType === 9 ? root : root.ownerDocument) as Document;
}

/** Collapses whitespace and a doubled string ("Jane DoeJane Doe", "Jane Doe Jane Doe"). */
export function cleanText(text: string | null | undefined): string {
  const collapsed = (text ?? '').replace(/[\s\u200b\u200e\u200f\u00a0]+/g, ' ').trim();
  return undouble(collapsed);
}

function undouble(text: string): string {
  // A copy glued on without a space ("AnnaAnna") or a multi-word copy after a space; a one-word
  // repeat with a space ("Bora Bora") can be a real name, so it stays.
  const half = text.length / 2;
  if (Number.isInteger(half) && half >= 2 && text.slice(0, half) === text.slice(half)) return text.slice(0, half);
  const spaced = (text.length - 1) / 2;
  if (Number.isInteger(spaced) && text[spaced] === ' ') {
    const head = text.slice(0, spaced);
    if (head.includes(' ') && head === text.slice(spaced + 1)) return head;
  }
  return text;
}

/** The shadow tree of a host: an attached open root, or a declarative template a parser left as an element. */
function shadowOf(el: Element): DocumentFragment | null {
  const attached = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
  if (attached) return attached;
  // A browser's parser attaches declarative roots itself; one left as a template (markup parsed
  // by DOMParser and swapped in) is the host's first child. Only parsers without declarative
  // shadow DOM (linkedom) need every child looked at.
  if (attachesDeclarativeRoots(el)) {
    const first = el.firstElementChild;
    if (first?.tagName !== 'TEMPLATE') return null;
  }
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (child.tagName === 'TEMPLATE' && child.hasAttribute('shadowrootmode')) {
      const content = (child as HTMLTemplateElement).content;
      if (content) {
        templateHosts.set(content, el);
        return content;
      }
    }
  }
  return null;
}
const templateHosts = new WeakMap<DocumentFragment, Element>();

const declarativeByDoc = new WeakMap<Document, boolean>();
function attachesDeclarativeRoots(el: Element): boolean {
  const doc = el.ownerDocument;
  if (!doc) return false;
  let known = declarativeByDoc.get(doc);
  if (known === undefined) {
    const template = (doc.defaultView as (Window & typeof globalThis) | null)?.HTMLTemplateElement?.prototype;
    known = !!template && 'shadowRootMode' in template && typeof (doc.documentElement as Element | null)?.getClientRects === 'function' && hasLayout(doc);
    declarativeByDoc.set(doc, known);
  }
  return known;
}

/** The parent element, crossing from a shadow tree to its host. */
function parentAcross(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === ELEMENT_NODE) return parent as Element;
  if (parent.nodeType === FRAGMENT_NODE) return (parent as ShadowRoot).host ?? templateHosts.get(parent as DocumentFragment) ?? null;
  return null;
}

/** querySelectorAll that also searches every open shadow root below `root` (and `root`'s own). */
export function deepQueryAll(root: Root, selector: string): Element[] {
  const found: Element[] = [];
  const visit = (scope: Root) => {
    for (const el of Array.from(scope.querySelectorAll(selector))) found.push(el);
    if (scope.nodeType === ELEMENT_NODE) {
      const own = shadowOf(scope as Element);
      if (own) visit(own);
    }
    for (const host of shadowHostsIn(scope)) {
      const shadow = shadowOf(host);
      if (shadow) visit(shadow);
    }
  };
  visit(root);
  return [...new Set(found)];
}

/**
 * Elements under `scope` that host a shadow tree. A browser attaches declarative roots, so only
 * `shadowRoot` is asked, one property read per element (no copy of its children); parsers
 * without declarative shadow DOM (linkedom) leave templates, found by one selector.
 */
function shadowHostsIn(scope: Root): Element[] {
  const hosts: Element[] = [];
  const walker = docOf(scope).createTreeWalker(scope, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if ((node as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot) hosts.push(node as Element);
  for (const template of Array.from(scope.querySelectorAll('template[shadowrootmode]'))) {
    const host = template.parentElement ?? (template.parentNode === scope && scope.nodeType === ELEMENT_NODE ? (scope as Element) : null);
    if (host && host !== scope && !(host as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot) hosts.push(host);
  }
  return hosts;
}

/** The elements not inside another of them: one walk up from each, not a comparison of every pair. */
export function outermost(elements: Iterable<Element>): Element[] {
  const all = new Set(elements);
  const kept: Element[] = [];
  for (const el of all) {
    let inside = false;
    for (let node = el.parentElement; node && !inside; node = node.parentElement) inside = all.has(node);
    if (!inside) kept.push(el);
  }
  return kept;
}

/** Links read per step of `cardsAround` before it yields: a few hundred microseconds. */
const LINKS_PER_STEP = 256;

/**
 * The cards of `root` (a whole page, or a subtree no card encloses), found from the links that
 * name a person and yielded a step at a time, so a content script can yield to the page between
 * steps (lib/content/page-watcher.ts): on a long list the whole page's scan is one of its biggest
 * jobs. One native query finds the links; `cardAround` gives each link's card (a card without
 * such a link names no one), and only the outermost cards found that `keep` accepts are yielded,
 * each once, in the order of their first link. Null is yielded after every step that found no
 * card yet, for the caller to look at its clock. No step compares cards pairwise.
 */
export function* cardsAround(
  root: Document | Element,
  linkSelector: string,
  cardAround: (link: Element) => Element | null | undefined,
  keep: (card: Element) => boolean,
): Generator<Element | null> {
  const links = root.querySelectorAll(linkSelector);
  yield null;
  const found = new Set<Element>();
  for (let i = 0; i < links.length; i++) {
    const card = cardAround(links[i]!);
    if (card) found.add(card);
    if (i % LINKS_PER_STEP === LINKS_PER_STEP - 1) yield null;
  }
  for (const card of found) {
    let inside = false;
    for (let node = card.parentElement; node && !inside; node = node.parentElement) inside = found.has(node);
    yield !inside && keep(card) ? card : null;
  }
}

/**
 * A list adapter's `scanCards`: when `root` sits inside a card (`cardSelector`; an added node
 * rendered into a card), that card as `cardOf` accepts it; else `scanBelow(root)`.
 */
export function scanCardsOf(
  cardSelector: string,
  cardOf: (element: Element) => Element | null,
  scanBelow: (root: Document | Element) => Iterator<Element | null>,
): (root: Document | Element) => Iterator<Element | null> {
  return (root) => {
    if (root.nodeType !== 1 || !(root as Element).closest(cardSelector)) return scanBelow(root);
    const card = cardOf(root as Element);
    return (card ? [card] : []).values();
  };
}

/** Every card a `cardsAround` scan yields, at once. */
export function allCards(scan: Iterator<Element | null>): Element[] {
  const cards: Element[] = [];
  for (let step = scan.next(); !step.done; step = scan.next()) if (step.value) cards.push(step.value);
  return cards;
}

/**
 * The outermost element matching `selector` around `el` (itself included); `known` remembers the
 * answer for each nearest match, so the links of one card climb the page once.
 */
export function outermostAround(el: Element, selector: string, known: Map<Element, Element>): Element | null {
  const nearest = el.closest(selector);
  if (!nearest) return null;
  let outer = known.get(nearest);
  if (!outer) {
    outer = nearest;
    for (let up = nearest.parentElement?.closest(selector); up; up = up.parentElement?.closest(selector)) outer = up;
    known.set(nearest, outer);
  }
  return outer;
}

/** Like Element.closest, but continues through shadow hosts. */
export function closestDeep(el: Element, selector: string): Element | null {
  // Light DOM (every LinkedIn element): one native closest, not a matches() per ancestor.
  const near = el.closest(selector);
  if (near || el.ownerDocument?.documentElement?.contains(el)) return near;
  for (let node: Element | null = el; node; node = parentAcross(node)) if (node.matches(selector)) return node;
  return null;
}

const layoutByDoc = new WeakMap<Document, boolean>();
/**
 * Whether the page has a real layout to ask. A browser with `checkVisibility` has one, known
 * without asking for a box (getClientRects forces a layout of the whole page, tens of ms on a
 * big page just changed); happy-dom, which also has the method, marks its window `happyDOM`.
 * Otherwise a real browser gives the root element a box as wide as the viewport; linkedom has
 * no method, happy-dom a zero box.
 */
function hasLayout(doc: Document): boolean {
  let known = layoutByDoc.get(doc);
  if (known === undefined) {
    const html = doc.documentElement as (Element & { checkVisibility?: unknown }) | null;
    const view = doc.defaultView as object | null;
    if (view && !('happyDOM' in view) && typeof html?.checkVisibility === 'function') known = true;
    else {
      const rects = typeof html?.getClientRects === 'function' ? html.getClientRects() : null;
      known = !!rects && rects.length > 0 && (rects[0]?.width ?? 0) > 0;
    }
    layoutByDoc.set(doc, known);
  }
  return known;
}

/** What marks an element hidden when there is no layout to ask. */
function looksHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i.test(style)) return true;
  const classes = el.classList;
  if (!classes) return false;
  // Salesforce keeps earlier records in the DOM: `.slds-hide`, or an `.oneContent` page host without `.active`.
  return classes.contains('slds-hide') || classes.contains('slds-hidden') || (classes.contains('oneContent') && !classes.contains('active'));
}

export function isVisible(el: Element): boolean {
  if (closestDeep(el, SCREEN_READER_ONLY)) return false;
  const doc = el.ownerDocument;
  if (doc && hasLayout(doc) && el.isConnected) {
    // checkVisibility needs styles only; getClientRects forces a layout of a body just swapped in.
    const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
    return typeof check === 'function' ? check.call(el) : el.getClientRects().length > 0;
  }
  for (let node: Element | null = el; node; node = parentAcross(node)) if (looksHidden(node)) return false;
  return true;
}

/**
 * Visible elements matching `selector` under `root`. Shadow roots are searched only when asked:
 * finding them means visiting every element, a cost LinkedIn pages (no shadow DOM) need not pay.
 */
export function visibleAll(root: Root, selector: string, { deep = false } = {}): Element[] {
  return (deep ? deepQueryAll(root, selector) : Array.from(root.querySelectorAll(selector))).filter(isVisible);
}

/**
 * `visibleAll(root, selector).find(accept)` without asking every match whether it is shown: the
 * matches are tried in document order until one is visible and accepted, and when the first
 * match is, the rest of the tree is not searched at all (a profile's `main` comes early in a page
 * of a megabyte and more).
 */
export function firstVisible(root: Root, selector: string, accept?: (el: Element) => boolean): Element | undefined {
  const wanted = (el: Element) => isVisible(el) && (!accept || accept(el));
  const first = root.querySelector(selector);
  if (!first || wanted(first)) return first ?? undefined;
  const all = root.querySelectorAll(selector);
  for (let i = 1; i < all.length; i++) if (wanted(all[i]!)) return all[i]!;
  return undefined;
}

/**
 * What a text walk skips: data, images, screen-reader copies, hidden parts. `code`: LinkedIn's
 * embedded JSON blobs (`code[id^="bpr-guid-"]`) are data, never shown.
 */
const SKIPPED = `script, style, noscript, template, svg, img, code, ${SCREEN_READER_ONLY}, [hidden]`;
/** SKIPPED, and elements whose style may say display: none (`DISPLAY_NONE`), in one query. */
const SKIP_QUERY = `${SKIPPED}, [style*="display" i]`;
const DISPLAY_NONE = /display\s*:\s*none/i;

/**
 * One tree as a text walk sees it: which elements it skips and which host a shadow tree. A card
 * (read in full, many times per page) asks one native query for both, rather than an attribute
 * read, a class test and a look at the children of every element; a single element read on its
 * own (a profile's parts, some of them whole sections) asks each element as it goes.
 */
interface Scope {
  skips(el: Element): boolean;
  shadowOf(el: Element): DocumentFragment | null;
  /** The shadow host this tree belongs to, for its slots; and the tree the host is in. */
  host?: Element | undefined;
  outer?: Scope;
}

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'IMG', 'CODE']);
const SCREEN_READER_CLASS = new RegExp(
  `(?:^|\\s)(?:${SCREEN_READER_ONLY.split(',')
    .map((selector) => selector.trim().slice(1))
    .join('|')})(?:\\s|$)`,
);

function skippedAsked(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName) || el.hasAttribute('hidden')) return true;
  const classes = el.getAttribute('class');
  if (classes && SCREEN_READER_CLASS.test(classes)) return true;
  const style = el.getAttribute('style');
  return !!style && DISPLAY_NONE.test(style);
}

function askingScope(host?: Element, outer?: Scope): Scope {
  return { skips: skippedAsked, shadowOf, host, ...(outer ? { outer } : {}) };
}

function queriedScope(root: Element | DocumentFragment, host?: Element, outer?: Scope): Scope {
  const skipped = new Set<Element>();
  const templateHosts = new Set<Element>();
  const found = Array.from(root.querySelectorAll(SKIP_QUERY));
  if (root.nodeType === ELEMENT_NODE && (root as Element).matches(SKIP_QUERY)) found.push(root as Element);
  for (const el of found) {
    // Found for its style alone (display: flex), it is shown.
    const style = el.getAttribute('style');
    if (style && !DISPLAY_NONE.test(style) && !el.matches(SKIPPED)) continue;
    skipped.add(el);
    if (el.tagName === 'TEMPLATE' && el.hasAttribute('shadowrootmode') && el.parentElement) templateHosts.add(el.parentElement);
  }
  return {
    skips: (el) => skipped.has(el),
    shadowOf: (el) => (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot ?? (templateHosts.has(el) ? shadowOf(el) : null),
    host,
    ...(outer ? { outer } : {}),
  };
}

/**
 * Text as shown: screen-reader copies, scripts and hidden parts dropped; blocks become `\n`.
 * `marks` asks for the text of some elements inside the walk too (their start and end in
 * `out`), so a card is walked once however many of its parts are read.
 */
function collectText(node: Node, out: string[], scope: Scope, marks: Map<Element, [number, number]> | undefined): void {
  if (node.nodeType === TEXT_NODE) {
    out.push(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType === FRAGMENT_NODE) {
    for (let child = node.firstChild; child; child = child.nextSibling) collectText(child, out, scope, marks);
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const el = node as Element;
  if (scope.skips(el)) return;
  const mark = marks?.get(el);
  if (mark) mark[0] = out.length;
  const tag = el.tagName;
  if (tag === 'SLOT' && scope.host) {
    const host = scope.host;
    const name = el.getAttribute('name');
    const assigned = Array.from(host.childNodes).filter((child) =>
      child.nodeType === ELEMENT_NODE
        ? (child as Element).tagName !== 'TEMPLATE' && ((child as Element).getAttribute('slot') ?? null) === name
        : name === null && child.nodeType === TEXT_NODE,
    );
    // Assigned children live in the host's tree; fallback content in this one (neither has a host for its slots).
    if (assigned.length) for (const child of assigned) collectText(child, out, { ...scope.outer!, host: undefined }, marks);
    else for (const child of Array.from(el.childNodes)) collectText(child, out, { ...scope, host: undefined }, marks);
  } else {
    const block = BLOCK_TAGS.has(tag);
    if (block) out.push('\n');
    const shadow = scope.shadowOf(el);
    if (shadow) collectText(shadow, out, scope.skips === skippedAsked ? askingScope(el, scope) : queriedScope(shadow, el, scope), marks);
    else for (let child = el.firstChild; child; child = child.nextSibling) collectText(child, out, scope, marks);
    if (block) out.push('\n');
  }
  if (mark) mark[1] = out.length;
}

function rawText(el: Element): string {
  const out: string[] = [];
  collectText(el, out, askingScope(), undefined);
  return out.join('');
}

/** The element's visible text on one line; falls back to the screen-reader text when nothing else is there. */
export function readText(el: Element | null | undefined): string {
  if (!el) return '';
  const shown = cleanText(rawText(el));
  return shown || cleanText(el.textContent);
}

const toLines = (raw: string) => raw.split('\n').map(cleanText).filter(Boolean);

/** The element's visible text split into its lines (blocks), each cleaned, empty ones dropped. */
export function readLines(el: Element): string[] {
  return toLines(rawText(el));
}

/** A card read in one walk: its lines, and what `readText` gives for each part asked for. */
export interface CardText {
  lines: string[];
  text(part: Element | null | undefined): string;
}

/** `readLines(card)` and `readText` of each of `parts` (elements inside `card`), in one walk of the card. */
export function readCard(card: Element, parts: ReadonlyArray<Element | null | undefined>): CardText {
  const marks = new Map<Element, [number, number]>();
  for (const part of parts) if (part) marks.set(part, [-1, -1]);
  const out: string[] = [];
  collectText(card, out, queriedScope(card), marks);
  return {
    lines: toLines(out.join('')),
    text(part) {
      if (!part) return '';
      const mark = marks.get(part);
      // A part the walk skipped (inside a hidden block) is read on its own, as readText would.
      if (!mark || mark[0] < 0) return readText(part);
      return cleanText(out.slice(mark[0], mark[1]).join('')) || cleanText(part.textContent);
    },
  };
}

/** Value of a form control or its text. */
export function readValue(el: Element): string {
  if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') return cleanText((el as HTMLInputElement).value || el.getAttribute('value'));
  return readText(el);
}

/** An absolute URL from an element's href (or its nearest link), resolved against the page URL. */
export function linkOf(el: Element, base: URL): URL | null {
  const link = el.matches('a[href]') ? el : (el.closest('a[href]') ?? el.querySelector('a[href]'));
  const href = link?.getAttribute('href');
  if (!href) return null;
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

/** querySelectorAll that treats an invalid selector (an admin's typo) as matching nothing. */
export function safeDeepQueryAll(root: Root, selector: string): Element[] {
  try {
    return deepQueryAll(root, selector);
  } catch {
    return [];
  }
}
