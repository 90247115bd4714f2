/**
 * "Save page structure for your admin": the page as HTML with everything that could name a
 * person replaced by placeholders of the same length, so an admin can write an `adapterPatches`
 * fix against it (`persona-map detect --html skeleton.html`) without ever seeing who was on it.
 *
 * Kept: tags, nesting, comments' places, class names, attribute names, roles, the values of
 * attributes that describe structure (data-view-name, data-anonymize, ARIA states…), open shadow
 * roots (as declarative templates), and the route words of links (`/in/`, `/sales/lead/`).
 * Replaced: every text node (script and JSON blobs included), every other attribute value (alt,
 * title, aria-label, value, placeholder, unknown data-*), every path segment, query value and
 * fragment of a link, and digits in ids. A masked link segment gets a placeholder unique to its
 * value, so two cards never collapse into one contact and a card's two links to one person stay
 * one. When unsure, the value is replaced (docs/admin/adapter-patches.md lists the rules).
 *
 * The page is read, never changed: the walk serializes as it goes (no clone, no innerHTML, which
 * LinkedIn's Trusted Types forbid), in slices that yield to the page like the watcher's.
 */

const SKELETON_FORMAT = 'persona-map page structure v1';
const HEADER = /^<!DOCTYPE html>\s*<!-- persona-map page structure v1 url=(\S+) adapter=(\S*) -->/;

/** The page address (masked) and adapter a skeleton was saved on, or null for any other HTML. */
export function skeletonHeader(html: string): { url: string; adapter: string | null } | null {
  const match = HEADER.exec(html.slice(0, 4000));
  return match ? { url: match[1]!, adapter: match[2] || null } : null;
}

/**
 * Every character but leading and trailing white space becomes `x`, the last one `.`: lengths
 * stay, words do not, and a placeholder never reads as a doubled screen-reader copy ("xxxx" would
 * be halved by the adapters' de-duplication, lib/adapters/dom.ts).
 */
export function maskText(text: string): string {
  // One pass of plain loops: JSON blobs in pages run to megabytes.
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  let length = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is one character.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) i++;
    length++;
  }
  return text.slice(0, start) + (length > 1 ? `${'x'.repeat(length - 1)}.` : 'x'.repeat(length)) + text.slice(end);
}
const isSpace = (code: number) =>
  code === 0x20 ||
  (code >= 0x09 && code <= 0x0d) ||
  code === 0xa0 ||
  code === 0xfeff ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x3000 ||
  code === 0x1680 ||
  code === 0x202f ||
  code === 0x205f;

const maskDigits = (value: string) => value.replace(/\d/g, '0');

/** Values that name a state or a kind, never a person. */
const KEPT_ATTRIBUTES = new Set([
  'class',
  'role',
  'type',
  'slot',
  'dir',
  'lang',
  'tabindex',
  'hidden',
  'disabled',
  'checked',
  'selected',
  'readonly',
  'required',
  'multiple',
  'shadowrootmode',
  'loading',
  'decoding',
  'rel',
  'target',
  'method',
  'colspan',
  'rowspan',
  'scope',
  'width',
  'height',
  'draggable',
  'contenteditable',
  'spellcheck',
  'autocomplete',
  'inputmode',
  'translate',
  'open',
  'aria-hidden',
  'aria-expanded',
  'aria-selected',
  'aria-checked',
  'aria-pressed',
  'aria-level',
  'aria-live',
  'aria-current',
  'aria-haspopup',
  'aria-modal',
  'aria-orientation',
  'aria-busy',
  'aria-disabled',
  'aria-readonly',
  'aria-required',
  'charset',
  'http-equiv',
  'aria-atomic',
  'aria-relevant',
  'aria-sort',
  'aria-invalid',
  'aria-multiline',
  'aria-multiselectable',
  'aria-autocomplete',
  'data-rehydrated',
]);
/** Names of things (ids, test hooks, field API names): kept, their digits replaced (ember ids, member numbers). */
const NAMING_ATTRIBUTES = new Set([
  'id',
  'for',
  'name',
  'form',
  'list',
  'headers',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'aria-activedescendant',
  'aria-details',
  'aria-errormessage',
  'aria-flowto',
  'field-label',
  'data-view-name',
  'data-anonymize',
  'data-selenium-test',
  'data-selenium-component',
  'data-card-type',
  'data-target-selection-name',
  'data-x-search-result',
  'data-test',
  'data-testid',
  'data-test-id',
  'data-aura-class',
  'data-component-id',
  'data-generated-suggestion-target',
]);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'cite', 'background', 'xlink:href', 'data-href']);
/**
 * Fixed UI wording at the start of a label the adapters and admins select on ("Current company: …",
 * "Invite … to connect"); the rest of the label is replaced.
 */
const KEPT_LABEL_PREFIXES = ['Current company: ', 'Invite ', 'View ', 'open profile picture'];
const LABEL_ATTRIBUTES = new Set(['aria-label', 'title', 'alt']);

/** Path segments that are routes of the supported sites, not identities. */
const ROUTE_WORDS = new Set([
  'in',
  'sales',
  'lead',
  'people',
  'search',
  'results',
  'lists',
  'company',
  'school',
  'overlay',
  'about-this-profile',
  'details',
  'experience',
  'recent-activity',
  'feed',
  'posts',
  'lightning',
  'r',
  'o',
  'view',
  'Contact',
  'Lead',
  'Account',
  'Opportunity',
  'home',
  'contacts',
  'contact',
  'record',
  'objects',
  '0-1',
  '0-2',
  'companies',
  'redir',
  'messaging',
  'mynetwork',
  'jobs',
]);
const KNOWN_HOSTS = ['linkedin.com', 'licdn.com', 'force.com', 'salesforce.com', 'hubspot.com'];

interface Masker {
  url(value: string): string;
  attribute(name: string, value: string): string;
}

function masker(): Masker {
  const placeholders = new Map<string, string>();
  /** Same value, same placeholder; different values, different ones (up to what the length allows). */
  const unique = (value: string) => {
    let placeholder = placeholders.get(value);
    if (!placeholder) {
      const length = [...value].length;
      // Numbers stay numbers (HubSpot's record paths are digits); anything else becomes x…<counter>.
      const digits = /^\d+$/.test(value);
      const counter = (placeholders.size + 1).toString(digits ? 10 : 36);
      const fill = digits ? '0' : 'x';
      placeholder = counter.length < length ? fill.repeat(length - counter.length) + counter : fill.repeat(length);
      placeholders.set(value, placeholder);
    }
    return placeholder;
  };
  const host = (authority: string) => {
    const name = authority.replace(/^\/\//, '').toLowerCase();
    const known = KNOWN_HOSTS.find((suffix) => name === suffix || name.endsWith(`.${suffix}`));
    if (!known) return `//${maskText(name.replace(/\./g, ' ')).replace(/ /g, '.')}`;
    // The org in acme.lightning.force.com is a customer's name; www and app-eu1 are not.
    const labels = name
      .slice(0, name.length - known.length)
      .split('.')
      .filter(Boolean);
    return `//${[...labels.map((label) => (/^(?:www|app(?:-[a-z0-9]+)?|lightning|my)$/.test(label) ? label : unique(label))), known].join('.')}`;
  };
  const url = (value: string) => {
    const parts = /^([a-z][a-z0-9+.-]*:)?(\/\/[^/?#]*)?([^?#]*)(\?[^#]*)?(#[\s\S]*)?$/i.exec(value.trim());
    if (!parts) return maskText(value);
    const [, scheme = '', authority = '', path = '', query = '', fragment = ''] = parts;
    if (scheme && !/^https?:$/i.test(scheme)) return scheme + maskText(value.trim().slice(scheme.length));
    const maskedPath = path
      .split('/')
      .map((segment) => (segment === '' || ROUTE_WORDS.has(segment) ? segment : unique(segment)))
      .join('/');
    const maskedQuery = query.replace(/=([^&]*)/g, (_, v: string) => `=${maskText(v)}`);
    return scheme + (authority ? host(authority) : '') + maskedPath + maskedQuery + (fragment ? `#${maskText(fragment.slice(1))}` : '');
  };
  const attribute = (name: string, value: string) => {
    if (KEPT_ATTRIBUTES.has(name)) return value;
    if (/^urn:li:/.test(value)) return value.replace(/^(urn:li:[A-Za-z_]+:)([\s\S]*)$/, (_, kind: string, rest: string) => kind + unique(rest));
    if (NAMING_ATTRIBUTES.has(name)) return maskDigits(value);
    if (URL_ATTRIBUTES.has(name)) return url(value);
    if (name === 'style')
      return value
        .replace(/url\([^)]*\)/gi, (m) => `url(${'x'.repeat(m.length - 5)})`)
        .replace(/(["'])[^"']*\1/g, (m) => m[0] + 'x'.repeat(m.length - 2) + m[0]);
    if (LABEL_ATTRIBUTES.has(name)) {
      const prefix = KEPT_LABEL_PREFIXES.find((p) => value.toLowerCase().startsWith(p.toLowerCase()));
      if (prefix) return value.slice(0, prefix.length) + maskText(value.slice(prefix.length));
    }
    return maskText(value);
  };
  return { url, attribute };
}

const VOID = new Set(['AREA', 'BASE', 'BR', 'COL', 'EMBED', 'HR', 'IMG', 'INPUT', 'LINK', 'META', 'PARAM', 'SOURCE', 'TRACK', 'WBR']);
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
/** Attribute names the HTML parser could have let through but a serializer must not write. */
const SAFE_NAME = /^[^\s"'>/=<\x00-\x1f]+$/;

export interface SkeletonOptions {
  /** The page's address: written masked into the header, so `persona-map detect` knows the page. */
  url: URL;
  /** The adapter that read (or could not read) the page. */
  adapter?: string;
  /** Most time spent walking before yielding to the page; tests pass their own. */
  sliceMs?: number;
  yieldToPage?: () => Promise<void>;
  now?: () => number;
}

type Step = { node: Node } | { raw: string };

/** The page's skeleton as HTML text (see the header of this file). */
export async function pageSkeleton(doc: Document, options: SkeletonOptions): Promise<string> {
  const mask = masker();
  const now = options.now ?? (() => performance.now());
  const sliceMs = options.sliceMs ?? 8;
  const yieldToPage = options.yieldToPage ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const out: string[] = [`<!DOCTYPE html>\n<!-- ${SKELETON_FORMAT} url=${mask.url(options.url.href)} adapter=${options.adapter ?? ''} -->\n`];
  // Depth-first with an explicit stack: pages nest deeper than a call stack likes, and slices need a resumable walk.
  const stack: Step[] = doc.documentElement ? [{ node: doc.documentElement }] : [];
  const pushChildren = (parent: Node) => {
    const children = Array.from(parent.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]! });
  };
  let sliceEnd = now() + sliceMs;
  let steps = 0;
  while (stack.length > 0) {
    if (++steps % 64 === 0 && now() > sliceEnd) {
      await yieldToPage();
      sliceEnd = now() + sliceMs;
    }
    const step = stack.pop()!;
    if ('raw' in step) {
      out.push(step.raw);
      continue;
    }
    const { node } = step;
    if (node.nodeType === 3) out.push(escapeText(maskText(node.nodeValue ?? '')));
    else if (node.nodeType === 8) out.push(`<!--${maskText(node.nodeValue ?? '')}-->`);
    else if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.localName;
      let open = `<${tag}`;
      for (const attr of Array.from(el.attributes)) {
        if (!SAFE_NAME.test(attr.name)) continue;
        open += ` ${attr.name}="${escapeAttribute(mask.attribute(attr.name.toLowerCase(), attr.value))}"`;
      }
      out.push(`${open}>`);
      if (VOID.has(el.tagName.toUpperCase())) continue;
      stack.push({ raw: `</${tag}>` });
      // Light children first in the text, so push them before the shadow tree (the stack pops last-in first).
      pushChildren(el.tagName === 'TEMPLATE' ? ((el as HTMLTemplateElement).content ?? el) : el);
      const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
      if (shadow) {
        stack.push({ raw: '</template>' });
        pushChildren(shadow);
        stack.push({ raw: `<template shadowrootmode="${shadow.mode}">` });
      }
    }
  }
  return out.join('');
}
