/**
 * The worker's prebuilt lexicon, at build time. Two parts:
 *
 * - `prebuiltLexiconJson` builds the lexicon from the tables of lib/titles/lexicon/ (the
 *   vocabulary files included, whatever they hold at build time) and writes it in the prebuilt
 *   form the worker reads back (lib/titles/lexicon/prebuilt.ts); wxt.config.ts emits it as
 *   lexicon.json in every build.
 * - The background's build replaces lib/titles/lexicon/source.ts (which builds from the tables)
 *   with the worker's source that refuses (lib/background/worker-lexicon.ts), so background.js
 *   bundles neither the tables nor their build. `workerLexiconVitePlugin` does it in WXT's build,
 *   `workerLexiconEsbuildPlugin` the same for the test that checks what background.js bundles.
 */
import type { Plugin as EsbuildPlugin } from 'esbuild';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { freshLexicon } from '../lib/titles/lexicon/build';
import { prebuiltLexicon } from '../lib/titles/lexicon/prebuilt';

const ROOT = resolve(import.meta.dirname, '..');
const FRESH_SOURCE = resolve(ROOT, 'lib/titles/lexicon/source.ts');
const WORKER_SOURCE = resolve(ROOT, 'lib/background/worker-lexicon.ts');
const WORKER_SOURCE_CODE = `export { workerLexiconSource as lexiconSource } from ${JSON.stringify(WORKER_SOURCE)};\n`;

export function prebuiltLexiconJson(): string {
  return JSON.stringify(prebuiltLexicon(freshLexicon()));
}

export function workerLexiconVitePlugin(): Plugin {
  return {
    name: 'worker-prebuilt-lexicon',
    enforce: 'pre',
    load(id) {
      return id === FRESH_SOURCE ? WORKER_SOURCE_CODE : null;
    },
  };
}

export function workerLexiconEsbuildPlugin(): EsbuildPlugin {
  return {
    name: 'worker-prebuilt-lexicon',
    setup(build) {
      build.onLoad({ filter: /[\\/]lib[\\/]titles[\\/]lexicon[\\/]source\.ts$/ }, (args) =>
        args.path === FRESH_SOURCE ? { contents: WORKER_SOURCE_CODE, loader: 'ts', resolveDir: ROOT } : undefined,
      );
    },
  };
}
