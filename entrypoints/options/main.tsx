import { StrictMode, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { DataSection, type DataExport } from '@/components/options/DataSection';
import { SitesSection } from '@/components/options/SitesSection';
import { ToggleSetting } from '@/components/options/ToggleSetting';
import '@/components/options/options.css';
import type { Pack } from '@/lib/pack/schema';
import { inlineChipsInCrm, inlineChipsOnLinkedIn } from '@/lib/settings';
import { exportCorrectionsCsv } from '@/lib/storage/corrections';
import { PersonaMapDb } from '@/lib/storage/db';
import { loadActivePacks } from '@/lib/storage/installed-packs';

function OptionsApp() {
  const db = useMemo(() => new PersonaMapDb(), []);
  const [packs, setPacks] = useState<Pack[]>([]);
  useEffect(() => void loadActivePacks(db).then(setPacks), [db]);

  const exports: DataExport[] = [
    { label: 'Export corrections (CSV)', fileName: 'persona-map-corrections.csv', build: () => exportCorrectionsCsv(db) },
  ];

  return (
    <main>
      <h1>Persona Map settings</h1>
      <section aria-labelledby="pages-heading">
        <h2 id="pages-heading">On pages</h2>
        <ToggleSetting
          flag={inlineChipsInCrm}
          label="Show persona chips next to names in CRMs"
          hint="Salesforce, HubSpot and the other CRMs below."
        />
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
