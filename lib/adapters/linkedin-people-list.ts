/**
 * LinkedIn people search results and company "People" pages: many contacts per page, rendered
 * lazily while scrolling (docs/pages.md, "LinkedIn people search").
 * The sturdiest hook is each profile link in `main`, up to its card; the 2025 and 2026 card
 * markers only speed that up.
 */
import type { DetectedContact } from '../contracts/contact';
import type { PatchReader } from '../contracts/page-adapter';
import { allCards, cardsAround, scanCardsOf, docOf, isVisible, outermostAround, readCard, readText } from './dom';
import { candidate, canonicalLinkedInProfile, companyFromCurrentLine, companyFromHeadline, contact, pickField, slugCase, uniqueByKey } from './fields';
import type { ListAdapter } from '../contracts/page-adapter';
import { nameFrom, personLines, titleFrom } from './furniture';

const CARD = [
  '[data-view-name="search-entity-result-universal-template"]', // 2025
  '[data-view-name="people-search-result"]', // 2026
  '[data-chameleon-result-urn^="urn:li:member:"]',
  '.org-people-profile-card', // company People page
].join(', ');
const TITLE_LINK = 'a[data-view-name="search-result-lockup-title"], .entity-result__title-text a, .artdeco-entity-lockup__title a';
const PROFILE_LINK = 'a[href*="/in/"]';
const OUTSIDE_RESULTS = 'aside, nav, header, footer, [role="dialog"]';

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

/**
 * The profile a link points to. A card links its person two or three times with the same href
 * (photo, name, insight), and each href is parsed as a URL once: absolute hrefs are remembered
 * as they are, relative ones with the page's origin and path they resolve against.
 */
function keyOf(link: Element | null, base: URL): string | null {
  const href = link?.getAttribute('href');
  if (!href) return null;
  // What result cards link: an absolute profile URL whose slug parsing would not change.
  const plain = PLAIN_PROFILE_HREF.exec(href)?.[1];
  if (plain) {
    const slug = slugCase(plain);
    return slug === 'me' ? null : `https://www.linkedin.com/in/${slug}/`;
  }
  const cacheKey = /^https:\/\//i.test(href) ? href : `${base.origin}${base.pathname} ${href}`;
  const known = keyByHref.get(cacheKey);
  if (known !== undefined) return known;
  let key: string | null;
  try {
    key = canonicalLinkedInProfile(new URL(href, base));
  } catch {
    key = null; // not a URL: try the next link
  }
  if (keyByHref.size >= 5_000) keyByHref.clear();
  keyByHref.set(cacheKey, key);
  return key;
}
const keyByHref = new Map<string, string | null>();
/** `https://www.linkedin.com/in/<slug>` with a slug of letters, digits, `_` and `-`, then the path, query or hash. */
const PLAIN_PROFILE_HREF = /^https:\/\/www\.linkedin\.com\/in\/([\w-]+)(?:[/?#]|$)/;

/**
 * The card's person: the title link's profile, else the first profile link's; and every link in
 * the card to that same profile (photo, name, "View … profile"), which are the name's signals.
 * Links to other profiles (mutual connections) are not about this person.
 */
function personOf(card: Element, base: URL): { key: string; titleLink: Element | null; links: Element[] } | null {
  const title = card.querySelector(TITLE_LINK);
  const all = Array.from(card.querySelectorAll(PROFILE_LINK));
  const titleKey = keyOf(title, base);
  let key = titleKey;
  let keyHref: string | null = titleKey ? title!.getAttribute('href') : null;
  for (let i = 0; !key && i < all.length; i++) {
    key = keyOf(all[i]!, base);
    if (key) keyHref = all[i]!.getAttribute('href');
  }
  if (!key) return null;
  // The same person's links name the same slug: only those are parsed to compare keys (a
  // mutual connection's link names another, and is not a URL to parse for every card).
  const slug = /\/in\/([^/?#]+)/.exec(keyHref ?? '')?.[1];
  const links = all.filter((link) => {
    const href = link.getAttribute('href') ?? '';
    return href === keyHref || (!!slug && href.includes(`/in/${slug}`) && keyOf(link, base) === key);
  });
  return { key, titleLink: titleKey ? title : null, links };
}

/** The result card an element sits in (itself included), or null. */
function cardOf(element: Element): Element | null {
  const item = element.closest('li');
  const card = element.closest(CARD) ?? (item?.querySelector(PROFILE_LINK) ? item : null);
  return card && isVisible(card) && !card.closest(OUTSIDE_RESULTS) ? card : null;
}

/**
 * Result cards in `root` (a whole page, or a subtree no card encloses), a step at a time
 * (`cardsAround`): for each profile link, the outermost marked card around it; outside marked
 * cards, a link in the results (`main` on a whole page) up to its list item. Shown ones only,
 * outside rails and dialogs.
 */
function scanBelow(root: Document | Element): Generator<Element | null> {
  const results = root.nodeType === 9 ? (root as Document).querySelector('main') : null;
  const marked = new Map<Element, Element>();
  const cardAround = (link: Element) => {
    const card = outermostAround(link, CARD, marked);
    if (card) return card;
    if (results && !results.contains(link)) return null;
    return link.closest('li') ?? link.parentElement?.closest('[data-view-name]');
  };
  return cardsAround(root, PROFILE_LINK, cardAround, (card) => isVisible(card) && !card.closest(OUTSIDE_RESULTS));
}

/** `scanBelow`, or the card `root` sits in (an added node rendered into a card). */
const scanCards = scanCardsOf(CARD, cardOf, scanBelow);

/** Result cards in `root` (a whole page or an added subtree), or the card `root` sits in, at once. */
const cardsIn = (root: Document | Element): Element[] => allCards(scanCards(root));

/** "Invite Jane Doe to connect", "Message Jane Doe", "Follow Jane Doe": buttons that name the card's person. */
const ACTION_LABELS = '[aria-label^="Invite " i], [aria-label^="Message " i], [aria-label^="Follow " i]';
/** The confidence of a name two or three of a card's signals agree on (pickField adds 0.05 per agreeing source). */
const SETTLED = 0.85;

/**
 * One result card as a contact; null for cards without a profile link ("LinkedIn Member",
 * placeholders) and for cards that do not show a person's name (upsells with the viewer's photo).
 * The name is checked against every signal the card carries: the link texts, the photo's alt,
 * the screen-reader "View NAME’s profile" and the action buttons' labels; agreeing ones win.
 */
function extractCard(card: Element, url: URL, patch?: PatchReader): DetectedContact | null {
  const person = personOf(card, url);
  if (!person) return null;
  const { key, titleLink, links } = person;
  const subtitle = card.querySelector('.entity-result__primary-subtitle, .artdeco-entity-lockup__subtitle');
  const nameLinks = links.filter((link) => link !== titleLink);
  // One walk of the card gives its lines and the text of each part read below.
  const text = readCard(card, [titleLink, ...nameLinks, subtitle]);
  const fromLinks = [
    candidate(nameFrom(text.text(titleLink)), titleLink?.hasAttribute('data-view-name') ? 'data-attribute' : 'structure', 0.8),
    // The photo's link is hidden from screen readers (aria-hidden): its text is the presence dot's
    // at best, so it counts for less than a link that is read out (and ties go to the latter).
    ...nameLinks.map((link) => candidate(nameFrom(text.text(link)), 'structure', link.getAttribute('aria-hidden') === 'true' ? 0.6 : 0.7)),
    // The photo's alt and the screen-reader "View NAME’s profile", in one query per link.
    ...links.flatMap((link) =>
      Array.from(link.querySelectorAll('img[alt], .visually-hidden'), (el) => {
        if (el.tagName === 'IMG') return candidate(nameFrom(el.getAttribute('alt'), { label: true }), 'aria', 0.7);
        const label = el.textContent ?? '';
        return candidate(/^\s*View /i.test(label) ? nameFrom(label, { label: true }) : null, 'aria', 0.75);
      }),
    ),
  ];
  // A pack's patch (lib/adapters/patches.ts) is read first; its value wins when it finds one.
  let name = patch?.('name', card) ?? pickField(fromLinks);
  // Two or three links' signals agreeing settle it (the buttons could not outvote them); else the
  // action buttons' labels are asked too, a query of the whole card that most cards do not need.
  if (!name || (name.source !== 'patch' && name.confidence < SETTLED))
    name = pickField([
      ...fromLinks,
      ...Array.from(card.querySelectorAll(ACTION_LABELS), (button) => candidate(nameFrom(button.getAttribute('aria-label'), { label: true }), 'aria', 0.75)),
    ]);
  if (!name) return null;

  // Lines as shown: name (maybe with "• 2nd"), degree, headline, location, insights; furniture dropped.
  const lines = personLines(text.lines);
  // The name must be shown on the card: a label or alt alone (an upsell's photo of the viewer) is no result.
  const nameLine = lines.findIndex((line) => line.startsWith(name.value));
  if (nameLine < 0) return null;
  const headline = lines.slice(nameLine + 1).find((line) => !/^Current:|^Past:/i.test(line));
  const current = lines.find((line) => /^Current:/i.test(line));
  const title =
    patch?.('title', card) ?? pickField([candidate(titleFrom(headline), 'structure', 0.65), candidate(titleFrom(text.text(subtitle)), 'class', 0.5)]);

  const company =
    patch?.('company', card) ??
    pageCompany(docOf(card), url) ??
    pickField([candidate(current ? companyFromCurrentLine(current) : null, 'structure', 0.6), candidate(companyFromHeadline(title?.value), 'structure', 0.4)]);
  return contact('linkedin-people-list', key, { name, title, company, profileUrl: { value: key, source: 'url', confidence: 1 } });
}

export const linkedinPeopleListAdapter: ListAdapter = {
  id: 'linkedin-people-list',
  pageKind: 'list',
  matches: (url) =>
    url.protocol === 'https:' && (url.hostname === 'www.linkedin.com' || url.hostname === 'linkedin.com') && (isPeopleSearch(url) || isCompanyPeople(url)),
  cardsIn,
  scanCards,
  extractCard,
  cardOf,
  extract: (root, url, patch) => uniqueByKey(cardsIn(root).flatMap((card) => extractCard(card, url, patch) ?? [])),
};
