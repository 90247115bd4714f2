/**
 * Sales Navigator lead pages and lead lists. `data-anonymize` attributes are the stable hooks;
 * leads are keyed on the lead id, not an `/in/` slug (docs/pages.md, "Sales Navigator").
 */
import type { DetectedContact } from '../contracts/contact';
import type { PatchReader } from '../contracts/page-adapter';
import { allCards, cardsAround, scanCardsOf, docOf, isVisible, outermostAround, readCard, readText, visibleAll } from './dom';
import { candidate, canonicalSalesLead, companyFromHeadline, contact, nameFromLinkedInTitle, pickField, salesLeadId, uniqueByKey } from './fields';
import type { ListAdapter, PageAdapter } from '../contracts/page-adapter';
import { nameFrom, titleFrom } from './furniture';

const NAME = '[data-anonymize="person-name"]';
const HEADLINE = '[data-anonymize="headline"]';
const JOB_TITLE = '[data-anonymize="title"], [data-anonymize="job-title"]';
const COMPANY = '[data-anonymize="company-name"]';
const LEAD_LINK = 'a[href*="/sales/lead/"], a[href*="/sales/people/"]';

const isLinkedIn = (url: URL) => url.protocol === 'https:' && (url.hostname === 'www.linkedin.com' || url.hostname === 'linkedin.com');

/**
 * Lead pages list other leads too (similar leads, "also viewed"): their fields sit in a link to
 * their own lead page, or in a list item holding one.
 */
function aboutThisLead(el: Element): boolean {
  if (!isVisible(el) || el.closest(`${LEAD_LINK}, aside, [role="dialog"]`)) return false;
  return !el.closest('li')?.querySelector(LEAD_LINK);
}
const first = (root: Document | Element, selector: string) => visibleAll(root, selector).find(aboutThisLead);

export const salesNavigatorLeadAdapter: PageAdapter = {
  id: 'sales-navigator-lead',
  pageKind: 'profile',
  // A plain prefix first: on LinkedIn's other pages (profiles, search) the pattern never runs.
  matches: (url) => isLinkedIn(url) && url.pathname.startsWith('/sales/') && /^\/sales\/lead\/[^/]+/.test(url.pathname),

  extract(root, url, patch): DetectedContact[] {
    const id = salesLeadId(url);
    if (!id) return [];
    const key = canonicalSalesLead(id);
    const heading = visibleAll(root, 'main h1').find(aboutThisLead);
    const name =
      patch?.('name', root) ??
      pickField([
        candidate(nameFrom(nameFromLinkedInTitle(docOf(root).title ?? '')), 'document-title', 0.8),
        candidate(nameFrom(readText(first(root, NAME))), 'data-attribute', 0.85),
        candidate(nameFrom(readText(heading)), 'structure', 0.65),
      ]);
    if (!name) return [];
    const title =
      patch?.('title', root) ??
      pickField([
        candidate(titleFrom(readText(first(root, JOB_TITLE))), 'data-attribute', 0.85),
        candidate(titleFrom(readText(first(root, HEADLINE))), 'data-attribute', 0.8),
      ]);
    const company =
      patch?.('company', root) ??
      pickField([candidate(readText(first(root, COMPANY)), 'data-attribute', 0.85), candidate(companyFromHeadline(title?.value), 'structure', 0.4)]);
    return [contact('sales-navigator-lead', key, { name, title, company, profileUrl: { value: key, source: 'url', confidence: 1 } })];
  },
};

const CARD = '[data-x-search-result="LEAD"], li.artdeco-list__item';
/** Rails and panels list leads in the same artdeco lists as the results ("Recently viewed", recommendations). */
const OUTSIDE_RESULTS = 'aside, nav, header, footer, [role="dialog"]';

function cardOf(element: Element): Element | null {
  // The list item, not the result inside it, so whole-page and per-node scans name the same card.
  const card = element.closest('li.artdeco-list__item') ?? element.closest(CARD);
  return card && isVisible(card) && card.querySelector(LEAD_LINK) && !card.closest(OUTSIDE_RESULTS) ? card : null;
}

/** Result cards in `root` (a whole page, or a subtree no card encloses), a step at a time: the outermost card around each lead link. */
function scanBelow(root: Document | Element): Generator<Element | null> {
  const outer = new Map<Element, Element>();
  return cardsAround(
    root,
    LEAD_LINK,
    (link) => outermostAround(link, CARD, outer),
    (card) => !card.closest(OUTSIDE_RESULTS) && isVisible(card),
  );
}

/** `scanBelow`, or the card `root` sits in (an added node rendered into a card). */
const scanCards = scanCardsOf(CARD, cardOf, scanBelow);

/** Result cards in `root` (a whole page or an added subtree), or the card `root` sits in, at once. */
const cardsIn = (root: Document | Element): Element[] => allCards(scanCards(root));

function extractCard(card: Element, url: URL, patch?: PatchReader): DetectedContact | null {
  const nameEl = card.querySelector(NAME);
  const link = nameEl?.closest(LEAD_LINK) ?? card.querySelector(LEAD_LINK);
  let id: string | null = null;
  try {
    id = link ? salesLeadId(new URL(link.getAttribute('href') ?? '', url)) : null;
  } catch {
    id = null;
  }
  if (!id) return null;
  const key = canonicalSalesLead(id);
  const jobTitle = card.querySelector(JOB_TITLE);
  const headline = card.querySelector(HEADLINE);
  const companyEl = card.querySelector(COMPANY);
  // One walk of the card reads every part (text per part would walk overlapping subtrees again).
  const text = readCard(card, [nameEl, link, jobTitle, headline, companyEl]);
  const photoAlt = link?.querySelector('img[alt]')?.getAttribute('alt');
  const name =
    patch?.('name', card) ??
    pickField([
      candidate(nameFrom(text.text(nameEl)), 'data-attribute', 0.85),
      candidate(nameFrom(text.text(link)), 'structure', 0.6),
      candidate(nameFrom(photoAlt, { label: true }), 'aria', 0.6),
    ]);
  if (!name) return null;
  const title =
    patch?.('title', card) ??
    pickField([candidate(titleFrom(text.text(jobTitle)), 'data-attribute', 0.85), candidate(titleFrom(text.text(headline)), 'data-attribute', 0.8)]);
  const company =
    patch?.('company', card) ??
    pickField([candidate(text.text(companyEl), 'data-attribute', 0.85), candidate(companyFromHeadline(title?.value), 'structure', 0.4)]);
  return contact('sales-navigator-list', key, { name, title, company, profileUrl: { value: key, source: 'url', confidence: 1 } });
}

export const salesNavigatorListAdapter: ListAdapter = {
  id: 'sales-navigator-list',
  pageKind: 'list',
  matches: (url) => isLinkedIn(url) && url.pathname.startsWith('/sales/') && /^\/sales\/(?:search\/people|lists\/people)\b/.test(url.pathname),
  cardsIn,
  scanCards,
  extractCard,
  cardOf,
  extract: (root, url, patch) => uniqueByKey(cardsIn(root).flatMap((card) => extractCard(card, url, patch) ?? [])),
};
