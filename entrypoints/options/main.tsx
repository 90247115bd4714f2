import { StrictMode, useCallback, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { DataSection, type DataExport } from '@/components/options/DataSection';
import { PacksSection } from '@/components/options/PacksSection';
import { RecoveryNoticeBanner } from '@/components/options/RecoveryNoticeBanner';
import { SitesSection } from '@/components/options/SitesSection';
import { ToggleSetting } from '@/components/options/ToggleSetting';
import '@/components/options/options.css';
import { effectiveSettings } from '@/lib/background/pack-settings';
import { sendMessage } from '@/lib/messaging';
import type { Pack } from '@/lib/pack/schema';
import type { EffectiveSettings } from '@/lib/policy/managed';
import { inlineChipsInCrm, inlineChipsOnLinkedIn, recoveryNotice, userSyncIntervalMinutes, userTrustedKeys } from '@/lib/settings';
import { exportCorrectionsCsv } from '@/lib/storage/corrections';
import { PersonaMapDb } from '@/lib/storage/db';
import { loadActivePacks } from '@/lib/storage/installed-packs';
import { exportUsageCsv } from '@/lib/storage/usage-csv';

function OptionsApp() {
  const db = useMemo(() => new PersonaMapDb(), []);
  const [packs, setPacks] = useState<Pack[]>([]);
  const [settings, setSettings] = useState<EffectiveSettings | null>(null);

  const reload = useCallback(async () => {
    setSettings(
      await effectiveSettings(db, {
        readManaged: () => browser.storage.managed.get(),
        readUserKeys: () => userTrustedKeys.getValue(),
        readUserSyncInterval: () => userSyncIntervalMinutes.getValue(),
      }),
    );
    setPacks(await loadActivePacks(db));
  }, [db]);
  useEffect(() => void reload(), [reload]);

  const exports: DataExport[] = [
    { label: 'Export corrections (CSV)', fileName: 'persona-map-corrections.csv', build: (options) => exportCorrectionsCsv(db, options) },
    { label: 'Export usage (CSV)', fileName: 'persona-map-usage.csv', build: () => exportUsageCsv(db, packs) },
  ];

  return (
    <main>
      <h1>Persona Map settings</h1>
      <RecoveryNoticeBanner item={recoveryNotice} />
      <PacksSection
        db={db}
        settings={settings}
        change={(change) => sendMessage('changePacks', change)}
        syncNow={(sourceId) => sendMessage('syncPacks', { sourceId, force: false })}
        onChanged={reload}
      />
      <section aria-labelledby="pages-heading">
        <h2 id="pages-heading">On pages</h2>
        <ToggleSetting flag={inlineChipsInCrm} label="Show persona chips next to names in CRMs" hint="Salesforce, HubSpot and the other CRMs below." />
        <ToggleSetting
          flag={inlineChipsOnLinkedIn}
          label="Show persona chips next to names on LinkedIn"
          hint="Off by default: LinkedIn's terms do not allow adding elements to its pages. The badge and side panel work either way."
        />
      </section>
      <SitesSection packs={packs} browser={browser} />
      <DataSection exports={exports} />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OptionsApp />
  </StrictMode>,
);
