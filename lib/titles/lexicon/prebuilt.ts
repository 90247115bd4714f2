/**
 * The lexicon as plain JSON data, made at build time from the tables (./build.ts) and read back
 * in a few milliseconds: building it takes 60–190 ms (tokenising every phrase, splitting
 * compounds, deriving levels and functions), which the service worker would pay at every cold
 * start. Reading it back only refills the sets, maps and tries the build produced, in the same
 * order, so the lexicon read back is the lexicon built (test/unit/titles/prebuilt-lexicon.test.ts).
 *
 * Word sets are strings of space-separated words (no token contains a space or a comma: rawWords
 * splits on every non-letter), which JSON.parse reads far faster than arrays of strings. The
 * worker fetches this file at every start, and reading its body took longer the larger it was
 * (about 25 ms for 860 KB in a loaded Chromium), so nothing is spelt twice: a phrase is written
 * without its branch's first word, and word sets that are mostly vocabulary words name them by
 * their place in the vocabulary.
 */
import type { FunctionId, Level } from '../../pack/schema';
import { FUNCTION_IDS, LEVELS } from '../../pack/vocabulary';
import type { AmbiguousAcronym, LexEntry, Lexicon } from '../lexicon';
import { Tokenizer, type TokenizerTables } from '../normalize';
import { PhraseTrie } from '../trie';
import type { FunctionOrNone } from './types';

/** Bumped whenever the shape below changes, so a stale file is refused, not misread. */
export const PREBUILT_LEXICON_FORMAT = 4;

export interface PrebuiltLexicon {
  format: typeof PREBUILT_LEXICON_FORMAT;
  tokenizer: {
    drop: string;
    /** Each replaced word and its replacement tokens, in the build's order. */
    replace: [string, string][];
    /** As vocabularyRefs: word parts are almost all vocabulary words, most in runs of it. */
    parts: string;
    keep: string;
    vocabulary?: string;
    /** As vocabularyRefs. */
    personNouns?: string;
  };
  /** The first word of each branch of the trie (the phrases with the same first word), space-separated, in the build's order. */
  firstWords: string;
  /**
   * Every phrase, parents before children (PhraseTrie.entries), in one string per branch, as
   * `firstWords`: each phrase's words after the branch's first word (none for the first word
   * alone), comma-separated; its tokens are its entry's `phrase`. Eight thousand objects in JSON
   * took longer to parse than the rest together, and a branch is read only when a title first
   * reaches its first word (deferredPhraseTrie).
   */
  phrases: string[];
  /** How many phrases the branches hold in all. */
  size: number;
  /** Each phrase's entry but the phrase, as one number (packEntry) in base 36, space-separated, by branch as `phrases`. */
  entries: string[];
  ambiguous: AmbiguousAcronym[];
  noise: string;
  companyMarkers: string[];
  statusPhrases: string[];
  employers: [string, FunctionId][];
  assistantNouns: string[];
  qualifierConnectors: string[];
}

/** An entry's fields in one number: its function and level as indexes into these lists (0: none given). */
const FUNCTIONS: readonly (FunctionOrNone | undefined)[] = [undefined, ...FUNCTION_IDS, 'none'];
const ENTRY_LEVELS: readonly (Level | undefined)[] = [undefined, ...LEVELS];
const LEVEL_KINDS = [undefined, 'head', 'modifier'] as const;

function indexIn<T>(list: readonly T[], value: T, what: string): number {
  const index = list.indexOf(value);
  if (index < 0) throw new Error(`prebuilt lexicon: unknown ${what} ${String(value)}`);
  return index;
}

function packEntry(entry: LexEntry): number {
  // Five bits for the function, four for the level: more of either needs a new format.
  if (FUNCTIONS.length > 32 || ENTRY_LEVELS.length > 16)
    throw new Error('prebuilt lexicon: too many functions or levels for the packed entry; widen it and bump the format');
  if (entry.weight < 0 || entry.weight > 3) throw new Error(`prebuilt lexicon: weight ${entry.weight} of "${entry.phrase}" is not 0–3`);
  return (
    indexIn(FUNCTIONS, entry.fn, 'function') |
    (entry.weight << 5) |
    (Number(entry.role) << 7) |
    (indexIn(ENTRY_LEVELS, entry.level, 'level') << 8) |
    (indexIn(LEVEL_KINDS, entry.levelKind, 'level kind') << 12) |
    (Number(entry.decoration === true) << 14) |
    (Number(entry.domainNoun === true) << 15)
  );
}

function unpackEntry(phrase: string, code: number): LexEntry {
  const entry: LexEntry = { phrase, weight: (code >> 5) & 3, role: ((code >> 7) & 1) === 1 };
  const fn = FUNCTIONS[code & 31];
  if (fn !== undefined) entry.fn = fn;
  const level = ENTRY_LEVELS[(code >> 8) & 15];
  if (level !== undefined) entry.level = level;
  const levelKind = LEVEL_KINDS[(code >> 12) & 3];
  if (levelKind !== undefined) entry.levelKind = levelKind;
  if ((code >> 14) & 1) entry.decoration = true;
  if ((code >> 15) & 1) entry.domainNoun = true;
  return entry;
}

const words = (set: ReadonlySet<string>) => [...set].join(' ');
const wordList = (text: string) => (text === '' ? [] : text.split(' '));
const wordSet = (text: string) => new Set(wordList(text));
const tokensOf = wordList;

/**
 * A word set as references to the vocabulary, in order: a run of words that follow each other
 * there is `i+n` (the words at i to i + n, base 36), a lone word its index i, and a word the
 * vocabulary lacks is `=` and the word (a base-36 number never starts with `=`). The ten thousand
 * word parts are 272 runs: decoding one number per word was 6–9 ms of a worker's start.
 */
function vocabularyRefs(set: ReadonlySet<string>, vocabulary: readonly string[]): string {
  const index = new Map(vocabulary.map((word, i) => [word, i]));
  const refs: string[] = [];
  let run: { from: number; to: number } | undefined;
  const endRun = () => {
    if (run) refs.push(run.to === run.from ? run.from.toString(36) : `${run.from.toString(36)}+${(run.to - run.from).toString(36)}`);
    run = undefined;
  };
  for (const word of set) {
    const at = index.get(word);
    if (at === undefined) {
      endRun();
      refs.push(`=${word}`);
    } else if (run && at === run.to + 1) run.to = at;
    else {
      endRun();
      run = { from: at, to: at };
    }
  }
  endRun();
  return refs.join(' ');
}

function fromVocabularyRefs(text: string, vocabulary: readonly string[], where: string): Set<string> {
  const words: string[] = [];
  for (const ref of wordList(text)) {
    if (ref.startsWith('=')) {
      words.push(ref.slice(1));
      continue;
    }
    const plus = ref.indexOf('+');
    const from = Number.parseInt(plus < 0 ? ref : ref.slice(0, plus), 36);
    const to = plus < 0 ? from : from + Number.parseInt(ref.slice(plus + 1), 36);
    if (!(to < vocabulary.length)) throw new Error(`${where}: the vocabulary has no word ${ref}: rebuild the extension`);
    for (let i = from; i <= to; i++) words.push(vocabulary[i]!);
  }
  return new Set(words);
}

export function prebuiltLexicon(lexicon: Lexicon): PrebuiltLexicon {
  const { drop, replace, parts, keep, vocabulary, personNouns } = lexicon.tokenizer.tables;
  const branches: { first: string; tails: string[]; entries: string[] }[] = [];
  for (const [tokens, entry] of lexicon.trie.entries()) {
    // Reading back splits the phrase into the tokens: holds for every entry the build makes.
    if (entry.phrase !== tokens.join(' ') || entry.phrase.includes(','))
      throw new Error(`prebuilt lexicon: the phrase "${entry.phrase}" is not its tokens (${tokens.join(' | ')})`);
    // entries() lists each first word's phrases in one run, parents before children.
    let branch = branches[branches.length - 1];
    if (!branch || branch.first !== tokens[0]) {
      branch = { first: tokens[0]!, tails: [], entries: [] };
      branches.push(branch);
    }
    branch.tails.push(tokens.slice(1).join(' '));
    branch.entries.push(packEntry(entry).toString(36));
  }
  const vocabularyWords = vocabulary ? [...vocabulary] : [];
  return {
    format: PREBUILT_LEXICON_FORMAT,
    tokenizer: {
      drop: words(drop),
      replace: [...replace].map(([from, to]) => [from, to.join(' ')]),
      parts: vocabularyRefs(parts, vocabularyWords),
      keep: words(keep),
      ...(vocabulary ? { vocabulary: words(vocabulary) } : {}),
      ...(personNouns ? { personNouns: vocabularyRefs(personNouns, vocabularyWords) } : {}),
    },
    firstWords: branches.map((branch) => branch.first).join(' '),
    phrases: branches.map((branch) => branch.tails.join(',')),
    size: lexicon.trie.size,
    entries: branches.map((branch) => branch.entries.join(' ')),
    ambiguous: [...lexicon.ambiguous.values()],
    noise: words(lexicon.noise),
    companyMarkers: lexicon.companyMarkers,
    statusPhrases: lexicon.statusPhrases,
    employers: lexicon.employers.entries().map(([tokens, fn]) => [tokens.join(' '), fn]),
    assistantNouns: lexicon.assistantNouns,
    qualifierConnectors: lexicon.qualifierConnectors,
  };
}

/**
 * The phrase trie, each first word's branch built only when a title first reaches it: building
 * all twenty thousand phrases was most of reading the lexicon back, in every start of the
 * worker, and a title reaches a handful of branches. The branches keep the order a full build
 * gives them (PhraseTrie.deferBranches).
 */
function deferredPhraseTrie(data: PrebuiltLexicon, same: (current: LexEntry | undefined, value: LexEntry) => LexEntry, where: string): PhraseTrie<LexEntry> {
  const { phrases, entries } = data;
  const firstWords = wordList(data.firstWords);
  if (entries.length !== phrases.length || firstWords.length !== phrases.length)
    throw new Error(
      `${where} has ${firstWords.length} first words, ${phrases.length} branches of phrases and ${entries.length} of entries: rebuild the extension`,
    );
  const trie = new PhraseTrie<LexEntry>();
  trie.deferBranches(firstWords, data.size, (branch) => {
    const first = firstWords[branch]!;
    const tails = phrases[branch]!.split(',');
    const codes = entries[branch]!.split(' ');
    if (tails.length !== codes.length) throw new Error(`${where}: the phrases of "${first}" do not match their entries: rebuild the extension`);
    for (let i = 0; i < tails.length; i++) {
      const phrase = tails[i] === '' ? first : `${first} ${tails[i]}`;
      trie.upsert(phrase.split(' '), same, unpackEntry(phrase, Number.parseInt(codes[i]!, 36)));
    }
  });
  return trie;
}

/** The lexicon from its prebuilt data; `where` names the data in the error a stale or foreign file gets. */
export function lexiconFromPrebuilt(data: PrebuiltLexicon, where = 'the prebuilt lexicon'): Lexicon {
  if (data?.format !== PREBUILT_LEXICON_FORMAT)
    throw new Error(`${where} has format ${String(data?.format)}, this code reads format ${PREBUILT_LEXICON_FORMAT}: rebuild the extension`);
  const t = data.tokenizer;
  const vocabularyWords = t.vocabulary !== undefined ? wordList(t.vocabulary) : [];
  const tables: TokenizerTables = {
    drop: wordSet(t.drop),
    replace: new Map(t.replace.map(([from, to]) => [from, tokensOf(to)])),
    parts: fromVocabularyRefs(t.parts, vocabularyWords, where),
    keep: wordSet(t.keep),
    ...(t.vocabulary !== undefined ? { vocabulary: new Set(vocabularyWords) } : {}),
  };
  // Read only to correct a misspelling: made the first time one is corrected, not at every start.
  const personNouns = t.personNouns;
  if (personNouns !== undefined) {
    let nouns: Set<string> | undefined;
    Object.defineProperty(tables, 'personNouns', { enumerable: true, get: () => (nouns ??= fromVocabularyRefs(personNouns, vocabularyWords, where)) });
  }
  const tokenizer = new Tokenizer(tables);
  const same = <T>(_current: T | undefined, value: T) => value;
  const trie = deferredPhraseTrie(data, same, where);
  const employers = new PhraseTrie<FunctionId>();
  for (const [name, fn] of data.employers) employers.upsert(name.split(' '), same, fn);
  return {
    tokenizer,
    trie,
    ambiguous: new Map(data.ambiguous.map((acronym) => [acronym.token, acronym])),
    noise: wordSet(data.noise),
    companyMarkers: data.companyMarkers,
    statusPhrases: data.statusPhrases,
    employers,
    assistantNouns: data.assistantNouns,
    qualifierConnectors: data.qualifierConnectors,
  };
}
