/**
 * The content script for the pages we ship adapters for: LinkedIn (profiles, people search,
 * company people, Sales Navigator), Salesforce Lightning and HubSpot. Wiring only: the page
 * watcher finds contacts, the background matches them. It never writes to a LinkedIn page.
 */
import { builtInAdaptersFor } from '@/lib/adapters/registry';
import { watchPage } from '@/lib/content/page-watcher';
import { sendMessage } from '@/lib/messaging';
import { showChip } from '@/lib/content/chips';
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
    const chipsSetting = location.hostname.endsWith('linkedin.com') ? inlineChipsOnLinkedIn : inlineChipsInCrm;
    const watcher = watchPage({
      document,
      adaptersFor: builtInAdaptersFor,
      signal: ctx.signal,
      report: async (report) => {
        // A failed send means the extension was reloaded or updated: this script is orphaned.
        const hints = await sendMessage('contactsDetected', report).catch(() => []);
        if (hints.length === 0 || !(await chipsSetting.getValue())) return;
        for (const hint of hints) {
          const name = report.contacts.find((c) => c.key === hint.key)?.name?.value;
          const scope = watcher.scopeOf(hint.key);
          if (name && scope) showChip(scope, name, hint);
        }
      },
    });
    watcher.navigated(new URL(location.href));
    // Single-page apps: WXT turns in-app navigations into this event (Navigation API).
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => watcher.navigated(newUrl));
  },
});
