/**
 * The content script for LinkedIn (profiles, people search, company people, Sales Navigator).
 * It never writes to a LinkedIn page unless the seller turned inline chips on there. The CRMs
 * have a script of their own (crm.content.ts), so a LinkedIn page compiles none of their code.
 */
import { LINKEDIN_CONTENT_MATCHES } from '@/lib/adapters/built-in-hosts';
import { LINKEDIN_ADAPTERS } from '@/lib/adapters/linkedin-adapters';
import { runBuiltInScript } from '@/lib/content/built-in-script';

export default defineContentScript({
  matches: LINKEDIN_CONTENT_MATCHES,
  // Not document_idle (nor document_end): Chromium injects those in a task of their own that holds
  // the load event back, and on a big page runs it after the page's next frame, so the load event
  // came one frame later (~150 ms on a 1,000-card search) even for an empty script. Started
  // before the page is parsed, the script only waits: it reads nothing before the load event.
  runAt: 'document_start',
  // WXT's start-up `window.postMessage` (kept only for its older versions) tells every listener
  // on the page the extension's id, and cost 4–5 ms of main thread on a real-size profile.
  noScriptStartedPostMessage: true,
  main(ctx) {
    runBuiltInScript(ctx, LINKEDIN_ADAPTERS);
  },
});
