/**
 * What every content script does, given its adapters: watch the page, report contacts to the
 * background, and show inline chips with the matched persona where the worker answers with hints.
 */
import { sendMessage } from '../contracts/messages';
import { showChip } from './chips';
import { watchPage, type PageWatcher } from './page-watcher';
import type { WatchedAdapter } from '../contracts/page-adapter';

/** How often a long list being read reports what it found so far (page-watcher.ts). */
const REPORT_EVERY_MS = 100;

export interface ContentScriptOptions {
  /** Judge each page's health this long after reading it (built-in adapters only: lib/adapters/health.ts). */
  healthWaitMs?: number;
}

/**
 * The part of WXT's ContentScriptContext this uses (the entrypoint passes the real one): lib/ stays
 * free of WXT and extension APIs (docs/architecture.md).
 */
export interface ContentScriptLifetime {
  /** Aborts when the extension is reloaded or updated and this script is orphaned. */
  readonly signal: AbortSignal;
  /** WXT's single-page-app navigation event; removed with the script. */
  addEventListener(target: Window, type: 'wxt:locationchange', handler: (event: { newUrl: URL }) => void): void;
}

export function runContentScript(ctx: ContentScriptLifetime, adaptersFor: (url: URL) => WatchedAdapter[], options: ContentScriptOptions = {}): PageWatcher {
  const watcher = watchPage({
    document,
    adaptersFor,
    signal: ctx.signal,
    // A 1,000-card list in about a dozen reports rather than one per slice.
    reportEveryMs: REPORT_EVERY_MS,
    ...(options.healthWaitMs !== undefined ? { healthWaitMs: options.healthWaitMs } : {}),
    report: async (report) => {
      // A failed send means the extension was reloaded or updated: this script is orphaned. The
      // worker sends hints only where the seller's setting shows inline chips on this page.
      const hints = await sendMessage('contactsDetected', report).catch(() => []);
      if (hints.length === 0) return;
      for (const hint of hints) {
        const name = report.contacts.find((c) => c.key === hint.key)?.name?.value;
        const scope = watcher.scopeOf(hint.key);
        // A profile's name may sit outside its main column (a CRM sidebar): then look page-wide.
        if (name && scope && !showChip(scope, name, hint)) showChip(document.body, name, hint);
      }
    },
  });
  watcher.navigated(new URL(location.href));
  // Single-page apps: WXT turns in-app navigations into this event, dispatched inside the
  // Navigation API's `navigate` event; `navigated` only notes the old page there and reads later.
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => watcher.navigated(newUrl));
  return watcher;
}
