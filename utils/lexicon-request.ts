/**
 * The worker's read of lexicon.json, started while background.js is still being evaluated: the
 * entrypoint imports this module first, so the file is on its way before Dexie and the rest of
 * the bundle run, and the first title (which needs it) waits less. Retries read it afresh.
 */
import { PREBUILT_LEXICON_FILE } from '@/lib/background/worker-lexicon';
import type { PublicPath } from 'wxt/browser';

// Written by a build hook (tooling/worker-lexicon.ts), so WXT's list of public paths does not know it.
const readLexicon = (): Promise<unknown> => fetch(browser.runtime.getURL(`/${PREBUILT_LEXICON_FILE}` as PublicPath)).then((response) => response.json());

let started: Promise<unknown> | undefined = readLexicon();
// Read by the worker within milliseconds; a failure it did not take yet is not reported twice.
started.catch(() => undefined);

/** The read started at load the first time, a new one after that. */
export function readPrebuiltLexicon(): Promise<unknown> {
  const read = started ?? readLexicon();
  started = undefined;
  return read;
}
