/**
 * Salesforce Lightning Contact and Lead record pages (docs/pages.md, "Salesforce Lightning").
 * Lightning keeps earlier records hidden in the DOM, so everything is read inside the one visible
 * record; components may render into open shadow roots, so every query goes through them.
 */
import type { DetectedContact } from '../contracts/contact';
import { closestDeep, deepQueryAll, docOf, isVisible, readText, visibleAll } from './dom';
import { candidate, contact, pickField, type Candidate } from './fields';
import type { PageAdapter } from '../contracts/page-adapter';

/** Lightning components are moving to native shadow roots: every query goes through them. */
const DEEP = { deep: true };
const RECORD_PATH = /^\/lightning\/r\/(Contact|Lead)\/([a-zA-Z0-9]{15}|[a-zA-Z0-9]{18})\/view\/?$/;
const isSalesforceHost = (host: string) => host.endsWith('.lightning.force.com') || host.endsWith('.my.salesforce.com');

/** The record page that holds the visible highlights panel, not a cached one. */
const RECORD_HOST = '.oneContent, .windowViewMode-normal, one-record-home-flexipage2, records-record-page';
const FIELD_ITEM = 'records-record-layout-item, records-highlights-details-item';
const LABEL = '.test-id__field-label, .slds-form-element__label, .slds-text-title';
const VALUE =
  '.test-id__field-value, lightning-formatted-name, lightning-formatted-text, force-lookup, records-formula-output, .slds-form-element__static, .fieldComponent';

const SALUTATION = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|M|Mme|Mlle|Herr|Frau|Sr|Sra)\.?\s+/;

/** Labels are translated; the `data-target-selection-name` API names are not. */
const FIELDS = {
  name: { api: ['Name'], labels: ['name', 'nom', 'nome', 'nombre', 'naam'] },
  title: { api: ['Title'], labels: ['title', 'titre', 'titel', 'cargo', 'título', 'titolo', 'functie', 'fonction'] },
  company: {
    api: ['AccountId', 'Company'],
    labels: [
      'account name',
      'company',
      'nom du compte',
      'société',
      'compte',
      'accountname',
      'firma',
      'unternehmen',
      'nombre de la cuenta',
      'empresa',
      'nome do conta',
      'bedrijf',
    ],
  },
} as const;

function fieldValue(item: Element): string {
  const value = deepQueryAll(item, VALUE).find(isVisible);
  if (value) return readText(value);
  const label = readText(deepQueryAll(item, LABEL)[0]);
  return readText(item).replace(label, '').trim();
}

function fieldCandidates(items: Element[], field: keyof typeof FIELDS, objectName: string, weight = 1): Candidate[] {
  const { api, labels } = FIELDS[field];
  const byApi = items.find((item) => api.some((name) => item.getAttribute('data-target-selection-name') === `sfdc:RecordField.${objectName}.${name}`));
  const byLabel = items.find((item) => {
    const label = readText(deepQueryAll(item, LABEL)[0]) || item.getAttribute('field-label') || '';
    return (labels as readonly string[]).includes(label.replace(/^\*\s*/, '').toLowerCase());
  });
  return [candidate(byApi && fieldValue(byApi), 'data-attribute', 0.85 * weight), candidate(byLabel && fieldValue(byLabel), 'structure', 0.7 * weight)];
}

export const salesforceAdapter: PageAdapter = {
  id: 'salesforce-record',
  pageKind: 'profile',
  matches: (url) => url.protocol === 'https:' && isSalesforceHost(url.hostname) && RECORD_PATH.test(url.pathname),

  extract(root, url, patch): DetectedContact[] {
    const match = RECORD_PATH.exec(url.pathname);
    if (!match || !isSalesforceHost(url.hostname)) return [];
    const [, objectName, id] = match as unknown as [string, string, string];
    const key = `https://${url.hostname}/lightning/r/${objectName}/${id}/view`;

    const panel = visibleAll(root, 'records-highlights2, records-lwc-highlights-panel', DEEP)[0];
    const scope = (panel && closestDeep(panel, RECORD_HOST)) ?? root;
    const items = visibleAll(scope, FIELD_ITEM, DEEP);
    // "Jane Doe | Contact | Salesforce"; the object label in the middle is translated.
    const fromTitle = /^(.+?)\s*\|.*\|\s*Salesforce\s*$/.exec(docOf(root).title?.trim() ?? '')?.[1];
    const name =
      patch?.('name', scope) ??
      pickField([
        candidate(fromTitle, 'document-title', 0.8),
        candidate(readText(visibleAll(scope, 'lightning-formatted-name[slot="primaryField"], [slot="primaryField"]', DEEP)[0]), 'data-attribute', 0.85),
        // The detail Name field carries the salutation ("Ms. Dana Whitfield"): a fallback only.
        ...fieldCandidates(items, 'name', objectName, 0.7).map((c) => ({ ...c, value: c.value?.replace(SALUTATION, '') })),
      ]);
    if (!name) return [];
    const title = patch?.('title', scope) ?? pickField(fieldCandidates(items, 'title', objectName));
    const company = patch?.('company', scope) ?? pickField(fieldCandidates(items, 'company', objectName));
    return [contact('salesforce-record', key, { name, title, company, profileUrl: { value: key, source: 'url', confidence: 1 } })];
  },
};
