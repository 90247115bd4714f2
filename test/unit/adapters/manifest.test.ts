import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adaptersFor, detectContacts } from '../../../lib/adapters/registry';
import { MANIFEST, PAGES_DIR, loadPage, plain } from './saved-pages';

describe('every saved page yields exactly its expected contacts', () => {
  it('lists a fixture for every page type and DOM generation', () => {
    expect(MANIFEST.map((e) => e.file).sort()).toEqual(
      [
        'custom-crm.html',
        'hubspot-contact-2025.html',
        'hubspot-contact.html',
        'linkedin-company-people.html',
        'linkedin-profile-2025.html',
        'linkedin-profile-2026.html',
        'linkedin-search-2025-presence.html',
        'linkedin-search-2025.html',
        'linkedin-search-2026.html',
        'sales-navigator-lead.html',
        'sales-navigator-search.html',
        'salesforce-contact.html',
        'salesforce-lead.html',
      ].sort(),
    );
  });

  describe.each(MANIFEST)('$file', ({ file }) => {
    const { document, url, sites, entry, html } = loadPage(file);
    const contacts = detectContacts(document, url, sites, (adapter, error) => {
      throw new Error(`${adapter} threw: ${String(error)}`);
    });

    it('reports every expected contact, in page order, and nothing more', () => {
      expect(contacts.map(plain)).toEqual(entry.expected);
    });

    it('gives name, title, company and a canonical profile URL with a source and confidence for each', () => {
      for (const contact of contacts) {
        for (const field of [contact.name, contact.title, contact.company, contact.profileUrl]) {
          expect(field).not.toBeNull();
          expect(field!.confidence).toBeGreaterThan(0);
          expect(field!.confidence).toBeLessThanOrEqual(1);
        }
        expect(contact.key).toBe(contact.profileUrl!.value);
        expect(contact.profileUrl!.value).not.toMatch(/[?#]/);
      }
    });

    it('never reports a name twice over ("Jane DoeJane Doe")', () => {
      for (const contact of contacts) {
        const name = contact.name!.value;
        expect(name.slice(0, name.length / 2)).not.toBe(name.slice(name.length / 2));
      }
    });

    it('is served by exactly the adapters whose predicates match its URL', () => {
      expect(adaptersFor(url, sites).length).toBeGreaterThan(0);
      expect(new Set(contacts.map((c) => c.adapter)).size).toBe(1);
    });

    it('is a self-contained page a browser can load at its URL (no external resources)', () => {
      expect(html).toMatch(/^<!DOCTYPE html>/i);
      expect(html).not.toMatch(/<(?:script|link)\b[^>]*\b(?:src|href)=["']https?:/i);
      expect(html).not.toMatch(/<img\b[^>]*\bsrc=["']https?:/i);
      expect(existsSync(PAGES_DIR + file)).toBe(true);
    });
  });

  it('includes at least 10 results on each LinkedIn search page', () => {
    for (const file of ['linkedin-search-2025.html', 'linkedin-search-2026.html'])
      expect(MANIFEST.find((e) => e.file === file)!.expected.length).toBeGreaterThanOrEqual(10);
  });

  it('has a sites file whose entries the pack schema accepts', async () => {
    const { SiteAdapterSchema } = await import('../../../lib/pack/schema');
    const sites = JSON.parse(readFileSync(`${PAGES_DIR}custom-sites.json`, 'utf8'));
    for (const site of sites) expect(SiteAdapterSchema.safeParse(site).success).toBe(true);
  });
});
