import { describe, expect, it } from 'vitest';
import type { DetectedContact } from '../../../lib/contracts/contact';
import { salesNavigatorLeadAdapter as lead, salesNavigatorListAdapter as list } from '../../../lib/adapters/sales-navigator';
import { loadPage, names, plain } from './saved-pages';

describe('Sales Navigator lead adapter', () => {
  it.each([
    'https://www.linkedin.com/sales/lead/ACwAAA1b2C3dE4fG5hI6jK7lM8nO9pQ0rS1tU2v,NAME_SEARCH,x00',
    'https://www.linkedin.com/sales/lead/ACwAAA1b2C3dE4fG5hI6jK7lM8nO9pQ0rS1tU2v,NAME_SEARCH,x00?_ntb=abc',
  ])('runs on %s', (url) => expect(lead.matches(new URL(url))).toBe(true));

  it.each([
    'https://www.linkedin.com/sales/search/people?query=x',
    'https://www.linkedin.com/sales/home',
    'https://www.linkedin.com/sales/company/1234',
    'https://www.linkedin.com/in/olivia-park-coho/',
  ])('does not run on %s', (url) => expect(lead.matches(new URL(url))).toBe(false));

  it('keys the lead on its lead id, not the /in/ profile it links to', () => {
    const { document, url } = loadPage('sales-navigator-lead.html');
    const [contact] = lead.extract(document, url);
    expect(contact!.key).toBe('https://www.linkedin.com/sales/lead/ACwAAA1b2C3dE4fG5hI6jK7lM8nO9pQ0rS1tU2v');
  });

  it('reports the lead only, never the similar or also-viewed leads', () => {
    const { document, url } = loadPage('sales-navigator-lead.html', (html) => html.replace(/<title>.*<\/title>/, '<title></title>'));
    expect(names(lead.extract(document, url))).toEqual(['Olivia Park']);
  });

  it('prefers the current job title to the headline, and falls back to the headline', () => {
    const { document, url } = loadPage('sales-navigator-lead.html');
    expect(lead.extract(document, url)[0]!.title).toMatchObject({ value: 'Director of IT Infrastructure', source: 'data-attribute' });
    const noRoles = loadPage('sales-navigator-lead.html', (html) => html.replace(/ data-anonymize="job-title"/g, ''));
    expect(lead.extract(noRoles.document, noRoles.url)[0]!.title!.value).toMatch(/^Director of IT Infrastructure at Coho Vineyard \|/);
  });
});

describe('Sales Navigator list adapter', () => {
  it.each([
    'https://www.linkedin.com/sales/search/people?query=(keywords%3Ax)',
    'https://www.linkedin.com/sales/lists/people/7012345678901234567?sortCriteria=CREATED_TIME',
  ])('runs on %s', (url) => expect(list.matches(new URL(url))).toBe(true));

  it.each(['https://www.linkedin.com/sales/search/company?query=x', 'https://www.linkedin.com/sales/lead/ACwAAA1,NAME_SEARCH,x'])('does not run on %s', (url) =>
    expect(list.matches(new URL(url))).toBe(false),
  );

  it('ignores the hidden recently-viewed panel and the viewer', () => {
    const { document, url } = loadPage('sales-navigator-search.html');
    const reported = names(list.extract(document, url));
    expect(reported).not.toContain('Peter Vogel');
    expect(reported).not.toContain('Sam Viewer');
  });

  it('ignores leads listed in a rail beside the results, in the same artdeco list markup', () => {
    const rail = `<aside aria-label="Lead recommendations"><ul class="artdeco-list"><li class="artdeco-list__item"><a href="/sales/lead/ACwAAR9x,NAME_SEARCH,r1"><span data-anonymize="person-name">Ruth Okonkwo</span></a><span data-anonymize="title">Buyer</span></li></ul></aside>`;
    const { document, url } = loadPage('sales-navigator-search.html', (html) => html.replace('</body>', `${rail}</body>`));
    expect(names(list.extract(document, url))).not.toContain('Ruth Okonkwo');
    const railItem = document.querySelector('aside li.artdeco-list__item')!;
    expect(list.cardOf(railItem.querySelector('a')!)).toBeNull();
  });

  it('per-card extraction of added nodes gives the whole-page contacts', () => {
    const { document, url } = loadPage('sales-navigator-search.html');
    const whole = list.extract(document, url);
    const items = Array.from(document.querySelectorAll('ol.artdeco-list > li.artdeco-list__item'));
    const parent = items[0]!.parentElement!;
    for (const item of items) item.remove();
    const found: DetectedContact[] = [];
    for (const item of items) {
      parent.appendChild(item);
      // The content script sees the added list item, or any node inside it.
      const added = item.querySelector('[data-x-search-result]')!;
      for (const card of list.cardsIn(added)) found.push(list.extractCard(card, url)!);
      expect(list.cardOf(added)).toBe(item);
    }
    expect(found.map(plain)).toEqual(whole.map(plain));
  });
});
