import { uiLanguage } from '@/components/locale';
import { StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { Panel } from '@/components/Panel';
import '@/components/panel.css';
import { useSidePanel } from '@/components/useSidePanel';
import { PersonaMapDb } from '@/lib/storage/db';
import { backend, followedWindowId, pinnedTabId } from './backend';

function SidePanelApp() {
  const pinned = useMemo(() => pinnedTabId(location.search), []);
  const followWindow = useMemo(() => followedWindowId(location.search), []);
  const db = useMemo(() => new PersonaMapDb(), []);
  return <Panel {...useSidePanel(backend, db, pinned, followWindow)} />;
}

// Screen readers pronounce the panel in the language its messages are in.
document.documentElement.lang = uiLanguage();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SidePanelApp />
  </StrictMode>,
);
