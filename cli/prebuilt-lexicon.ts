/**
 * The CLI's lexicon: bundle.mjs writes it prebuilt next to the bundle (lexicon.json, the form the
 * extension's worker reads too: lib/titles/lexicon/prebuilt.ts), so a command that reads titles
 * parses it in about 25 ms instead of building it from the tables in about 200–400 ms. Read at
 * the first title, so commands that read none never load it. From the sources (tsx), or with no
 * file, the lexicon is built from the tables as before.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setLexiconSource } from '../lib/titles/lexicon';
import { lexiconFromPrebuilt, type PrebuiltLexicon } from '../lib/titles/lexicon/prebuilt';

const CLI_LEXICON_FILE = 'lexicon.json';

/** Reads `lexicon.json` beside the module at `moduleUrl` (the bundle) at the first title, when it is there. */
export function readPrebuiltLexiconBeside(moduleUrl: string): void {
  const file = fileURLToPath(new URL(`./${CLI_LEXICON_FILE}`, moduleUrl));
  if (!existsSync(file)) return;
  setLexiconSource(() => {
    const lexicon = lexiconFromPrebuilt(JSON.parse(readFileSync(file, 'utf8')) as PrebuiltLexicon, file);
    // Commands read titles in bulk: the whole trie now, so no lookup checks for a deferred branch.
    lexicon.trie.buildDeferred();
    return lexicon;
  });
}
