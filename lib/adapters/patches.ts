/**
 * A pack's `adapterPatches` applied to the built-in adapters (docs/admin/adapter-patches.md):
 * the admin's selectors are tried before the adapter's own, field by field, and list cards the
 * admin names are read as cards too. Data only: selectors go to querySelectorAll and nothing else.
 */
import type { AdapterPatch } from '../pack/schema';
import type { PageAdapter, PatchedField, PatchReader, WatchedAdapter } from '../contracts/page-adapter';
import { matchesPattern } from './custom-site';
import { isVisible, outermost, readValue, safeDeepQueryAll, type Root } from './dom';
import { uniqueByKey } from './fields';

/** Lightning and HubSpot render into shadow roots; LinkedIn has none, and a deep search walks every element. */
const SEARCHES_SHADOW_ROOTS = new Set(['salesforce-record', 'hubspot-contact']);

/** The patches for this adapter on this URL, in pack order. */
export function patchesFor(adapterId: string, url: URL, patches: readonly AdapterPatch[]): AdapterPatch[] {
  return patches.filter((patch) => patch.adapter === adapterId && patch.matches.some((pattern) => matchesPattern(pattern, url)));
}

function query(root: Root, selector: string, deep: boolean): Element[] {
  if (deep) return safeDeepQueryAll(root, selector);
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return []; // validated when the pack was installed; a browser that still refuses it matches nothing
  }
}

/** Every selector of every patch for `field`, first patch first. */
const selectorsOf = (patches: readonly AdapterPatch[], field: PatchedField | 'card') => patches.flatMap((patch) => patch.selectors[field] ?? []);

export function patchReader(patches: readonly AdapterPatch[], deep: boolean): PatchReader | undefined {
  if (patches.length === 0) return undefined;
  return (field, scope) => {
    for (const [i, selector] of selectorsOf(patches, field).entries())
      for (const el of query(scope, selector, deep)) {
        if (!isVisible(el)) continue;
        const value = readValue(el);
        // An admin's own selector is sure; its fallbacks less so, never below a structural guess.
        if (value) return { value, source: 'patch', confidence: Math.max(0.6, 0.9 - 0.1 * i) };
      }
    return null;
  };
}

/** The adapter with the patches that apply to this URL; the adapter itself when none does. */
export function withPatches(adapter: WatchedAdapter, url: URL, patches: readonly AdapterPatch[]): WatchedAdapter {
  const mine = patchesFor(adapter.id, url, patches);
  if (mine.length === 0) return adapter;
  const deep = SEARCHES_SHADOW_ROOTS.has(adapter.id);
  const read = patchReader(mine, deep)!;
  const patched: WatchedAdapter = { ...adapter, extract: (root, pageUrl) => adapter.extract(root, pageUrl, read) };
  if (!adapter.cardsIn || !adapter.extractCard || !adapter.cardOf) return patched;
  const { cardsIn, extractCard, cardOf } = adapter;
  const cards = selectorsOf(mine, 'card').join(', ');
  if (!cards) return { ...patched, extractCard: (card, pageUrl) => extractCard(card, pageUrl, read) };
  const cardAround = (element: Element) => {
    try {
      const card = element.closest(cards);
      return card && isVisible(card) ? card : null;
    } catch {
      return null;
    }
  };
  const cardsWithPatch = (root: Document | Element) => {
    const around = root.nodeType === 1 ? cardAround(root as Element) : null;
    if (around) return [around];
    return outermost([...cardsIn(root), ...query(root, cards, deep).filter(isVisible)]);
  };
  const extractPatched = (card: Element, pageUrl: URL) => extractCard(card, pageUrl, read);
  return {
    ...patched,
    cardsIn: cardsWithPatch,
    // The admin's cards and the adapter's, outermost of both: found in one step (a repair, rarely a long list).
    scanCards: (root) => cardsWithPatch(root).values(),
    cardOf: (element) => cardAround(element) ?? cardOf(element),
    extractCard: extractPatched,
    extract: (root, pageUrl) => uniqueByKey(cardsWithPatch(root).flatMap((card) => extractPatched(card, pageUrl) ?? [])),
  };
}

/** The adapters of `adapters` that read this URL, each with its patches: what the content scripts and `persona-map detect` run. */
export function adaptersForUrl(adapters: readonly PageAdapter[], url: URL, patches: readonly AdapterPatch[]): WatchedAdapter[] {
  return adapters.filter((adapter) => adapter.matches(url)).map((adapter) => withPatches(adapter, url, patches));
}
