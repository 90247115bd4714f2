import { describe, expect, it } from 'vitest';
import { customSiteAdapter, matchesPattern } from '../../../lib/adapters/custom-site';
import { adaptersFor, detectContacts } from '../../../lib/adapters/registry';
import type { SiteAdapter } from '../../../lib/pack/schema';
import { loadPage, parsePage, plain } from './saved-pages';

describe('match patterns (Chrome rules, https only)', () => {
  it.each([
    ['https://*.pipedrive.com/person/*', 'https://acme.pipedrive.com/person/1234', true],
    ['https://*.pipedrive.com/person/*', 'https://pipedrive.com/person/1', true],
    ['https://*.pipedrive.com/person/*', 'https://a.b.pipedrive.com/person/1?tab=x', true],
    ['https://*.pipedrive.com/person/*', 'https://acme.pipedrive.com/deal/1', false],
    ['https://*.pipedrive.com/person/*', 'http://acme.pipedrive.com/person/1', false],
    ['https://*.pipedrive.com/person/*', 'https://pipedrive.com.evil.example/person/1', false],
    ['https://*.pipedrive.com/person/*', 'https://evilpipedrive.com/person/1', false],
    ['https://app.close.com/lead/*', 'https://app.close.com/lead/lead_abc/', true],
    ['https://app.close.com/lead/*', 'https://x.app.close.com/lead/1', false],
    ['https://*/crm/contact/*', 'https://anything.example/crm/contact/9', true],
    ['https://*.crm.dynamics.com/main.aspx*etn=contact*', 'https://org.crm.dynamics.com/main.aspx?appid=1&pagetype=entityrecord&etn=contact&id=2', true],
    ['https://*.crm.dynamics.com/main.aspx*etn=contact*', 'https://org.crm.dynamics.com/main.aspx?etn=account', false],
    ['https://app.attio.com/*/person/*', 'https://app.attio.com/acme/person/abc/overview', true],
    ['https://crm.example.com/a.b', 'https://crm.example.com/aXb', false],
    ['ftp://crm.example.com/*', 'https://crm.example.com/x', false],
  ])('%s against %s: %s', (pattern, url, expected) => expect(matchesPattern(pattern, new URL(url))).toBe(expected));
});

describe('admin-defined site adapters', () => {
  const site = (person: Partial<SiteAdapter['person']>): SiteAdapter => ({
    id: 'close-lead',
    name: 'Close lead',
    matches: ['https://app.close.com/lead/*'],
    person: { name: ['h1.name'], title: ['.title'], ...person },
  });
  const url = new URL('https://app.close.com/lead/lead_abc/?tab=activity#notes');
  const doc = parsePage(`<!DOCTYPE html><html><head><title>x</title></head><body>
    <div hidden><h1 class="name">Hidden Person</h1></div>
    <h2 class="name2">Second Choice</h2><h1 class="name">Ada Park</h1>
    <span class="title"></span><span class="title-2">COO</span>
    <a class="profile" href="/contact/cont_9"><i></i></a><a class="mail" href="mailto:a@b.example">a@b</a>
  </body></html>`);

  it('is named custom:<id> and reports source custom', () => {
    const [contact] = customSiteAdapter(site({})).extract(doc, url);
    expect(contact!.adapter).toBe('custom:close-lead');
    expect(contact!.name).toEqual({ value: 'Ada Park', source: 'custom', confidence: 0.9 });
  });

  it('tries selectors in order, skipping empty and hidden matches, and trusts fallbacks less', () => {
    const [contact] = customSiteAdapter(site({ name: ['h1.name', 'h2.name2'], title: ['.title', '.title-2'] })).extract(doc, url);
    expect(contact!.name!.value).toBe('Ada Park');
    expect(contact!.title).toEqual({ value: 'COO', source: 'custom', confidence: 0.8 });
  });

  it('keys on the page URL without query or hash when there is no profile link', () => {
    const [contact] = customSiteAdapter(site({})).extract(doc, url);
    expect(contact!.key).toBe('https://app.close.com/lead/lead_abc/');
    expect(contact!.profileUrl).toMatchObject({ value: 'https://app.close.com/lead/lead_abc/', source: 'url' });
  });

  it('keys on the link a profileUrl selector yields, resolved against the page, https only', () => {
    expect(customSiteAdapter(site({ profileUrl: ['a.profile'] })).extract(doc, url)[0]!.key).toBe('https://app.close.com/contact/cont_9');
    expect(customSiteAdapter(site({ profileUrl: ['a.mail'] })).extract(doc, url)[0]!.key).toBe('https://app.close.com/lead/lead_abc/');
  });

  it('treats an invalid selector as matching nothing', () => {
    const [contact] = customSiteAdapter(site({ name: ['h1[[', 'h1.name'] })).extract(doc, url);
    expect(contact!.name!.value).toBe('Ada Park');
  });

  it('reports nothing when no name selector matches', () => {
    expect(customSiteAdapter(site({ name: ['.missing'] })).extract(doc, url)).toEqual([]);
  });

  it('runs only where its patterns match, beside the built-in adapters', () => {
    const { document, url: pageUrl, sites } = loadPage('custom-crm.html');
    expect(adaptersFor(pageUrl, sites).map((a) => a.id)).toEqual(['custom:pipedrive-person']);
    expect(adaptersFor(new URL('https://www.linkedin.com/in/x/'), sites).map((a) => a.id)).toEqual(['linkedin-profile']);
    expect(detectContacts(document, pageUrl).map(plain)).toEqual([]);
    expect(detectContacts(document, pageUrl, sites)[0]!.name!.value).toBe('Yuki Tanaka');
  });
});
