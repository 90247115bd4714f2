import { describe, expect, it } from 'vitest';
import { hubspotContactAdapter as adapter } from '../../../lib/adapters/hubspot';
import { loadPage, names, plain } from './saved-pages';

describe('HubSpot contact adapter', () => {
  it.each([
    'https://app.hubspot.com/contacts/26789012/record/0-1/51234567801',
    'https://app-eu1.hubspot.com/contacts/26789012/record/0-1/51234567801/view/1',
    'https://app-na2.hubspot.com/contacts/26789012/record/0-1/51234567801',
    'https://app-ap1.hubspot.com/contacts/26789012/record/0-1/51234567801?interaction=note',
    'https://app.hubspot.com/contacts/4412345/contact/9013/',
  ])('runs on %s', (url) => expect(adapter.matches(new URL(url))).toBe(true));

  it.each([
    'https://app.hubspot.com/contacts/26789012/record/0-2/1133557799',
    'https://app.hubspot.com/contacts/26789012/objects/0-1/views/all/list',
    'https://knowledge.hubspot.com/contacts/1/record/0-1/2x',
    'https://app.hubspot.com.evil.example/contacts/1/record/0-1/2',
    'https://www.linkedin.com/in/lena-fischer/',
  ])('does not run on %s', (url) => expect(adapter.matches(new URL(url))).toBe(false));

  it.each(['app.hubspot.com', 'app-eu1.hubspot.com', 'app-na2.hubspot.com'])('reads the same record on %s, keyed on that host', (host) => {
    const { document } = loadPage('hubspot-contact.html');
    const [contact] = adapter.extract(document, new URL(`https://${host}/contacts/26789012/record/0-1/51234567801`));
    expect(plain(contact!)).toEqual({
      name: 'Lena Fischer',
      title: 'Head of Procurement',
      company: 'Globex GmbH',
      profileUrl: `https://${host}/contacts/26789012/record/0-1/51234567801`,
    });
  });

  it('gives the older /contact/<id> address the canonical record key', () => {
    const { document, url } = loadPage('hubspot-contact-2025.html');
    expect(adapter.extract(document, url)[0]!.key).toBe('https://app.hubspot.com/contacts/4412345/record/0-1/9013');
  });

  it('ignores a closed preview of another record and associated contacts', () => {
    const { document, url } = loadPage('hubspot-contact.html', (html) => html.replace(/<title>.*<\/title>/, '<title></title>'));
    const reported = JSON.stringify(adapter.extract(document, url));
    for (const other of ['Mark Ruiz', 'Warehouse Manager', 'Contoso Freight', 'Jonas Keller']) expect(reported).not.toContain(other);
    expect(names(adapter.extract(document, url))).toEqual(['Lena Fischer']);
  });

  it('falls back to the title without "| HubSpot" when the highlight card is missing', () => {
    const { document, url } = loadPage('hubspot-contact-2025.html', (html) => html.replace(/data-selenium-test="highlightTitle"/, ''));
    expect(adapter.extract(document, url)[0]!.name).toMatchObject({ value: 'Andre Costa', source: 'document-title' });
  });
});
