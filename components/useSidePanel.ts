/**
 * The side panel page's state: the tab it follows, that tab's state, the active packs and the
 * search shortcut, from the backend the entrypoint wires (entrypoints/sidepanel/backend.ts).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { TabState } from '../lib/contracts/tab-state';
import type { Pack } from '../lib/pack/schema';
import type { PersonaMapDb } from '../lib/storage/db';
import type { PanelServices } from './services';

export interface SidePanelBackend {
  followTab(pinned: number | null, onTab: (tabId: number | null) => void, followWindow?: number | null): () => void;
  watchTabState(tabId: number, onState: (state: TabState | null) => void, onError: (message: string) => void): () => void;
  watchPacks(db: PersonaMapDb, onPacks: (packs: Pack[]) => void, onError: (message: string) => void): () => void;
  watchFocusSearch(onFocus: () => void): () => void;
  createServices(db: PersonaMapDb, tabId: () => number | null, pinned: boolean): PanelServices;
}

/** `pinned`: the tab of `?tab=`, or null to follow the active tab (of `followWindow` when given). */
export function useSidePanel(backend: SidePanelBackend, db: PersonaMapDb, pinned: number | null, followWindow: number | null) {
  const tabRef = useRef<number | null>(pinned);
  const services = useMemo(() => backend.createServices(db, () => tabRef.current, pinned !== null), [backend, db, pinned]);
  const [tabId, setTabId] = useState<number | null>(pinned);
  const [state, setState] = useState<TabState | null>(null);
  const [packs, setPacks] = useState<Pack[]>([]);
  const [loadingTab, setLoadingTab] = useState(true);
  const [packsLoaded, setPacksLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [focusSignal, setFocusSignal] = useState(0);

  useEffect(
    () =>
      backend.followTab(
        pinned,
        (id) => {
          tabRef.current = id;
          setTabId(id);
          if (id === null) setLoadingTab(false);
        },
        followWindow,
      ),
    [backend, pinned, followWindow],
  );

  useEffect(() => {
    if (tabId === null) return;
    setState(null);
    setError(null);
    setLoadingTab(true);
    return backend.watchTabState(
      tabId,
      (next) => {
        setState(next);
        setLoadingTab(false);
      },
      (message) => {
        setError(message);
        setLoadingTab(false);
      },
    );
  }, [backend, tabId]);

  useEffect(
    () =>
      backend.watchPacks(
        db,
        (next) => {
          setPacks(next);
          setPacksLoaded(true);
        },
        setError,
      ),
    [backend, db],
  );

  useEffect(() => backend.watchFocusSearch(() => setFocusSignal((n) => n + 1)), [backend]);

  return { state, packs, services, loading: loadingTab || !packsLoaded, error, focusSearchSignal: focusSignal };
}
