/**
 * The content script for admin-defined sites (a pack's `sites`). It is not in the manifest:
 * the background registers it only for the hosts the user granted (lib/background/custom-sites),
 * never for the built-in script's hosts (lib/adapters/built-in-hosts.ts).
 */
import { isBuiltInPage } from '@/lib/adapters/built-in-hosts';
import { customSiteAdapter } from '@/lib/adapters/custom-site';
import { runContentScript } from '@/lib/content/run-content-script';
import { sendMessage } from '@/lib/contracts/messages';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  // As in pages.content.ts: no start-up message naming the extension to the page.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // The built-in script reads these pages: one reader per page. (A second run of this script
    // needs no guard: WXT's context stops the older run when a newer one starts.)
    if (isBuiltInPage(new URL(location.href))) return;
    const sites = await sendMessage('getSiteAdapters', location.href).catch(() => []);
    const adapters = sites.map(customSiteAdapter);
    if (adapters.length > 0) runContentScript(ctx, (url) => adapters.filter((adapter) => adapter.matches(url)));
  },
});
