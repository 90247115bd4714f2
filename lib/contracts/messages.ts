/**
 * The typed protocol between the content scripts, the background and the extension pages.
 * Contact data travels only inside the extension: nothing here ever goes to a server.
 *
 * The one runtime line in lib/contracts/ is `defineExtensionMessaging` at the end: it binds the
 * protocol's type to the send/listen pair, so every side sends exactly these messages
 * (docs/architecture.md, "Contracts").
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { AdapterPatch, SiteAdapter } from '../pack/schema';
import type { DetectedContact } from './contact';
import type { ContactHint } from './hint';
import type { PackChange, PackChangeResult } from './pack-change';
import type { SyncResult } from './sync-result';
import type { PageHealth, TabContactsAdded, TabState } from './tab-state';

export interface ProtocolMap {
  /**
   * Content script → background: what this page shows now (an empty list clears the tab).
   * The answer says which persona each reported contact matched, for inline chips: none where
   * the seller's setting shows no chips on that page (the worker reads it; content scripts never
   * touch storage).
   */
  contactsDetected(data: { url: string; pageKind: TabState['pageKind']; contacts: DetectedContact[]; append: boolean; health?: PageHealth }): ContactHint[];
  /** Extension page → background. */
  getTabState(tabId: number): TabState | null;
  /** Background → extension pages: a tab's state changed. */
  tabStateChanged(state: TabState): void;
  /** Background → extension pages: a tab left the page it reported on; it shows nothing until its content script reports again. */
  tabStateCleared(tabId: number): void;
  /** Background → extension pages: contacts were added to a tab's list; only those travel. */
  tabContactsAdded(delta: TabContactsAdded): void;
  /** Extension page → background: the seller corrected a match (re-badge open tabs). */
  correctionsChanged(): void;
  /** Extension page → background: the installed pack changed (re-match open tabs). */
  packsChanged(): void;
  /**
   * Options page → background: a seller's change to packs, sources, keys or the sync interval.
   * Only the background applies these, so policy and the trust rule hold whatever page asks.
   */
  changePacks(change: PackChange): PackChangeResult;
  /** Options page → background: sync one source now, or every due source. */
  syncPacks(data: { sourceId?: string; force?: boolean }): SyncResult[];
  /** Custom-site content script → background: the admin-defined adapters for its page. */
  getSiteAdapters(url: string): SiteAdapter[];
  /** Built-in content script → background: the active packs' `adapterPatches` (the script picks those for each URL). */
  getAdapterPatches(): AdapterPatch[];
  /** Background → built-in content scripts: the active packs' patches changed; read the page again with these. */
  adapterPatchesChanged(patches: AdapterPatch[]): void;
  /** Side panel → the tab's built-in content script: the page's skeleton for the admin (lib/content/skeleton.ts). */
  pageSkeleton(): { html: string; adapter: string | null };
  /** Background → side panel: the seller pressed the search shortcut. */
  focusSearch(): void;
}

/** The keyboard command (manifest `commands`) that opens the panel's search. */
export const SEARCH_COMMAND = 'search-personas';

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
