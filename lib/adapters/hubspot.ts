/**
 * HubSpot contact records on every regional host (app, app-eu1, app-na2…): docs/pages.md,
 * "HubSpot contact record". The highlight card changed in January 2026; both are read.
 */
import type { DetectedContact } from '../contracts/contact';
import { docOf, readValue, visibleAll } from './dom';
import { candidate, contact, pickField } from './fields';
import type { PageAdapter } from '../contracts/page-adapter';

/** `/contacts/<portal>/record/0-1/<id>`, and the older `/contacts/<portal>/contact/<id>`. */
const RECORD_PATH = /^\/contacts\/(\d+)\/(?:record\/0-1|contact)\/(\d+)(?:\/|$)/;
const isHubSpotHost = (host: string) => host === 'hubspot.com' || host.endsWith('.hubspot.com');

const HIGHLIGHT = '[data-card-type="OBJECT_HIGHLIGHT"], [data-selenium-component="ProfileHighlightContainer"]';
/** Record previews of other contacts open in side panels and dialogs. */
const OTHER_RECORD = '[role="dialog"], [data-selenium-test*="preview" i]';

export const hubspotContactAdapter: PageAdapter = {
  id: 'hubspot-contact',
  pageKind: 'profile',
  matches: (url) => url.protocol === 'https:' && isHubSpotHost(url.hostname) && RECORD_PATH.test(url.pathname),

  extract(root, url, patch): DetectedContact[] {
    const match = RECORD_PATH.exec(url.pathname);
    if (!match || !isHubSpotHost(url.hostname)) return [];
    const key = `https://${url.hostname}/contacts/${match[1]}/record/0-1/${match[2]}`;
    const first = (scope: Document | Element, selector: string) => visibleAll(scope, selector).find((el) => !el.closest(OTHER_RECORD));
    const highlight = first(root, HIGHLIGHT);
    const inRecord = (selector: string) => (highlight && first(highlight, selector)) ?? first(root, selector);
    const value = (el: Element | undefined) => (el ? readValue(el) : null);

    const fromTitle = /^(.+?)\s*\|\s*HubSpot\s*$/i.exec(docOf(root).title?.trim() ?? '')?.[1];
    const name =
      patch?.('name', root) ??
      pickField([candidate(value(inRecord('[data-selenium-test="highlightTitle"]')), 'data-attribute', 0.9), candidate(fromTitle, 'document-title', 0.65)]);
    if (!name) return [];
    const title =
      patch?.('title', root) ??
      pickField([
        candidate(value(first(root, '[data-selenium-test="property-input-jobtitle"]')), 'data-attribute', 0.85),
        candidate(value(inRecord('[data-selenium-test="highlightSubtitle"]')), 'data-attribute', 0.6),
      ]);
    const company =
      patch?.('company', root) ??
      pickField([
        candidate(value(first(root, '[data-selenium-test="company-chicklet-title-link"]')), 'data-attribute', 0.85),
        candidate(value(first(root, '[data-selenium-test="property-input-company"]')), 'data-attribute', 0.8),
      ]);
    return [contact('hubspot-contact', key, { name, title, company, profileUrl: { value: key, source: 'url', confidence: 1 } })];
  },
};
