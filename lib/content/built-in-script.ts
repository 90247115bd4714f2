/**
 * What the shipped content scripts (LinkedIn's, the CRMs') do beyond `runContentScript`: read the
 * page with their built-in adapters, repaired by the packs' `adapterPatches`, and answer the side
 * panel's request for the page's structure (lib/content/skeleton.ts).
 */
import { adaptersForUrl } from '../adapters/patches';
import { onMessage, sendMessage } from '../contracts/messages';
import type { PageAdapter } from '../contracts/page-adapter';
import type { AdapterPatch } from '../pack/schema';
import { whenLoaded } from './page-watcher';
import { type ContentScriptLifetime, runContentScript } from './run-content-script';
import { pageSkeleton } from './skeleton';

/** A supported page that shows no one this long after it was read is reported as unreadable. */
const HEALTH_WAIT_MS = 4_000;

export function runBuiltInScript(ctx: ContentScriptLifetime, adapters: readonly PageAdapter[]): void {
  // The packs' repairs for the built-in adapters (data only). The page is read at once without
  // them (no round trip to the worker first), and read again only when a pack carries some.
  let patches: AdapterPatch[] = [];
  const watcher = runContentScript(ctx, (url) => adaptersForUrl(adapters, url, patches), { healthWaitMs: HEALTH_WAIT_MS });
  const applyPatches = (next: AdapterPatch[]) => {
    const changes = patches.length > 0 || next.length > 0;
    patches = next;
    if (changes) watcher.reread();
  };
  // Asked once the page has loaded, when it is first read: a worker woken earlier would compete
  // with the page's own loading.
  whenLoaded(document, () => void sendMessage('getAdapterPatches').then(applyPatches, () => undefined), { signal: ctx.signal });
  onMessage('adapterPatchesChanged', ({ data }) => applyPatches(data));
  onMessage('pageSkeleton', async () => {
    const url = new URL(location.href);
    const adapter = adapters.find((candidate) => candidate.matches(url))?.id ?? null;
    return { html: await pageSkeleton(document, { url, ...(adapter ? { adapter } : {}) }), adapter };
  });
}
