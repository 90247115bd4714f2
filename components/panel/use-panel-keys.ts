import { useCallback, useEffect, type RefObject } from 'react';

const isEditable = (el: EventTarget | null) => el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

/**
 * `/` searches from anywhere in the panel; Esc outside the search box goes back. The entrypoint's
 * keyboard command asks for search by incrementing `focusSearchSignal`.
 */
export function usePanelKeys({
  searchRef,
  mainRef,
  canGoBack,
  back,
  focusSearchSignal,
}: {
  searchRef: RefObject<HTMLInputElement | null>;
  mainRef: RefObject<HTMLElement | null>;
  canGoBack: boolean;
  back: () => void;
  focusSearchSignal: number;
}): void {
  const focusSearch = useCallback(() => {
    searchRef.current?.focus();
    searchRef.current?.select();
  }, [searchRef]);
  useEffect(() => {
    if (focusSearchSignal) focusSearch();
  }, [focusSearchSignal, focusSearch]);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === '/' && !isEditable(e.target)) {
        e.preventDefault();
        focusSearch();
      } else if (e.key === 'Escape' && e.target !== searchRef.current) {
        if (canGoBack) {
          e.preventDefault();
          back();
          mainRef.current?.focus();
        }
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [canGoBack, back, focusSearch, searchRef, mainRef]);
}
