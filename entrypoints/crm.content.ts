/** The content script for the CRMs we ship adapters for: Salesforce Lightning and HubSpot. */
import { CRM_CONTENT_MATCHES } from '@/lib/adapters/built-in-hosts';
import { CRM_ADAPTERS } from '@/lib/adapters/crm-adapters';
import { runBuiltInScript } from '@/lib/content/built-in-script';

export default defineContentScript({
  matches: CRM_CONTENT_MATCHES,
  // As in pages.content.ts: started before the page is parsed, it reads nothing before the load event.
  runAt: 'document_start',
  // As in pages.content.ts: no start-up message naming the extension to the page.
  noScriptStartedPostMessage: true,
  main(ctx) {
    runBuiltInScript(ctx, CRM_ADAPTERS);
  },
});
