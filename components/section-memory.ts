/**
 * Which persona sections a seller keeps open, remembered in this browser (extension pages share
 * one localStorage). Only section ids are stored, never contact data.
 */
import { useCallback, useState } from 'react';

export const SECTION_IDS = ['say', 'objections', 'questions', 'assets', 'voice', 'competitors', 'background'] as const;
export type SectionId = (typeof SECTION_IDS)[number];
const STORAGE_KEY = 'persona-map:open-sections';

function readOpen(): Set<SectionId> {
  try {
    const raw = JSON.parse(globalThis.localStorage?.getItem(STORAGE_KEY) ?? '[]') as unknown;
    return new Set(Array.isArray(raw) ? raw.filter((id): id is SectionId => (SECTION_IDS as readonly string[]).includes(id)) : []);
  } catch {
    return new Set(); // storage blocked or corrupt: everything starts collapsed
  }
}

/** Every section starts collapsed: the first screen is for what to do now. */
export function useOpenSections(): [ReadonlySet<SectionId>, (id: SectionId, open: boolean) => void] {
  const [open, setOpen] = useState<Set<SectionId>>(readOpen);
  const toggle = useCallback((id: SectionId, value: boolean) => {
    setOpen((prev) => {
      const next = new Set(prev);
      if (value) next.add(id);
      else next.delete(id);
      try {
        globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify([...next]));
      } catch {
        // not remembered, still shown
      }
      return next;
    });
  }, []);
  return [open, toggle];
}
