import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Pack } from '../../lib/pack/schema';
import { buildSearchIndex, type PackSearch, type SearchHit } from '../../lib/search/search-index';
import { searchWords } from '../../utils/search-words';

export interface PanelSearch {
  query: string;
  setQuery(query: string): void;
  hits: SearchHit[];
  /** The highlighted hit (arrow keys, hover). */
  active: number;
  setActive(index: number | ((index: number) => number)): void;
  demoPackIds: ReadonlySet<string>;
}

/** Search across the installed packs, with the highlighted hit reset at each new query. */
export function useSearch(packs: readonly Pack[]): PanelSearch {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  // The index is built just after the first paint (a 500-persona pack takes a few hundred ms),
  // or at the first keystroke if the seller is faster than that.
  const indexRef = useRef<{ packs: readonly Pack[]; index: PackSearch } | null>(null);
  const getIndex = useCallback(() => {
    if (indexRef.current?.packs !== packs) indexRef.current = { packs, index: buildSearchIndex(packs, searchWords()) };
    return indexRef.current.index;
  }, [packs]);
  useEffect(() => {
    const timer = setTimeout(getIndex, 50);
    return () => clearTimeout(timer);
  }, [getIndex]);
  const hits = useMemo(() => (query.trim() ? getIndex().search(query) : []), [getIndex, query]);
  const demoPackIds = useMemo(() => new Set(packs.filter((pack) => pack.demo).map((pack) => pack.id)), [packs]);
  useEffect(() => setActive(0), [query]);
  return { query, setQuery, hits, active, setActive, demoPackIds };
}
