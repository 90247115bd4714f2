/**
 * The content script for the pages we ship adapters for: LinkedIn (profiles, people search,
 * company people, Sales Navigator), Salesforce Lightning and HubSpot. It never writes to a
 * LinkedIn page unless the seller turned inline chips on there.
 */
import { builtInAdaptersFor } from '@/lib/adapters/registry';
import { runContentScript } from '@/lib/content/run-content-script';
import { inlineChipsInCrm, inlineChipsOnLinkedIn } from '@/lib/settings';

export default defineContentScript({
  matches: [
    'https://www.linkedin.com/*',
    'https://*.lightning.force.com/*',
    'https://*.my.salesforce.com/*',
    'https://*.hubspot.com/*',
  ],
  runAt: 'document_idle',
  main(ctx) {
    const chips = location.hostname.endsWith('linkedin.com') ? inlineChipsOnLinkedIn : inlineChipsInCrm;
    runContentScript(ctx, builtInAdaptersFor, () => chips.getValue());
  },
});
