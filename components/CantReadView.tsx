/**
 * The "can't read this page" state (lib/adapters/health.ts): what happened in plain words, the
 * way around it now (select the title, right-click, Match persona), and the file that lets an
 * admin repair detection for everyone (docs/admin/adapter-patches.md).
 */
import { i18n } from '#i18n';
import { useState } from 'react';
import type { PageHealth } from '../lib/contracts/tab-state';
import { useAnnounce, useServices } from './services';

/** The page kinds health is judged on, as a seller names them. */
const SITE_NAMES: Record<string, () => string> = {
  'linkedin-profile': () => i18n.t('cantRead.site.linkedinProfile'),
  'linkedin-people-list': () => i18n.t('cantRead.site.linkedinPeopleList'),
  'sales-navigator-lead': () => i18n.t('cantRead.site.salesNavigatorLead'),
  'sales-navigator-list': () => i18n.t('cantRead.site.salesNavigatorList'),
  'salesforce-record': () => i18n.t('cantRead.site.salesforceRecord'),
  'hubspot-contact': () => i18n.t('cantRead.site.hubspotContact'),
};

function whatFailed(health: PageHealth): string {
  const page = SITE_NAMES[health.adapter]?.() ?? i18n.t('cantRead.site.other');
  if (health.problem === 'uncertain-fields' && health.fields?.length) {
    const [first, second] = health.fields.map((field) => (field === 'name' ? i18n.t('cantRead.fieldName') : i18n.t('cantRead.fieldTitle')));
    const fields = second ? i18n.t('cantRead.fieldsJoin', { first: first!, second }) : first!;
    return i18n.t('cantRead.uncertain', { page, fields });
  }
  return i18n.t('cantRead.notFound', { page });
}

export function CantReadView({ health, tabId }: { health: PageHealth; tabId: number }) {
  const services = useServices();
  const announce = useAnnounce();
  const [saving, setSaving] = useState(false);
  const save = async () => {
    if (!services.savePageStructure) return;
    setSaving(true);
    try {
      const result = await services.savePageStructure(tabId);
      announce(result.ok ? i18n.t('cantRead.saved', { file: result.fileName }) : result.message);
    } finally {
      setSaving(false);
    }
  };
  return (
    <section className="pm-cantread" aria-labelledby="pm-cantread-title">
      <h1 id="pm-cantread-title">{i18n.t('cantRead.title')}</h1>
      <p>{whatFailed(health)}</p>
      <h2>{i18n.t('cantRead.byHand')}</h2>
      <p>{i18n.t('cantRead.byHandBody')}</p>
      {services.savePageStructure && (
        <>
          <h2>{i18n.t('cantRead.helpAdmin')}</h2>
          <p>{i18n.t('cantRead.helpAdminBody')}</p>
          <button type="button" className="pm-button" onClick={() => void save()} disabled={saving}>
            {i18n.t('cantRead.save')}
          </button>
        </>
      )}
    </section>
  );
}
