/** The adapters for the CRMs we ship: what the CRM content script runs (lib/adapters/built-in-hosts.ts). */
import type { PageAdapter } from '../contracts/page-adapter';
import { hubspotContactAdapter } from './hubspot';
import { salesforceAdapter } from './salesforce';

export const CRM_ADAPTERS: readonly PageAdapter[] = [salesforceAdapter, hubspotContactAdapter];
