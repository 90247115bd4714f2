import { useEffect, useState } from 'react';
import type { TabState } from '../../lib/contracts/tab-state';

/**
 * The last state with a contact, kept while the followed tab shows none (or always, when pinned).
 * `held` is true when what is shown is not the followed tab's own state.
 */
export function useHeldContact(followed: TabState | null): { shown: TabState | null; held: boolean; pinned: boolean; setPinned: (pinned: boolean) => void } {
  const [last, setLast] = useState<TabState | null>(null);
  const [pinned, setPinned] = useState(false);
  const hasContact = !!followed?.contacts.length;
  // A page that could not be read is shown as such, not covered by the last contact.
  const unreadable = followed?.health?.readable === false;
  useEffect(() => {
    if (hasContact && !unreadable && !pinned) setLast(followed);
  }, [followed, hasContact, unreadable, pinned]);
  const keep = last && (pinned || (!hasContact && !unreadable)) ? last : null;
  const shown = keep ?? followed;
  const held = !!keep && !(hasContact && followed!.tabId === keep.tabId && followed!.url === keep.url);
  return { shown, held, pinned: pinned && !!last, setPinned: (value) => setPinned(value && !!last) };
}
