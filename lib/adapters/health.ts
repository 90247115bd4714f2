/**
 * Detection health: whether a supported page was read well enough to trust, or the seller should
 * be told "Persona Map can't read this page" (badge `!`, side panel) and offered the selection
 * path and a page-structure file for their admin (docs/admin/adapter-patches.md).
 */
import type { DetectedContact } from '../contracts/contact';
import type { PageHealth } from '../contracts/tab-state';

/**
 * Below this a field came only from class names (0.5) or a guess from other text (0.4): the
 * stable layers all missed, which is what a markup change looks like.
 */
export const MIN_FIELD_CONFIDENCE = 0.55;

const sure = (field: DetectedContact['name']) => !!field && field.confidence >= MIN_FIELD_CONFIDENCE;

/** Fields a seller needs (name, title) missing or below MIN_FIELD_CONFIDENCE. */
export function unsureFields(contact: DetectedContact): Array<'name' | 'title'> {
  return (['name', 'title'] as const).filter((field) => !sure(contact[field]));
}

/**
 * List pages can be empty for real (a search without results). They count as unreadable only when
 * the page holds people the adapter did not turn into contacts: links to profiles or leads.
 */
const PEOPLE_ON_LIST = {
  'linkedin-people-list': 'main a[href*="/in/"]',
  'sales-navigator-list': 'a[href*="/sales/lead/"], a[href*="/sales/people/"]',
} as Record<string, string>;

/**
 * The rule, once the page has settled: readable when at least one contact has a sure name and
 * title. A profile or record URL always shows a person, so no contact there is a failure; a list
 * page without any is one only when people are linked on it.
 */
export function pageHealth(adapter: { id: string; pageKind: 'profile' | 'list' }, contacts: readonly DetectedContact[], doc: Document): PageHealth {
  if (contacts.some((contact) => unsureFields(contact).length === 0)) return { readable: true, adapter: adapter.id };
  if (contacts.length === 0) {
    const people = PEOPLE_ON_LIST[adapter.id];
    if (adapter.pageKind === 'list' && (!people || !doc.querySelector(people))) return { readable: true, adapter: adapter.id };
    return { readable: false, adapter: adapter.id, problem: 'no-contact' };
  }
  return { readable: false, adapter: adapter.id, problem: 'uncertain-fields', fields: unsureFields(contacts[0]!) };
}
