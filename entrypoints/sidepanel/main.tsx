import { uiLanguage } from '@/components/locale';
import { StrictMode, useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Panel } from '@/components/Panel';
import '@/components/panel.css';
import type { Pack } from '@/lib/pack/schema';
import type { TabState } from '@/lib/contracts/tab-state';
import { PersonaMapDb } from '@/lib/storage/db';
import { createServices, followedWindowId, followTab, pinnedTabId, watchFocusSearch, watchPacks, watchTabState } from './backend';

function SidePanelApp() {
  const pinned = useMemo(() => pinnedTabId(location.search), []);
  const db = useMemo(() => new PersonaMapDb(), []);
  const tabRef = useRef<number | null>(pinned);
  const services = useMemo(() => createServices(db, () => tabRef.current, pinned !== null), [db, pinned]);
  const [tabId, setTabId] = useState<number | null>(pinned);
  const [state, setState] = useState<TabState | null>(null);
  const [packs, setPacks] = useState<Pack[]>([]);
  const [loadingTab, setLoadingTab] = useState(true);
  const [packsLoaded, setPacksLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [focusSignal, setFocusSignal] = useState(0);

  useEffect(() => followTab(pinned, (id) => {
    tabRef.current = id;
    setTabId(id);
    if (id === null) setLoadingTab(false);
  }, followedWindowId(location.search)), [pinned]);

  useEffect(() => {
    if (tabId === null) return;
    setState(null);
    setError(null);
    setLoadingTab(true);
    return watchTabState(
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
  }, [tabId]);

  useEffect(() => watchPacks(db, (next) => {
    setPacks(next);
    setPacksLoaded(true);
  }, setError), [db]);

  useEffect(() => watchFocusSearch(() => setFocusSignal((n) => n + 1)), []);

  return <Panel state={state} packs={packs} services={services} loading={loadingTab || !packsLoaded} error={error} focusSearchSignal={focusSignal} />;
}

// Screen readers pronounce the panel in the language its messages are in.
document.documentElement.lang = uiLanguage();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SidePanelApp />
  </StrictMode>,
);
