import { describe, expect, it } from 'vitest';
import { builtInAdaptersFor, detectContacts } from '../../../lib/adapters/registry';
import type { ListAdapter } from '../../../lib/contracts/page-adapter';
import { patchesFor } from '../../../lib/adapters/patches';
import type { AdapterPatch } from '../../../lib/pack/schema';
import { BROKEN_PROFILE, BROKEN_SEARCH, loadBroken, repairPatches } from './broken-pages';
import { loadPage, plain } from './saved-pages';

const profilePatch = (selectors: AdapterPatch['selectors'], matches = ['https://www.linkedin.com/in/*']): AdapterPatch => ({
  adapter: 'linkedin-profile',
  matches,
  selectors,
});

describe('adapterPatches applied to the built-in adapters', () => {
  it('repairs a profile the built-in adapter cannot read', () => {
    const { document, url } = loadBroken(BROKEN_PROFILE);
    expect(detectContacts(document, url)).toEqual([]);
    const [contact, ...rest] = detectContacts(document, url, [], undefined, repairPatches());
    expect(rest).toEqual([]);
    expect(plain(contact!)).toEqual({
      name: 'Marisol Okafor',
      title: 'Director of IT Security at Brightwater Logistics',
      company: 'Brightwater Logistics',
      profileUrl: 'https://www.linkedin.com/in/marisol-okafor-77b2c1/',
    });
    expect([contact!.name!.source, contact!.title!.source, contact!.company!.source]).toEqual(['patch', 'patch', 'patch']);
  });

  it('repairs a people search whose cards the built-in adapter no longer finds', () => {
    const { document, url } = loadBroken(BROKEN_SEARCH);
    expect(detectContacts(document, url)).toEqual([]);
    const contacts = detectContacts(document, url, [], undefined, repairPatches());
    expect(contacts.map(plain)).toEqual([
      {
        name: 'Henrik Solberg',
        title: 'Chief Information Security Officer at Fjordline Energy',
        company: 'Fjordline Energy',
        profileUrl: 'https://www.linkedin.com/in/henrik-solberg-0c4e/',
      },
      {
        name: 'Amara Diallo',
        title: 'Head of Procurement at Sahel Foods',
        company: 'Sahel Foods',
        profileUrl: 'https://www.linkedin.com/in/amara-diallo-9f1d/',
      },
    ]);
    // The watcher reads added nodes card by card: the patched card is found from inside it too.
    const adapter = builtInAdaptersFor(url, repairPatches())[0] as ListAdapter | undefined;
    const name = document.querySelector('a.r-name')!;
    expect(adapter!.cardOf!(name)).toBe(name.closest('[role="listitem"]'));
    expect(adapter!.cardsIn!(name.closest('[role="listitem"]')!)).toHaveLength(1);
    // And the whole page's scan, which the watcher reads in slices, finds the admin's cards too.
    const scan = adapter!.scanCards(document);
    const scanned: Element[] = [];
    for (let step = scan.next(); !step.done; step = scan.next()) if (step.value) scanned.push(step.value);
    expect(scanned).toEqual(adapter!.cardsIn(document));
    expect(scanned.map((card) => adapter!.extractCard(card, url)?.name?.value)).toEqual(['Henrik Solberg', 'Amara Diallo']);
  });

  it("is tried before the adapter's own layers, field by field, and falls back when it finds nothing", () => {
    const { document, url } = loadPage('linkedin-profile-2026.html');
    const before = detectContacts(document, url)[0]!;
    const patched = detectContacts(document, url, [], undefined, [profilePatch({ title: ['.no-such-thing', 'main h1'], company: ['.no-such-thing'] })])[0]!;
    // The second selector answered: less sure than the first would be, still above a structural guess.
    expect(patched.title).toEqual({ value: before.name!.value, source: 'patch', confidence: 0.8 });
    expect(patched.name).toEqual(before.name);
    expect(patched.company).toEqual(before.company);
  });

  it('applies only to its adapter and its URL patterns', () => {
    const { document, url } = loadPage('linkedin-profile-2026.html');
    const before = detectContacts(document, url);
    const elsewhere = profilePatch({ title: ['main h1'] }, ['https://www.linkedin.com/in/someone-else/*']);
    const otherAdapter: AdapterPatch = { adapter: 'hubspot-contact', matches: ['https://www.linkedin.com/*'], selectors: { title: ['main h1'] } };
    expect(patchesFor('linkedin-profile', url, [elsewhere, otherAdapter])).toEqual([]);
    expect(detectContacts(document, url, [], undefined, [elsewhere, otherAdapter])).toEqual(before);
  });

  it('treats a selector the browser refuses as matching nothing', () => {
    const { document, url } = loadPage('linkedin-profile-2026.html');
    const before = detectContacts(document, url);
    expect(detectContacts(document, url, [], undefined, [profilePatch({ title: ['main h1['] })])).toEqual(before);
  });

  it('reads shadow roots on Salesforce', () => {
    const { document, url } = loadPage('salesforce-contact.html');
    const before = detectContacts(document, url)[0]!;
    const patch: AdapterPatch = {
      adapter: 'salesforce-record',
      matches: ['https://*.lightning.force.com/lightning/r/Contact/*'],
      selectors: { title: ['lightning-formatted-name[slot="primaryField"]'] },
    };
    const after = detectContacts(document, url, [], undefined, [patch])[0]!;
    expect(after.title).toMatchObject({ value: before.name!.value, source: 'patch' });
  });
});
