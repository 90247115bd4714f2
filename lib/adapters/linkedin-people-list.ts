/**
 * LinkedIn people search results and company "People" pages: many contacts per page, rendered
 * lazily while scrolling (docs/pages.md, "LinkedIn people search").
 * The sturdiest hook is each profile link in `main`, up to its card; the 2025 and 2026 card
 * markers only speed that up.
 */
import type { DetectedContact } from './contact';
import type { PatchReader } from './patches';
import { docOf, isVisible, outermost, readCard, readText } from './dom';
import {
  candidate,
  canonicalLinkedInProfile,
  companyFromCurrentLine,
  companyFromHeadline,
  contact,
  pickField,
  uniqueByKey,
  type ListAdapter,
} from './fields';

const CARD = [
  '[data-view-name="search-entity-result-universal-template"]', // 2025
  '[data-view-name="people-search-result"]', // 2026
  '[data-chameleon-result-urn^="urn:li:member:"]',
  '.org-people-profile-card', // company People page
].join(', ');
const TITLE_LINK = 'a[data-view-name="search-result-lockup-title"], .entity-result__title-text a, .artdeco-entity-lockup__title a';
const PROFILE_LINK = 'a[href*="/in/"]';
const OUTSIDE_RESULTS = 'aside, nav, header, footer, [role="dialog"]';

const DEGREE = /^(?:[•·]\s*)?(?:1st|2nd|3rd\+?|\d+(?:st|nd|rd|th)\+?)(?:\s+degree connection)?$/i;
const ACTIONS = /^(?:Connect|Message|Follow|Following|Pending|Send InMail|InMail|Save|View profile|Invite|Withdraw|Remove)$/i;

const isPeopleSearch = (url: URL) => /^\/search\/results\/people\/?/.test(url.pathname);
const isCompanyPeople = (url: URL) => /^\/company\/[^/]+\/people\/?$/.test(url.pathname);

/** The company whose People page this is: "(2) Contoso: People | LinkedIn", or the page heading. */
function pageCompany(doc: Document, url: URL) {
  if (!isCompanyPeople(url)) return null;
  // Read once per page (and title), not once per card.
  const cached = companyByPage.get(doc);
  if (cached && cached.href === url.href && cached.title === doc.title) return cached.company;
  const company = readPageCompany(doc);
  companyByPage.set(doc, { href: url.href, title: doc.title, company });
  return company;
}
const companyByPage = new WeakMap<Document, { href: string; title: string; company: ReturnType<typeof pickField> }>();

function readPageCompany(doc: Document) {
  const fromTitle = /^(?:\(\d+\+?\)\s*)?(.+?):\s*People\s*\|\s*LinkedIn$/.exec(doc.title?.trim() ?? '')?.[1];
  const heading = Array.from(doc.querySelectorAll('main h1')).find(isVisible);
  return pickField([candidate(fromTitle, 'document-title', 0.85), candidate(readText(heading), 'structure', 0.7)]);
}

function profileLinkOf(card: Element, base: URL): { link: Element; key: string } | null {
  const keyOf = (link: Element | null) => {
    const href = link?.getAttribute('href');
    if (!href) return null;
    try {
      return canonicalLinkedInProfile(new URL(href, base));
    } catch {
      return null; // not a URL: try the next link
    }
  };
  const title = card.querySelector(TITLE_LINK);
  const titleKey = keyOf(title);
  if (title && titleKey) return { link: title, key: titleKey };
  for (const link of Array.from(card.querySelectorAll(PROFILE_LINK))) {
    const key = keyOf(link);
    if (key) return { link, key };
  }
  return null;
}

/** The result card an element sits in (itself included), or null. */
export function cardOf(element: Element): Element | null {
  const item = element.closest('li');
  const card = element.closest(CARD) ?? (item?.querySelector(PROFILE_LINK) ? item : null);
  return card && isVisible(card) && !card.closest(OUTSIDE_RESULTS) ? card : null;
}

/** Result cards in `root` (a whole page or an added subtree), or the card `root` sits in. */
export function cardsIn(root: Document | Element): Element[] {
  if (root.nodeType === 1 && (root as Element).closest(CARD)) {
    const card = cardOf(root as Element);
    return card ? [card] : [];
  }
  const marked = outermost(Array.from(root.querySelectorAll(CARD)));
  // Unmarked cards: each profile link in the results, up to its list item.
  const scope = root.nodeType === 9 ? ((root as Document).querySelector('main') ?? root) : root;
  const linked = Array.from(scope.querySelectorAll(PROFILE_LINK))
    .filter((link) => !link.closest(CARD))
    .map((link) => link.closest('li') ?? link.parentElement?.closest('[data-view-name]'))
    .filter((card): card is Element => !!card);
  return outermost([...new Set([...marked, ...linked])]).filter((card) => isVisible(card) && !card.closest(OUTSIDE_RESULTS));
}

/** One result card as a contact; null for cards without a profile link ("LinkedIn Member", placeholders). */
export function extractCard(card: Element, url: URL, patch?: PatchReader): DetectedContact | null {
  const found = profileLinkOf(card, url);
  if (!found) return null;
  const { link, key } = found;
  const titleLink = card.querySelector(TITLE_LINK);
  const subtitle = card.querySelector('.entity-result__primary-subtitle, .artdeco-entity-lockup__subtitle');
  // One walk of the card gives its lines and the text of each part read below.
  const text = readCard(card, [titleLink, link, subtitle]);
  const invite = /^Invite (.+?) to connect$/i.exec(card.querySelector('[aria-label^="Invite "]')?.getAttribute('aria-label') ?? '')?.[1];
  const name = patch?.('name', card) ?? pickField([
    candidate(text.text(titleLink), titleLink?.hasAttribute('data-view-name') ? 'data-attribute' : 'structure', 0.8),
    candidate(text.text(link), 'structure', 0.7),
    candidate(invite, 'aria', 0.75),
  ]);
  if (!name || /^LinkedIn Member$/i.test(name.value)) return null;

  // Lines as shown: name (maybe with "• 2nd"), degree, headline, location, insights; buttons dropped.
  const lines = text.lines.filter((line) => !DEGREE.test(line) && !ACTIONS.test(line));
  const nameLine = lines.findIndex((line) => line.startsWith(name.value));
  const afterName = nameLine >= 0 ? lines.slice(nameLine + 1) : [];
  const headline = afterName.find((line) => !/^Current:|^Past:/i.test(line));
  const current = lines.find((line) => /^Current:/i.test(line));
  const title = patch?.('title', card) ?? pickField([candidate(headline, 'structure', 0.65), candidate(text.text(subtitle), 'class', 0.5)]);

  const company =
    patch?.('company', card) ??
    pageCompany(docOf(card), url) ??
    pickField([
      candidate(current ? companyFromCurrentLine(current) : null, 'structure', 0.6),
      candidate(companyFromHeadline(title?.value), 'structure', 0.4),
    ]);
  return contact('linkedin-people-list', key, { name, title, company, profileUrl: { value: key, source: 'url', confidence: 1 } });
}

export const linkedinPeopleListAdapter: ListAdapter = {
  id: 'linkedin-people-list',
  pageKind: 'list',
  matches: (url) =>
    url.protocol === 'https:' && (url.hostname === 'www.linkedin.com' || url.hostname === 'linkedin.com') && (isPeopleSearch(url) || isCompanyPeople(url)),
  cardsIn,
  extractCard,
  cardOf,
  extract: (root, url, patch) =>
    uniqueByKey(cardsIn(root).flatMap((card) => extractCard(card, url, patch) ?? [])),
};
