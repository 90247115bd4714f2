/**
 * Where getLexicon (../lexicon.ts) gets the lexicon when none was installed: built from the
 * tables. The extension's worker build replaces this module with one that refuses
 * (lib/background/worker-lexicon-source.ts; tooling/worker-lexicon.ts says how), so the tables
 * and their build stay out of background.js and the worker reads the prebuilt lexicon instead.
 */
export { freshLexicon as lexiconSource } from './build';
