/**
 * The options page: packs and their sources, chips on pages, admin-defined sites, and data
 * exports. The settings in force, the background and the browser come from the entrypoint.
 */
import { i18n } from '#i18n';
import { useCallback, useEffect, useState } from 'react';
import type { PackChange, PackChangeResult } from '../../lib/contracts/pack-change';
import type { Pack } from '../../lib/pack/schema';
import type { EffectiveSettings } from '../../lib/policy/managed';
import { inlineChipsInCrm, inlineChipsOnLinkedIn, recoveryNotice } from '../../utils/settings';
import { exportCorrectionsCsv } from '../../lib/storage/corrections';
import type { PersonaMapDb } from '../../lib/storage/db';
import { loadActivePacks } from '../../lib/storage/installed-packs';
import { exportUsageCsv } from '../../lib/storage/usage-csv';
import type { SyncResult } from '../../lib/contracts/sync-result';
import { DataSection, type DataExport } from './DataSection';
import { PacksSection } from './PacksSection';
import { RecoveryNoticeBanner } from './RecoveryNoticeBanner';
import { SitesSection, type SitesSectionProps } from './SitesSection';
import { ToggleSetting } from './ToggleSetting';

export interface OptionsAppProps {
  db: PersonaMapDb;
  /** The pack settings in force: policy merged with the seller's own (read fresh each time). */
  loadSettings(): Promise<EffectiveSettings>;
  /** The background applies every change, so policy and the trust rule hold. */
  change(change: PackChange): Promise<PackChangeResult>;
  syncNow(sourceId: string): Promise<SyncResult[]>;
  browser: SitesSectionProps['browser'];
}

export function OptionsApp({ db, loadSettings, change, syncNow, browser }: OptionsAppProps) {
  const [packs, setPacks] = useState<Pack[]>([]);
  const [settings, setSettings] = useState<EffectiveSettings | null>(null);

  const reload = useCallback(async () => {
    setSettings(await loadSettings());
    setPacks(await loadActivePacks(db));
  }, [db, loadSettings]);
  useEffect(() => void reload(), [reload]);

  const exports: DataExport[] = [
    { label: i18n.t('options.exportCorrections'), fileName: 'persona-map-corrections.csv', build: (options) => exportCorrectionsCsv(db, options) },
    { label: i18n.t('options.exportUsage'), fileName: 'persona-map-usage.csv', build: () => exportUsageCsv(db, packs) },
  ];

  return (
    <main>
      <h1>{i18n.t('options.title')}</h1>
      <RecoveryNoticeBanner item={recoveryNotice} />
      <PacksSection db={db} settings={settings} change={change} syncNow={syncNow} onChanged={reload} />
      <section aria-labelledby="pages-heading">
        <h2 id="pages-heading">{i18n.t('options.onPages')}</h2>
        <ToggleSetting flag={inlineChipsInCrm} label={i18n.t('options.chipsCrm')} hint={i18n.t('options.chipsCrmHint')} />
        <ToggleSetting flag={inlineChipsOnLinkedIn} label={i18n.t('options.chipsLinkedIn')} hint={i18n.t('options.chipsLinkedInHint')} />
      </section>
      <SitesSection packs={packs} browser={browser} />
      <DataSection exports={exports} />
    </main>
  );
}
