/**
 * The engine's lexicon: one tokenizer and one phrase trie for all languages, made from the
 * per-language data tables in ./lexicon/ (./lexicon/build.ts). Shared by everything that reads
 * titles; made on first use by `lexiconSource` (./lexicon/source.ts), unless a prebuilt one was
 * installed first (the extension's worker installs the one built at build time: it does not
 * bundle the tables at all).
 */
import type { FunctionId, Level } from '../pack/schema';
import type { AmbiguousSense, FunctionOrNone } from './lexicon/types';
import { lexiconSource } from './lexicon/source';
import type { Tokenizer } from './normalize';
import type { PhraseTrie } from './trie';

export { LEXICON_TABLES } from './lexicon/build';
export { levelIndex, maxLevel } from './lexicon/levels';

export interface LexEntry {
  /** The phrase as normalised tokens joined by spaces (for reasons). */
  phrase: string;
  fn?: FunctionOrNone;
  /** 3 specific role noun, 2 function word, 1 domain word or generic role. */
  weight: number;
  /** A word that names a job (a role noun or a level word such as "director"). */
  role: boolean;
  level?: Level;
  levelKind?: 'head' | 'modifier';
  decoration?: boolean;
  domainNoun?: boolean;
}

export interface AmbiguousAcronym {
  token: string;
  senses: (AmbiguousSense & { tokens: string[] })[];
}

export interface Lexicon {
  tokenizer: Tokenizer;
  trie: PhraseTrie<LexEntry>;
  ambiguous: Map<string, AmbiguousAcronym>;
  /** Credentials and decorations removed from the displayed title. */
  noise: Set<string>;
  companyMarkers: string[];
  statusPhrases: string[];
  /** Employer name (normalised) → the function it implies. */
  employers: PhraseTrie<FunctionId>;
  assistantNouns: string[];
  qualifierConnectors: string[];
}

let lexicon: Lexicon | undefined;
let source: () => Lexicon = lexiconSource;
/** The lexicon, made on first use and shared afterwards. */
export function getLexicon(): Lexicon {
  return (lexicon ??= source());
}

/** Where the lexicon comes from at first use, instead of building it from the tables (the CLI reads its prebuilt one). */
export function setLexiconSource(made: () => Lexicon): void {
  source = made;
}

/** Installs a lexicon made elsewhere (a prebuilt one) before anything reads titles. */
export function useLexicon(made: Lexicon): void {
  lexicon = made;
}

/** Whether a lexicon is there yet (made or installed). */
export function hasLexicon(): boolean {
  return lexicon !== undefined;
}
