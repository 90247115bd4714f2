/**
 * The one normalisation every title and every pack phrase goes through, so that both sides
 * compare the same words: lowercase, accents folded (ß → ss), punctuation to spaces, joined
 * abbreviations (FP&A, R&D), stopwords and credentials dropped, feminine forms and
 * abbreviations mapped to canonical tokens ("vp" → "vice president", "directrice" →
 * "directeur"), and German/Dutch compounds split ("einkaufsleiter" → "einkauf leiter").
 */
import { readingCache } from './memo';

const COMBINING = /[\u0300-\u036f]/g;
const NON_ASCII = /[^\x00-\x7f]/;
const WORD_SPLIT = /[^\p{L}\p{N}]+/u;
const ASCII_SPLIT = /[^a-z0-9]+/;
/** "FP&A", "R&D", "P&L", "M&A", "L&D", "S&OP": one token each, written without the ampersand. */
const JOINED = /\b([a-z]{1,3})&([a-z]{1,2})\b/g;
/** "S.V.P.", "V.P.", "C.F.O.", "Ph.D.": letters with dots written as one word ("svp"). */
const DOTTED = /\b(?:[a-z]\.){2,}/g;
/** Joined forms that would read as another abbreviation: Dutch "P&O" (personnel) is not "PO" (product owner). */
const JOINED_WORDS: Record<string, string> = { 'p&o': 'personeel organisatie' };

/** Lowercase with accents removed; may change the length (ß → ss, œ → oe). */
export function fold(text: string): string {
  let s = text.toLowerCase();
  if (NON_ASCII.test(s)) {
    s = s.replace(/ß/g, 'ss').replace(/æ/g, 'ae').replace(/œ/g, 'oe').replace(/ø/g, 'o').normalize('NFD').replace(COMBINING, '');
  }
  return s;
}

/** What foldSameLength makes of each character seen: titles reuse a small alphabet. */
const foldedChars = readingCache<string, string>();

/**
 * The text foldSameLength folded last, and what it made of it: a headline of one segment is
 * folded for its status phrases and again, as the same string, for its employer.
 */
let lastText = '';
let lastFolded = '';

/** Like fold, but one output character per input UTF-16 unit, so indexes map back to the raw text. */
export function foldSameLength(text: string): string {
  if (text !== lastText) {
    lastFolded = foldSameLengthUncached(text);
    lastText = text;
  }
  return lastFolded;
}

function foldSameLengthUncached(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  let out = '';
  for (let i = 0; i < text.length; ) {
    // Runs of ASCII, most of any title, lowercase in one go.
    let end = i;
    while (end < text.length && text.charCodeAt(end) < 0x80) end++;
    if (end > i) {
      out += text.slice(i, end).toLowerCase();
      i = end;
      continue;
    }
    const ch = text.codePointAt(i)! > 0xffff ? text.slice(i, i + 2) : text[i]!;
    i += ch.length;
    let folded = foldedChars.get(ch);
    if (folded === undefined) {
      const base = ch.length === 1 ? ch.normalize('NFD')[0]!.toLowerCase() : ' '.repeat(ch.length);
      folded = base.length === 1 ? base : (base[0] ?? ' ');
      foldedChars.set(ch, folded);
    }
    out += folded;
  }
  return out;
}

/**
 * A copy of `text` for keeping in a cache. A substring may be a view into the string it was cut
 * from (V8 does this): a role text cut from a headline, or from a whole file a caller read and
 * split, would keep that string alive for as long as the cache holds the role.
 */
export function detached(text: string): string {
  // A JSON round trip always builds a new string of exactly this text (0.3 µs for a title).
  return JSON.parse(JSON.stringify(text)) as string;
}

/** Words of folded text, before any lexicon is applied. */
export function rawWords(text: string): string[] {
  const ascii = !NON_ASCII.test(text);
  let s = ascii ? text.toLowerCase() : fold(text);
  if (s.includes('co-op') || s.includes('co op')) s = s.replace(/\bco[-\s]op\b/g, 'coop');
  if (s.includes('.')) s = s.replace(DOTTED, (m) => m.replace(/\./g, '') + ' ');
  if (s.includes('&')) s = s.replace(JOINED, (m, a: string, b: string) => JOINED_WORDS[m] ?? a + b);
  const words = s.split(ascii ? ASCII_SPLIT : WORD_SPLIT);
  let n = 0;
  for (let i = 0; i < words.length; i++) if (words[i]!.length > 0) words[n++] = words[i]!;
  words.length = n;
  return words;
}

export interface TokenizerTables {
  /** Dropped words: stopwords and credentials. */
  drop: Set<string>;
  /** Token → canonical token(s), already closed under itself (no chains left). */
  replace: Map<string, string[]>;
  /** Word parts that German and Dutch compounds are split into. */
  parts: Set<string>;
  /** Words never split (they are words of their own, not compounds). */
  keep: Set<string>;
  /** Lexicon words a misspelling may be read as (five letters or more). */
  vocabulary?: Set<string>;
  /** Words naming a person (founder, manager): their plurals are never read as them. */
  personNouns?: Set<string>;
}

/** Misspellings are only read as a lexicon word when both have at least this many letters. */
const MIN_TYPO_LENGTH = 5;

/** True when a and b are one insertion, deletion, substitution or swap of neighbours apart. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const LINKS = ['', 's', 'es', 'en', 'n', 'e'];

interface TypoIndex {
  /** The vocabulary words a misspelling may be read as (MIN_TYPO_LENGTH letters or more), in vocabulary order. */
  words: string[];
  /** Indexes in `words` of the words of each length whose half keys are not in `halves` yet. */
  unindexed: Map<number, number[]>;
  /** Each indexed word's two half keys (halfKeys) → their indexes in `words`. */
  halves: Map<string, number[]>;
}

/**
 * Two keys per word, not one per deleted letter as a symmetric-delete index has: ten thousand
 * keys take a fraction of the time sixty thousand did. The keys of each word length are made
 * the first time a word one letter off needs them (halvesOfLength): a worker that just started
 * makes this at its first unknown word, and one word needs three lengths out of twenty.
 */
function typoIndexOf(vocabulary: ReadonlySet<string> | undefined): TypoIndex {
  const words: string[] = [];
  const unindexed = new Map<number, number[]>();
  for (const word of vocabulary ?? []) {
    if (word.length < MIN_TYPO_LENGTH) continue;
    const index = words.push(word) - 1;
    const sameLength = unindexed.get(word.length);
    if (sameLength) sameLength.push(index);
    else unindexed.set(word.length, [index]);
  }
  return { words, unindexed, halves: new Map() };
}

/** The index's half keys, those of words `length` letters long made first if they are not yet. */
function halvesOfLength(typos: TypoIndex, length: number): Map<string, number[]> {
  const pending = typos.unindexed.get(length);
  if (pending) {
    typos.unindexed.delete(length);
    // Keys hold their length, so each list gets the words of one length, in vocabulary order.
    for (const index of pending) {
      for (const key of halfKeys(typos.words[index]!)) {
        const list = typos.halves.get(key);
        if (list) list.push(index);
        else typos.halves.set(key, [index]);
      }
    }
  }
  return typos.halves;
}

/**
 * A word's two half keys. A word one edit away from a vocabulary word of length L keeps either
 * its first h − 1 letters at the start or its last L − h letters at the end (h = ⌊L/2⌋; the
 * one letter of overlap covers a swap across the middle), so looking up both keys for each
 * length one off finds every candidate.
 */
function halfKeys(word: string): [string, string] {
  const half = word.length >> 1;
  return [`${word.length}<${word.slice(0, half - 1)}`, `${word.length}>${word.slice(half)}`];
}

/**
 * Where a symmetric-delete lookup of `word` first meets `candidate`: 0 for the word itself as
 * the key, i + 1 for the word with letter i deleted; a key meets a candidate that is the key or
 * the key with one letter more.
 */
function deletionKeyIndex(word: string, candidate: string): number {
  for (let k = 0; k <= word.length; k++) {
    const key = k === 0 ? word : word.slice(0, k - 1) + word.slice(k);
    if (key === candidate || (candidate.length === key.length + 1 && oneEditApart(candidate, key))) return k;
  }
  return word.length + 1;
}
const SHORT_PARTS = new Set(['it', 'hr', 'ai', 'qa', 'pr']);

/** Degrees whose candidates are students, as rawWords gives them ("Ph.D." is "ph d", "Master's" is "master s"). */
const DEGREES: ReadonlySet<string> = new Set([
  'phd',
  'dphil',
  'edd',
  'dba',
  'mba',
  'msc',
  'mres',
  'mphil',
  'ma',
  'mph',
  'llm',
  'jd',
  'bsc',
  'ba',
  'masters',
  'master',
  'bachelors',
  'bachelor',
  'doctoral',
  'doctorate',
]);

export class Tokenizer {
  private readonly compoundCache = readingCache<string, string[] | null>();
  private readonly words = readingCache<string, string>();
  /** The misspelling index (typoIndexOf), made the first time a word may be misspelt. */
  private typos: TypoIndex | undefined;
  private readonly corrections = readingCache<string, string | null>();
  /**
   * Folded word → the tokens it normalises to. Titles reuse a few thousand words: one lookup
   * here instead of the eight or so in the stopword, abbreviation, compound, vocabulary and
   * intern tables, each a cache miss in memory once those tables are large.
   */
  private readonly wordTokens = readingCache<string, readonly string[]>();

  constructor(readonly tables: TokenizerTables) {}

  /**
   * Every vocabulary word one edit away from `word` (and not its plural person noun), in the order
   * a symmetric-delete index over [word, ...its deletions] finds them: which one is taken when
   * several spell one meaning depends on it.
   */
  private oneEditCandidates(word: string, typos: TypoIndex): string[] {
    const seen = new Set<number>();
    for (let length = word.length - 1; length <= word.length + 1; length++) {
      if (length < MIN_TYPO_LENGTH) continue;
      const half = length >> 1;
      const halves = halvesOfLength(typos, length);
      const front = halves.get(`${length}<${word.slice(0, half - 1)}`);
      const back = halves.get(`${length}>${word.slice(word.length - (length - half))}`);
      for (const index of front ?? []) seen.add(index);
      for (const index of back ?? []) seen.add(index);
    }
    const found: { word: string; index: number; key: number }[] = [];
    for (const index of seen) {
      const candidate = typos.words[index]!;
      // The plural of a person noun names others: "Helping founders" is not a founder's title.
      if (!oneEditApart(word, candidate) || (word === `${candidate}s` && this.tables.personNouns?.has(candidate))) continue;
      found.push({ word: candidate, index, key: deletionKeyIndex(word, candidate) });
    }
    found.sort((a, b) => a.key - b.key || a.index - b.index);
    return found.map((f) => f.word);
  }

  /**
   * The lexicon word a misspelt word stands for ("manger" → "manager", "secuirty" → "security"):
   * one edit away, both at least five letters, and only when a single word fits. Words the
   * lexicon knows, and short words, are never changed ("data" stays "data", never "date").
   */
  correct(word: string): string | null {
    if (word.length < MIN_TYPO_LENGTH || /\d/.test(word)) return null;
    // Most titles have no unknown word: a worker that just started makes the index only when one does.
    const typos = (this.typos ??= typoIndexOf(this.tables.vocabulary));
    if (typos.words.length === 0) return null;
    const cached = this.corrections.get(word);
    if (cached !== undefined) return cached;
    // Letters are dropped more often than added or mistyped: "drector" is "director", not
    // "rector"; "dirctor" is "director", not Portuguese "diretor" (one letter changed).
    let fits = this.oneEditCandidates(word, typos);
    const longest = fits.reduce((n, c) => Math.max(n, c.length), 0);
    if (fits.length > 1) fits = fits.filter((c) => c.length === longest);
    // Spellings of one word ("director", Portuguese "diretor") are one fit.
    const meanings = new Set(fits.map((c) => this.tables.replace.get(c)?.join(' ') ?? c));
    const result = meanings.size === 1 ? (fits.find((c) => !this.tables.replace.has(c)) ?? fits[0]!) : null;
    this.corrections.set(word, result);
    return result;
  }

  private known(word: string): boolean {
    const { drop, replace, parts, vocabulary } = this.tables;
    return drop.has(word) || replace.has(word) || parts.has(word) || (vocabulary?.has(word) ?? false);
  }

  /** Normalised tokens of a title or phrase. */
  tokens(text: string): string[] {
    const out: string[] = [];
    const words = rawWords(text);
    // Indexed loops here and below: a pack's phrases are tokenized once, at start-up, mostly
    // before the optimising compiler has run, and an iterator per loop costs more there.
    for (let i = 0; i < words.length; i++) {
      // "PhD Candidate", "MBA Candidate": a degree's candidate is its student (the degree is a
      // credential and is dropped; a "CPA Candidate" or a plain "Candidate" is not a student).
      if (words[i] === 'candidate' && i > 0 && (DEGREES.has(words[i - 1]!) || (i > 1 && DEGREES.has(words[i - 2]! + words[i - 1]!)))) {
        out.push('student');
        continue;
      }
      this.push(words[i]!, out);
    }
    return out;
  }

  /** Normalises one folded word into `out` (several tokens for abbreviations and compounds). */
  push(word: string, out: string[]): void {
    let tokens = this.wordTokens.get(word);
    if (tokens === undefined) {
      const fresh: string[] = [];
      this.pushUncached(word, fresh);
      this.wordTokens.set(word, (tokens = fresh));
    }
    for (let i = 0; i < tokens.length; i++) out.push(tokens[i]!);
  }

  private pushUncached(word: string, out: string[]): void {
    const { drop, replace } = this.tables;
    if (drop.has(word)) return;
    const replaced = replace.get(word);
    if (replaced) {
      // A canonical form may itself be a compound: "Rechtsanwältin" → "rechtsanwalt" → "recht anwalt".
      for (let i = 0; i < replaced.length; i++) this.pushSplit(replaced[i]!, out);
      return;
    }
    this.pushSplit(word, out);
  }

  private pushSplit(word: string, out: string[], corrected = false): void {
    const parts = word.length >= 7 ? this.split(word) : null;
    if (!parts) {
      const fixed = corrected || this.known(word) ? null : this.correct(word);
      if (fixed) {
        // Read as the word it stands for, abbreviations and compounds included.
        const replaced = this.tables.replace.get(fixed);
        if (replaced) for (let i = 0; i < replaced.length; i++) this.pushSplit(replaced[i]!, out, true);
        else this.pushSplit(fixed, out, true);
        return;
      }
      out.push(this.intern(word));
      return;
    }
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      if (this.tables.drop.has(part)) continue;
      const r = this.tables.replace.get(part);
      if (r) for (let k = 0; k < r.length; k++) out.push(r[k]!);
      else out.push(this.intern(part));
    }
  }

  /**
   * One string per distinct word: tokens of cached readings then share their strings instead of
   * each keeping its own copy (matching long lists is bound by what stays in memory).
   */
  private intern(word: string): string {
    const known = this.words.get(word);
    if (known !== undefined) return known;
    this.words.set(word, word);
    return word;
  }

  /** Splits a compound into known parts, or null. Memoised: titles reuse the same few words. */
  split(word: string): string[] | null {
    const cached = this.compoundCache.get(word);
    if (cached !== undefined) return cached;
    // A misspelt word is not a compound of an unknown part and a person noun: "Respnsable" is
    // responsable, not "respn" + "able".
    const result = this.tables.keep.has(word)
      ? null
      : (this.splitUncached(word, 0) ?? (!this.known(word) && this.correct(word) ? null : this.splitBeforePersonNoun(word)));
    this.compoundCache.set(word, result);
    return result;
  }

  /**
   * A compound whose first part the lexicon does not know, joined by a linking s to a word naming
   * a person: "Referatsleiter" is a Leiter of a Referat, "Sachgebietsleiterin", "Sektionschef".
   * Without the s it is no such compound ("Flugbegleiter" is not a Leiter).
   */
  private splitBeforePersonNoun(word: string): string[] | null {
    const nouns = this.tables.personNouns;
    if (!nouns) return null;
    for (let i = 5; i <= word.length - 4; i++) {
      if (word[i - 1] !== 's') continue;
      const noun = word.slice(i);
      if (nouns.has(noun)) return [word.slice(0, i - 1), noun];
    }
    return null;
  }

  private isPart(word: string): boolean {
    return (word.length >= 3 || SHORT_PARTS.has(word)) && (this.tables.parts.has(word) || this.tables.replace.has(word));
  }

  /** Longest known prefix first, then an optional linking element (Einkauf-s-leiter, klant-en-service). */
  private splitUncached(word: string, depth: number): string[] | null {
    if (depth > 3) return null;
    // A compound's first half written alone keeps its linking s: "Einkaufs-Leiter".
    if (depth === 0 && word.endsWith('s') && this.isPart(word.slice(0, -1)) && !this.tables.keep.has(word.slice(0, -1))) return [word.slice(0, -1)];
    for (let i = word.length - 3; i >= 2; i--) {
      const head = word.slice(0, i);
      if (!this.isPart(head)) continue;
      for (const link of LINKS) {
        if (!word.startsWith(link, i)) continue;
        const rest = word.slice(i + link.length);
        if (rest.length < 2) continue;
        // Parts may be compounds themselves (Hauptabteilungsleiter → haupt abteilung leiter).
        const more = this.isPart(rest) ? ((rest.length >= 7 ? this.split(rest) : null) ?? [rest]) : this.splitUncached(rest, depth + 1);
        if (more) return [...((head.length >= 7 ? this.split(head) : null) ?? [head]), ...more];
      }
    }
    return null;
  }
}
