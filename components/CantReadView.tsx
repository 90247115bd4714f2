/**
 * The "can't read this page" state (lib/adapters/health.ts): what happened in plain words, the
 * way around it now (select the title, right-click, Match persona), and the file that lets an
 * admin repair detection for everyone (docs/admin/adapter-patches.md).
 */
import { useState } from 'react';
import type { PageHealth } from '../lib/adapters/health';
import { useAnnounce, useServices } from './services';

const SITE_NAMES: Record<string, string> = {
  'linkedin-profile': 'LinkedIn profile',
  'linkedin-people-list': 'LinkedIn people list',
  'sales-navigator-lead': 'Sales Navigator lead',
  'sales-navigator-list': 'Sales Navigator list',
  'salesforce-record': 'Salesforce record',
  'hubspot-contact': 'HubSpot contact',
};

function whatFailed(health: PageHealth): string {
  const page = SITE_NAMES[health.adapter] ?? 'page';
  if (health.problem === 'uncertain-fields' && health.fields?.length) {
    const fields = health.fields.map((field) => (field === 'name' ? "the person's name" : 'their job title')).join(' and ');
    return `Persona Map found this ${page} but could not be sure of ${fields}. The site may have changed how its pages are built.`;
  }
  return `Persona Map could not find the person on this ${page}. The site may have changed how its pages are built.`;
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
      announce(result.ok ? `Saved ${result.fileName}: send it to your admin` : result.message);
    } finally {
      setSaving(false);
    }
  };
  return (
    <section className="pm-cantread" aria-labelledby="pm-cantread-title">
      <h1 id="pm-cantread-title">Persona Map can't read this page</h1>
      <p>{whatFailed(health)}</p>
      <h2>Match the title by hand</h2>
      <p>Select the person's job title on the page, right-click it and choose Match persona.</p>
      {services.savePageStructure && (
        <>
          <h2>Help your admin fix it</h2>
          <p>
            The file keeps how the page is built and replaces every word, name and link with placeholders, so it holds nothing
            about the people on it. Your admin can repair detection for the whole team from it.
          </p>
          <button type="button" className="pm-button" onClick={() => void save()} disabled={saving}>
            Save page structure for your admin
          </button>
        </>
      )}
    </section>
  );
}
