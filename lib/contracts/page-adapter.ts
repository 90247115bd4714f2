/**
 * What every page adapter looks like (lib/adapters/registry.ts lists them), and the hook a pack's
 * `adapterPatches` give it (lib/adapters/patches.ts). Here, not next to either, so adapters,
 * patches and the page watcher depend on this shape instead of on each other.
 */
import type { ContactField, DetectedContact } from './contact';

export type PatchedField = 'name' | 'title' | 'company';

/**
 * The hook an adapter calls where it picks a field: the value the patch's selectors find inside
 * `scope` (the page, or one card), or null to fall back to the adapter's own layers.
 */
export type PatchReader = (field: PatchedField, scope: Document | Element | DocumentFragment) => ContactField | null;

export interface PageAdapter {
  id: string;
  pageKind: 'profile' | 'list';
  matches(url: URL): boolean;
  /** `patch` (lib/adapters/patches.ts) answers a field before the adapter's own layers. */
  extract(root: Document | Element, url: URL, patch?: PatchReader): DetectedContact[];
}

/** List pages also extract card by card, so a content script can process only added nodes. */
export interface ListAdapter extends PageAdapter {
  pageKind: 'list';
  cardsIn(root: Document | Element): Element[];
  /**
   * `cardsIn(root)` a step at a time, for a reader that yields to the page between steps (a long
   * list's whole-page scan): each card once, and null after a step that found none yet.
   */
  scanCards(root: Document | Element): Iterator<Element | null>;
  extractCard(card: Element, url: URL, patch?: PatchReader): DetectedContact | null;
  /** The card an element sits in (lazy content rendered into an existing card), or null. */
  cardOf(element: Element): Element | null;
}

/** An adapter as the page watcher (lib/content/page-watcher.ts) drives it: list pages add card-by-card extraction. */
export type WatchedAdapter = PageAdapter & Partial<Pick<ListAdapter, 'cardsIn' | 'scanCards' | 'extractCard' | 'cardOf'>>;
