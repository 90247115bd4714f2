/**
 * The content script for the pages we ship adapters for: LinkedIn (profiles, people search,
 * company people, Sales Navigator), Salesforce Lightning and HubSpot. It never writes to a
 * LinkedIn page unless the seller turned inline chips on there.
 */
import { BUILT_IN_CONTENT_MATCHES } from '@/lib/adapters/built-in-hosts';
import { builtInAdaptersFor } from '@/lib/adapters/registry';
import { runContentScript } from '@/lib/content/run-content-script';
import { whenLoaded } from '@/lib/content/page-watcher';
import { pageSkeleton } from '@/lib/content/skeleton';
import { onMessage, sendMessage } from '@/lib/contracts/messages';
import type { AdapterPatch } from '@/lib/pack/schema';

/** A supported page that shows no one this long after it was read is reported as unreadable. */
const HEALTH_WAIT_MS = 4_000;

export default defineContentScript({
  matches: BUILT_IN_CONTENT_MATCHES,
  // Not document_idle (nor document_end): Chromium injects those in a task of their own that holds
  // the load event back, and on a big page runs it after the page's next frame, so the load event
  // came one frame later (~150 ms on a 1,000-card search) even for an empty script. Started
  // before the page is parsed, the script only waits: it reads nothing before the load event.
  runAt: 'document_start',
  // WXT's start-up `window.postMessage` (kept only for its older versions) tells every listener
  // on the page the extension's id, and cost 4–5 ms of main thread on a real-size profile.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // The packs' repairs for the built-in adapters (data only). The page is read at once without
    // them (no round trip to the worker first), and read again only when a pack carries some.
    let patches: AdapterPatch[] = [];
    const watcher = runContentScript(ctx, (url) => builtInAdaptersFor(url, patches), { healthWaitMs: HEALTH_WAIT_MS });
    const usePatches = (next: AdapterPatch[]) => {
      const changes = patches.length > 0 || next.length > 0;
      patches = next;
      if (changes) watcher.reread();
    };
    // Asked once the page has loaded, when it is first read: a worker woken earlier would compete
    // with the page's own loading.
    whenLoaded(document, () => void sendMessage('getAdapterPatches').then(usePatches, () => undefined), { signal: ctx.signal });
    onMessage('adapterPatchesChanged', ({ data }) => usePatches(data));
    onMessage('pageSkeleton', async () => {
      const url = new URL(location.href);
      const adapter = builtInAdaptersFor(url)[0]?.id ?? null;
      return { html: await pageSkeleton(document, { url, ...(adapter ? { adapter } : {}) }), adapter };
    });
  },
});
