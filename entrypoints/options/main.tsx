import { uiLanguage } from '@/components/locale';
import { i18n } from '#i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OptionsApp } from '@/components/options/OptionsApp';
import '@/components/options/options.css';
import { readEffectiveSettings } from '@/lib/policy/effective-settings';
import { sendMessage } from '@/lib/contracts/messages';
import { userSyncIntervalMinutes, userTrustedKeys } from '@/utils/settings';
import { PersonaMapDb } from '@/lib/storage/db';
import { policyWords } from '@/utils/policy-words';

const db = new PersonaMapDb();
const loadSettings = () =>
  readEffectiveSettings(db, {
    readManaged: () => browser.storage.managed.get(),
    readUserKeys: () => userTrustedKeys.getValue(),
    readUserSyncInterval: () => userSyncIntervalMinutes.getValue(),
    policyWords: policyWords(),
  });

// The page's language and title follow the UI language the messages are in.
document.documentElement.lang = uiLanguage();
document.title = i18n.t('options.title');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OptionsApp
      db={db}
      loadSettings={loadSettings}
      change={(change) => sendMessage('changePacks', change)}
      syncNow={(sourceId) => sendMessage('syncPacks', { sourceId, force: false })}
      browser={browser}
    />
  </StrictMode>,
);
