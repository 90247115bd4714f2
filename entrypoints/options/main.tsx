import { uiLanguage } from '@/components/locale';
import { i18n } from '#i18n';
import { StrictMode, useCallback, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { DataSection, type DataExport } from '@/components/options/DataSection';
import { PacksSection } from '@/components/options/PacksSection';
import { RecoveryNoticeBanner } from '@/components/options/RecoveryNoticeBanner';
import { SitesSection } from '@/components/options/SitesSection';
import { ToggleSetting } from '@/components/options/ToggleSetting';
import '@/components/options/options.css';
import { readEffectiveSettings } from '@/lib/policy/effective-settings';
import { sendMessage } from '@/lib/contracts/messages';
import type { Pack } from '@/lib/pack/schema';
import type { EffectiveSettings } from '@/lib/policy/managed';
import { inlineChipsInCrm, inlineChipsOnLinkedIn, recoveryNotice, userSyncIntervalMinutes, userTrustedKeys } from '@/utils/settings';
import { exportCorrectionsCsv } from '@/lib/storage/corrections';
import { PersonaMapDb } from '@/lib/storage/db';
import { loadActivePacks } from '@/lib/storage/installed-packs';
import { exportUsageCsv } from '@/lib/storage/usage-csv';
import { policyWords } from '@/utils/policy-words';

function OptionsApp() {
  const db = useMemo(() => new PersonaMapDb(), []);
  const [packs, setPacks] = useState<Pack[]>([]);
  const [settings, setSettings] = useState<EffectiveSettings | null>(null);

  const reload = useCallback(async () => {
    setSettings(
      await readEffectiveSettings(db, {
        readManaged: () => browser.storage.managed.get(),
        readUserKeys: () => userTrustedKeys.getValue(),
        readUserSyncInterval: () => userSyncIntervalMinutes.getValue(),
        policyWords: policyWords(),
      }),
    );
    setPacks(await loadActivePacks(db));
  }, [db]);
  useEffect(() => void reload(), [reload]);

  const exports: DataExport[] = [
    { label: i18n.t('options.exportCorrections'), fileName: 'persona-map-corrections.csv', build: (options) => exportCorrectionsCsv(db, options) },
    { label: i18n.t('options.exportUsage'), fileName: 'persona-map-usage.csv', build: () => exportUsageCsv(db, packs) },
  ];

  return (
    <main>
      <h1>{i18n.t('options.title')}</h1>
      <RecoveryNoticeBanner item={recoveryNotice} />
      <PacksSection
        db={db}
        settings={settings}
        change={(change) => sendMessage('changePacks', change)}
        syncNow={(sourceId) => sendMessage('syncPacks', { sourceId, force: false })}
        onChanged={reload}
      />
      <section aria-labelledby="pages-heading">
        <h2 id="pages-heading">{i18n.t('options.onPages')}</h2>
        <ToggleSetting flag={inlineChipsInCrm} label={i18n.t('options.chipsCrm')} hint={i18n.t('options.chipsCrmHint')} />
        <ToggleSetting
          flag={inlineChipsOnLinkedIn}
          label={i18n.t('options.chipsLinkedIn')}
          hint={i18n.t('options.chipsLinkedInHint')}
        />
      </section>
      <SitesSection packs={packs} browser={browser} />
      <DataSection exports={exports} />
    </main>
  );
}

// The page's language and title follow the UI language the messages are in.
document.documentElement.lang = uiLanguage();
document.title = i18n.t('options.title');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OptionsApp />
  </StrictMode>,
);
