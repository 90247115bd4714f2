/** A title the seller selected on any page ("Match persona" in the context menu). */
import type { DetectedContact } from '../contracts/contact';

export const MAX_SELECTED_TITLE = 300;

export function selectedTitle(selection: string): DetectedContact {
  const value = selection.replace(/\s+/g, ' ').trim().slice(0, MAX_SELECTED_TITLE);
  return {
    adapter: 'selection',
    key: `selection:${value.toLowerCase()}`,
    name: null,
    title: { value, source: 'selection', confidence: 1 },
    company: null,
    profileUrl: null,
  };
}
