/** The adapters for LinkedIn's pages: what the LinkedIn content script runs (lib/adapters/built-in-hosts.ts). */
import type { PageAdapter } from '../contracts/page-adapter';
import { linkedinPeopleListAdapter } from './linkedin-people-list';
import { linkedinProfileAdapter } from './linkedin-profile';
import { salesNavigatorLeadAdapter, salesNavigatorListAdapter } from './sales-navigator';

export const LINKEDIN_ADAPTERS: readonly PageAdapter[] = [
  linkedinProfileAdapter,
  linkedinPeopleListAdapter,
  salesNavigatorLeadAdapter,
  salesNavigatorListAdapter,
];
