import { describe, expect, it, vi } from 'vitest';
import { linkedinProfileAdapter as adapter } from '../../../lib/adapters/linkedin-profile';
import { canonicalLinkedInProfile } from '../../../lib/adapters/fields';
import { loadPage, names, parsePage, plain } from './saved-pages';

describe('LinkedIn profile adapter', () => {
  it.each([
    'https://www.linkedin.com/in/jane-doe/',
    'https://www.linkedin.com/in/jane-doe',
    'https://www.linkedin.com/in/Jane-Doe-12ab/?originalSubdomain=fr',
    'https://www.linkedin.com/in/jane-doe/overlay/contact-info/',
    'https://fr.linkedin.com/in/jane-doe/',
  ])('runs on %s', (url) => expect(adapter.matches(new URL(url))).toBe(true));

  it.each([
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/in/jane-doe/details/experience/',
    'https://www.linkedin.com/search/results/people/?keywords=jane',
    'https://www.linkedin.com/company/contoso/',
    'https://www.linkedin.com/sales/lead/ACwAAA1,NAME_SEARCH,x',
    'https://www.example.com/in/jane-doe/',
    'http://www.linkedin.com/in/jane-doe/',
  ])('does not run on %s', (url) => expect(adapter.matches(new URL(url))).toBe(false));

  it('keys profiles on a lowercase, decoded slug without query', () => {
    expect(canonicalLinkedInProfile(new URL('https://www.linkedin.com/in/Jane-Doe-12AB?trk=x#y'))).toBe('https://www.linkedin.com/in/jane-doe-12ab/');
    expect(canonicalLinkedInProfile(new URL('https://fr.linkedin.com/in/j%C3%A9r%C3%B4me-martin/'))).toBe('https://www.linkedin.com/in/jérôme-martin/');
    expect(canonicalLinkedInProfile(new URL('https://www.linkedin.com/in/ACoAAB1a2b3C4d5E6f7G8h9I0j1K2/'))).toBe(
      'https://www.linkedin.com/in/ACoAAB1a2b3C4d5E6f7G8h9I0j1K2/',
    );
  });

  describe('2026 DOM', () => {
    it('reads the visible top card, not the hidden one left by the previous profile', () => {
      const { document, url } = loadPage('linkedin-profile-2026.html');
      const [contact] = adapter.extract(document, url);
      expect(contact!.name!.value).toBe('Jérôme Martin');
      expect(contact!.title!.value).not.toContain('Tailwind');
    });

    it('de-duplicates the screen-reader copy even when its class is hashed', () => {
      const { document, url } = loadPage('linkedin-profile-2026.html', (html) =>
        html
          .replace(/<title>.*<\/title>/, '<title></title>')
          .replace(/aria-label="Jérôme Martin"/, '')
          .replace(/alt="Jérôme Martin"/, ''),
      );
      const [contact] = adapter.extract(document, url);
      expect(contact!.name).toMatchObject({ value: 'Jérôme Martin' });
    });

    it('finds the person from the DOM alone when the title is stale after a single-page navigation', () => {
      const { document, url } = loadPage('linkedin-profile-2026.html', (html) => html.replace('(12) Jérôme Martin | LinkedIn', '(12) Anika Patel | LinkedIn'));
      expect(names(adapter.extract(document, url))).toEqual(['Jérôme Martin']);
    });
  });

  describe('embedded JSON', () => {
    const page = (codes: string) =>
      parsePage(`<!DOCTYPE html><html><head><title>LinkedIn</title></head><body data-rehydrated><main></main>${codes}</body></html>`);
    const viewer = `<code id="bpr-guid-1">{"included":[{"firstName":"Sam","lastName":"Viewer","headline":"Account Executive at Persona Co","publicIdentifier":"sam-viewer-01"}]}</code>`;
    const profile = `<code id="bpr-guid-2">{"included":[{"firstName":"Jane","lastName":"Doe","headline":"CFO at Contoso","publicIdentifier":"jane-doe"}]}</code>`;
    const url = new URL('https://www.linkedin.com/in/Jane-Doe/');

    it('never takes the viewer for the profile', () => {
      expect(adapter.extract(page(viewer), url)).toEqual([]);
    });

    it('uses the entity whose public identifier is the URL slug', () => {
      const [contact] = adapter.extract(page(viewer + profile), url);
      expect(plain(contact!)).toEqual({ name: 'Jane Doe', title: 'CFO at Contoso', company: 'Contoso', profileUrl: 'https://www.linkedin.com/in/jane-doe/' });
      expect(contact!.name!.source).toBe('json');
    });

    it('shrugs off JSON that does not parse', () => {
      expect(adapter.extract(page('<code id="bpr-guid-3">{"publicIdentifier": nope</code>'), url)).toEqual([]);
    });

    it('ignores the viewer on the real 2025 and 2026 pages', () => {
      for (const file of ['linkedin-profile-2025.html', 'linkedin-profile-2026.html']) {
        const { document, url: pageUrl } = loadPage(file);
        const contacts = adapter.extract(document, pageUrl);
        expect(JSON.stringify(contacts)).not.toMatch(/Sam Viewer|Persona Co/);
      }
    });
  });

  describe('2025 DOM', () => {
    it('reads the name from its h2, the headline from its data attribute, the company from its aria-label', () => {
      const { document, url } = loadPage('linkedin-profile-2025.html');
      const [contact] = adapter.extract(document, url);
      expect(contact!.title!.source).toBe('data-attribute');
      expect(contact!.company!.source).toBe('aria');
    });

    it('falls back to structure when data attributes and aria-labels are gone', () => {
      const { document, url } = loadPage('linkedin-profile-2025.html', (html) =>
        html
          .replace(/<title>.*<\/title>/, '<title></title>')
          .replace(/ data-generated-suggestion-target="[^"]*"/g, '')
          .replace(/ aria-label="[^"]*"/g, '')
          .replace(/ (?:alt|title)="Priya Raman"/g, ''),
      );
      const [contact] = adapter.extract(document, url);
      expect(plain(contact!)).toMatchObject({ name: 'Priya Raman', title: 'VP of Security Engineering at Northwind Health' });
      expect(contact!.name!.source).toBe('structure');
      expect(contact!.title!.source).toBe('structure');
    });
  });

  it('skips furniture next to the name (premium badge, presence) when the headline comes from structure', () => {
    const { document, url } = loadPage('linkedin-profile-2025.html', (html) =>
      html
        .replace(/<title>.*<\/title>/, '<title></title>')
        .replace(/ data-generated-suggestion-target="[^"]*"/g, '')
        .replace(/ aria-label="[^"]*"/g, '')
        .replace(/ (?:alt|title)="Priya Raman"/g, '')
        .replace(
          '<span class="dist-value">',
          '<span class="_9f2e1a70">Status is reachable</span><span class="_51d0c3b2"><span>Premium</span></span><span class="dist-value">',
        ),
    );
    const [contact] = adapter.extract(document, url);
    expect(plain(contact!)).toMatchObject({ name: 'Priya Raman', title: 'VP of Security Engineering at Northwind Health' });
  });

  it('reports nothing when the profile is not rendered yet', () => {
    const doc = parsePage('<!DOCTYPE html><html><head><title>LinkedIn</title></head><body><div id="root"><main></main></div></body></html>');
    expect(adapter.extract(doc, new URL('https://www.linkedin.com/in/jane-doe/'))).toEqual([]);
  });
});

describe('LinkedIn profile adapter: embedded JSON', () => {
  it('parses each embedded blob once per page however often the page is read, and again when the app rewrites it', () => {
    const { document, url } = loadPage('linkedin-profile-2026.html');
    expect(document.querySelectorAll('code[id^="bpr-guid-"]').length).toBeGreaterThan(0);
    const parse = vi.spyOn(JSON, 'parse');
    const first = adapter.extract(document, url);
    const parsedOnce = parse.mock.calls.length;
    expect(parsedOnce).toBeGreaterThan(0);
    for (let i = 0; i < 5; i++) expect(adapter.extract(document, url)).toEqual(first);
    expect(parse.mock.calls.length).toBe(parsedOnce);
    const code = document.querySelector('code[id^="bpr-guid-"]')!;
    code.textContent = `${code.textContent} `;
    adapter.extract(document, url);
    expect(parse.mock.calls.length).toBeGreaterThan(parsedOnce);
  });

  it('never parses a blob that does not name the profile (the viewer’s, the network’s), and still reads one that does', () => {
    const network = JSON.stringify({
      included: Array.from({ length: 50 }, (_, i) => ({ firstName: `M${i}`, lastName: 'Net', publicIdentifier: `network-${i}` })),
    });
    const blobs = `<code id="bpr-guid-1">${network}</code><code id="bpr-guid-2">{"included":[{"firstName":"Jane","lastName":"Doe","headline":"CFO at Contoso","publicIdentifier":"Jane-Doe"}]}</code>`;
    const doc = parsePage(`<!DOCTYPE html><html><head><title>LinkedIn</title></head><body><main></main>${blobs}</body></html>`);
    const parse = vi.spyOn(JSON, 'parse');
    const [contact] = adapter.extract(doc, new URL('https://www.linkedin.com/in/jane-doe/'));
    expect(contact!.name).toMatchObject({ value: 'Jane Doe', source: 'json' });
    const parsed = parse.mock.calls.map(([text]) => String(text));
    expect(parsed.filter((text) => text.includes('network-0'))).toEqual([]);
    expect(parsed.filter((text) => text.includes('"Jane-Doe"'))).toHaveLength(1);
  });
});
