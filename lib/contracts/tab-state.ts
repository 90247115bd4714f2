/** What the extension knows about a tab: kept by the worker (lib/storage/tab-states.ts), shown by the side panel. */
import type { MatchResult } from '../titles/types';
import type { DetectedContact } from './contact';

export type HealthProblem = 'no-contact' | 'uncertain-fields';

/** Whether a supported page was read well enough to trust (lib/adapters/health.ts decides). */
export interface PageHealth {
  readable: boolean;
  /** The built-in adapter that read (or failed to read) the page. */
  adapter: string;
  problem?: HealthProblem;
  /** With `uncertain-fields`: which of name and title were missing or unsure. */
  fields?: Array<'name' | 'title'>;
}

export interface MatchedContact {
  contact: DetectedContact;
  match: MatchResult;
}

/** What the extension knows about one tab: the page and every contact matched on it. */
export interface TabState {
  tabId: number;
  url: string;
  /** `profile` for one person, `list` for search results and company people pages, `selection` for a hand-picked title. */
  pageKind: 'profile' | 'list' | 'selection';
  contacts: MatchedContact[];
  /** Contacts found on the page; more than `contacts` once a tab reached its storage cap (lib/storage/tab-states.ts). */
  total?: number;
  updatedAt: number;
  /** Set once a supported page has settled: `readable: false` is the "can't read this page" state (lib/adapters/health.ts). */
  health?: PageHealth;
}

/** Contacts added to a tab's list (a list page rendering more results): the panel appends them. */
export interface TabContactsAdded {
  tabId: number;
  url: string;
  contacts: MatchedContact[];
  total: number;
  updatedAt: number;
  /** The page's health after this report: a list page can turn unreadable (or readable) with a delta. */
  health?: PageHealth;
}
