import { describe, expect, it } from 'vitest';
import type { DetectedContact } from '../../../lib/contracts/contact';
import { linkedinPeopleListAdapter as adapter } from '../../../lib/adapters/linkedin-people-list';
import { loadPage, names, plain } from './saved-pages';

const LIST_PAGES = ['linkedin-search-2025.html', 'linkedin-search-2026.html', 'linkedin-company-people.html'];

/** Empties the page's result list, then adds the cards back one by one as a scrolling page would. */
function renderLazily(file: string, card: string): DetectedContact[] {
  const { document, url } = loadPage(file);
  const items = Array.from(document.querySelectorAll(card));
  const parent = items[0]!.parentElement!;
  for (const item of items) item.remove();
  expect(adapter.extract(document, url)).toEqual([]);
  const found: DetectedContact[] = [];
  for (const item of items) {
    parent.appendChild(item);
    for (const c of adapter.cardsIn(item)) {
      const contact = adapter.extractCard(c, url);
      if (contact) found.push(contact);
    }
  }
  return found;
}

describe('LinkedIn people list adapter', () => {
  it.each([
    'https://www.linkedin.com/search/results/people/?keywords=ciso',
    'https://www.linkedin.com/search/results/people/?keywords=ciso&page=3',
    'https://www.linkedin.com/company/contoso/people/',
    'https://www.linkedin.com/company/contoso/people/?keywords=security',
  ])('runs on %s', (url) => expect(adapter.matches(new URL(url))).toBe(true));

  it.each([
    'https://www.linkedin.com/search/results/companies/?keywords=contoso',
    'https://www.linkedin.com/search/results/all/?keywords=ciso',
    'https://www.linkedin.com/company/contoso/',
    'https://www.linkedin.com/company/contoso/jobs/',
    'https://www.linkedin.com/in/jane-doe/',
    'https://evil.example/search/results/people/',
  ])('does not run on %s', (url) => expect(adapter.matches(new URL(url))).toBe(false));

  it('skips out-of-network "LinkedIn Member" results, which have no profile link: the scan finds cards by their links, and read as a card it is no one', () => {
    for (const file of ['linkedin-search-2025.html', 'linkedin-search-2026.html', 'linkedin-company-people.html']) {
      const { document, url } = loadPage(file);
      const marked = document.querySelectorAll(
        '[data-view-name="search-entity-result-universal-template"], [data-view-name="people-search-result"], .org-people-profile-card',
      );
      const members = Array.from(marked).filter((card) => card.textContent!.includes('LinkedIn Member'));
      expect(members).toHaveLength(1);
      const member = members[0]!;
      expect(adapter.cardOf(member)).toBe(member);
      expect(member.querySelector('a[href*="/in/"]') === null).toBe(true);
      expect(adapter.cardsIn(document).includes(member)).toBe(false);
      expect(adapter.extractCard(member, url)).toBeNull();
      expect(names(adapter.extract(document, url))).not.toContain('LinkedIn Member');
    }
  });

  it('never reports the hidden stale result, the viewer, mutual connections or sidebar people', () => {
    const reported = LIST_PAGES.flatMap((file) => {
      const { document, url } = loadPage(file);
      return names(adapter.extract(document, url));
    });
    for (const name of ['Victor Lane', 'Sam Viewer', 'Jonas Weber', 'Kim Abercrombie CFO', 'Colin Baird']) expect(reported).not.toContain(name);
    // Grace Liu is a mutual connection on the 2025 page and a result on the 2026 page: reported once, from 2026.
    expect(reported.filter((n) => n === 'Grace Liu')).toHaveLength(1);
  });

  it('drops degree markers and Connect/Message buttons from the headline', () => {
    const { document, url } = loadPage('linkedin-search-2025.html');
    for (const contact of adapter.extract(document, url)) {
      expect(contact.title!.value).not.toMatch(/^(?:•|Connect|Message)|degree connection/);
      expect(contact.name!.value).not.toMatch(/View|’s profile/);
    }
  });

  it('takes the company from the "Current:" line before the headline', () => {
    const { document, url } = loadPage('linkedin-search-2025.html');
    const rahul = adapter.extract(document, url).find((c) => c.name!.value === 'Rahul Mehta')!;
    expect(rahul.company).toMatchObject({ value: 'Tailspin Toys', source: 'structure', confidence: 0.6 });
  });

  it("takes a company People page's company from the page", () => {
    const { document, url } = loadPage('linkedin-company-people.html');
    const contacts = adapter.extract(document, url);
    expect(new Set(contacts.map((c) => c.company!.value))).toEqual(new Set(['Contoso']));
    expect(contacts[0]!.company!.source).toBe('document-title');
  });

  describe("the whole page's scan, a step at a time", () => {
    it.each(LIST_PAGES)('yields the cards cardsIn finds, each once, with steps in between on %s', (file) => {
      const { document } = loadPage(file);
      // A long list: the results repeated until their profile links fill several steps.
      const item = document.querySelector('main a[href*="/in/"]')!.closest('li, [role="listitem"]')!;
      const list = item.parentElement!;
      const results = Array.from(list.children);
      for (let copy = 0; copy < 40; copy++) for (const result of results) list.appendChild(result.cloneNode(true));
      const steps: Array<Element | null> = [];
      const scan = adapter.scanCards(document);
      for (let step = scan.next(); !step.done; step = scan.next()) steps.push(step.value);
      const cards = steps.filter((step): step is Element => step !== null);
      expect(new Set(cards).size).toBe(cards.length);
      expect(cards).toEqual(adapter.cardsIn(document));
      expect(cards.length).toBeGreaterThan(40);
      // The link query, then steps of links read before any card is yielded.
      expect(steps[0]).toBeNull();
      expect(steps.indexOf(cards[0]!)).toBeGreaterThan(1);
    });

    it('reads a card once however many of its links name the person, and never a card inside another', () => {
      const { document } = loadPage('linkedin-search-2025.html');
      const cards = adapter.cardsIn(document);
      for (const card of cards) expect(cards.some((other) => other !== card && other.contains(card))).toBe(false);
      expect(cards.every((card) => card.querySelectorAll('a[href*="/in/"]').length >= 1)).toBe(true);
    });
  });

  describe('lazy rendering', () => {
    it.each([
      ['linkedin-search-2025.html', 'li.reusable-search__result-container'],
      ['linkedin-search-2026.html', '[role="listitem"]'],
      ['linkedin-company-people.html', 'li.org-people-profile-card__profile-card-spacing'],
    ])('per-card extraction of added nodes on %s gives the whole-page contacts', (file, card) => {
      const { document, url } = loadPage(file);
      const whole = adapter.extract(document, url);
      expect(renderLazily(file, card).map(plain)).toEqual(whole.map(plain));
    });

    it('finds the card around content rendered into an existing placeholder', () => {
      const { document, url } = loadPage('linkedin-search-2026.html');
      const card = document.querySelector('a[href*="/in/grace-liu-99/"]')!.closest('[data-view-name="people-search-result"]')!;
      const content = Array.from(card.children);
      for (const child of content) child.remove();
      expect(adapter.extractCard(card, url)).toBeNull();
      for (const child of content) card.appendChild(child);
      const added = content[1]!;
      expect(adapter.cardOf(added)).toBe(card);
      expect(adapter.cardsIn(added)).toEqual([card]);
      expect(adapter.extractCard(card, url)!.name!.value).toBe('Grace Liu');
    });

    it('reports nothing for a placeholder card that has not rendered', () => {
      const { document, url } = loadPage('linkedin-search-2026.html');
      const placeholder = document.querySelector('[aria-busy="true"]')!;
      expect(adapter.cardsIn(placeholder)).toEqual([placeholder]);
      expect(adapter.extractCard(placeholder, url)).toBeNull();
    });
  });
});

describe('LinkedIn people list adapter: names that cannot be mistaken', () => {
  const FILE = 'linkedin-search-2025-presence.html';

  it('names each card from the signals that agree, not from the presence dot in its photo link', () => {
    const { document, url } = loadPage(FILE);
    const contacts = adapter.extract(document, url);
    expect(names(contacts)).toEqual(['Hanna Lindqvist', 'Mateo Fernández', 'Ines Duarte', 'Yusuf Demir', 'Priyanka Nair', 'Lars Eriksen']);
    for (const contact of contacts) expect(contact.name!.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('never takes presence text for a name or a title, even when its screen-reader class is hashed', () => {
    const { document, url } = loadPage(FILE, (html) =>
      html.replace(/<span class="visually-hidden">(Status is \w+)<\/span>/g, '<span class="_f0a1b2c3">$1</span>'),
    );
    const contacts = adapter.extract(document, url);
    expect(names(contacts)).toEqual(['Hanna Lindqvist', 'Mateo Fernández', 'Ines Duarte', 'Yusuf Demir', 'Priyanka Nair', 'Lars Eriksen']);
    expect(JSON.stringify(contacts)).not.toMatch(/Status is|Search with Recruiter|Premium/);
  });

  it('reports no contact for an upsell card showing the viewer’s photo among the results', () => {
    const { document, url } = loadPage(FILE);
    const upsell = document.querySelector('[data-view-name="search-results-upsell"]')!.closest('li')!;
    expect(adapter.cardsIn(document).includes(upsell)).toBe(true);
    expect(adapter.extractCard(upsell, url)).toBeNull();
  });

  it('takes the name from the photo alt and the action label when the link text is gone', () => {
    const { document, url } = loadPage(FILE, (html) => html.replace(/<span aria-hidden="true"><!---->Hanna Lindqvist<!----><\/span>/, ''));
    // The name is no longer shown on the card: without a visible name it is not reported.
    expect(names(adapter.extract(document, url))).not.toContain('Hanna Lindqvist');
    const shown = loadPage(FILE, (html) => html.replace(/<span class="visually-hidden"><!---->View Hanna Lindqvist’s profile<!----><\/span>/, ''));
    const hanna = adapter.extract(shown.document, shown.url)[0]!;
    expect(hanna.name).toMatchObject({ value: 'Hanna Lindqvist' });
  });
});
