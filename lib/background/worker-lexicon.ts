/**
 * The service worker's lexicon: read from the file the build wrote (lexicon.json, made from the
 * tables by tooling/worker-lexicon.ts), not built from the tables at the first match. Building
 * it took 60–125 ms of every cold start; reading it back takes a few. The worker's build leaves
 * the tables out of background.js altogether (lib/titles/lexicon/source.ts is replaced by
 * `workerLexiconSource`), so the lexicon must be installed before anything reads a title:
 * PersonaMatcher waits for `installPrebuiltLexicon` before it compiles the packs.
 */
import { hasLexicon, useLexicon, type Lexicon } from '../titles/lexicon';
import { lexiconFromPrebuilt, type PrebuiltLexicon } from '../titles/lexicon/prebuilt';

/** The file in the extension package, written at build time. */
export const PREBUILT_LEXICON_FILE = 'lexicon.json';

/** What getLexicon falls back to in the worker: nothing, it must have installed the prebuilt one. */
export function workerLexiconSource(): Lexicon {
  throw new Error(`The worker reads titles only after installing the prebuilt lexicon (${PREBUILT_LEXICON_FILE}): call installPrebuiltLexicon first`);
}

/**
 * Installs the prebuilt lexicon once. `read` gives the file's parsed JSON (the worker fetches it
 * from its own package); a failed read is retried on the next call.
 */
export function prebuiltLexiconInstaller(read: () => Promise<unknown>): () => Promise<void> {
  let installing: Promise<void> | undefined;
  return () =>
    (installing ??= hasLexicon()
      ? Promise.resolve()
      : read()
          .then((data) => useLexicon(lexiconFromPrebuilt(data as PrebuiltLexicon, PREBUILT_LEXICON_FILE)))
          .catch((error: unknown) => {
            installing = undefined;
            throw new Error(`Cannot read ${PREBUILT_LEXICON_FILE}: ${error instanceof Error ? error.message : String(error)}`);
          }));
}
