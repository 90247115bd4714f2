/**
 * The content script for the pages we ship adapters for: LinkedIn (profiles, people search,
 * company people, Sales Navigator), Salesforce Lightning and HubSpot. It never writes to a
 * LinkedIn page unless the seller turned inline chips on there.
 */
import { builtInAdaptersFor } from '@/lib/adapters/registry';
import { runContentScript } from '@/lib/content/run-content-script';
import { pageSkeleton } from '@/lib/content/skeleton';
import { onMessage, sendMessage } from '@/lib/messaging';
import type { AdapterPatch } from '@/lib/pack/schema';
import { inlineChipsInCrm, inlineChipsOnLinkedIn } from '@/lib/settings';

/** A supported page that shows no one this long after it was read is reported as unreadable. */
const HEALTH_WAIT_MS = 4_000;

export default defineContentScript({
  matches: [
    'https://www.linkedin.com/*',
    'https://*.lightning.force.com/*',
    'https://*.my.salesforce.com/*',
    'https://*.hubspot.com/*',
  ],
  runAt: 'document_idle',
  async main(ctx) {
    const chips = location.hostname.endsWith('linkedin.com') ? inlineChipsOnLinkedIn : inlineChipsInCrm;
    // The packs' repairs for the built-in adapters (data only), before the first read.
    let patches: AdapterPatch[] = await sendMessage('getAdapterPatches').catch(() => []);
    const watcher = runContentScript(ctx, (url) => builtInAdaptersFor(url, patches), () => chips.getValue(), { healthWaitMs: HEALTH_WAIT_MS });
    onMessage('adapterPatchesChanged', ({ data }) => {
      patches = data;
      watcher.reread();
    });
    onMessage('pageSkeleton', async () => {
      const url = new URL(location.href);
      const adapter = builtInAdaptersFor(url)[0]?.id ?? null;
      return { html: await pageSkeleton(document, { url, ...(adapter ? { adapter } : {}) }), adapter };
    });
  },
});
