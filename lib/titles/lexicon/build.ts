/**
 * Builds the engine's lexicon from the per-language data tables in this folder: one tokenizer
 * and one phrase trie for all languages (a French title may say "CFO", an English one
 * "Geschäftsführer"). Every phrase in the tables goes through the same tokenizer as titles.
 * The tables are the single source of truth: the extension's worker reads the same lexicon
 * built from them at build time (./prebuilt.ts), the CLI and the extension pages build it here.
 */
import type { FunctionId, Level } from '../../pack/schema';
import type { AmbiguousAcronym, LexEntry, Lexicon } from '../lexicon';
import { rawWords, Tokenizer } from '../normalize';
import { PhraseTrie } from '../trie';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { maxLevel } from './levels';
import { nl } from './nl';
import { pt } from './pt';
import { sv } from './sv';
import type { FunctionOrNone, LexiconTable } from './types';
import { withVocabulary } from './vocabulary';

export const LEXICON_TABLES: readonly LexiconTable[] = [en, fr, de, es, pt, nl, it, sv];

function phrasesOf(tables: Partial<Record<string, string[]>> | undefined): [string, string][] {
  const out: [string, string][] = [];
  for (const [key, list] of Object.entries(tables ?? {})) for (const phrase of list ?? []) out.push([key, phrase]);
  return out;
}

export function buildLexicon(written: readonly LexiconTable[]): Lexicon {
  const tables = written.map(withVocabulary);
  const drop = new Set<string>();
  const noise = new Set<string>();
  const replaceRaw = new Map<string, string[]>();
  const parts = new Set<string>();
  const ambiguousKeys = new Set<string>();

  for (const t of tables) {
    for (const w of t.stopwords ?? []) drop.add(w);
    for (const w of t.noise ?? []) {
      drop.add(w);
      noise.add(w);
    }
    for (const [from, to] of [...Object.entries(t.variants ?? {}), ...Object.entries(t.abbreviations ?? {})]) {
      if (!replaceRaw.has(from)) replaceRaw.set(from, rawWords(to));
    }
    for (const key of Object.keys(t.ambiguous ?? {})) ambiguousKeys.add(key);
    for (const w of t.compoundParts ?? []) for (const p of rawWords(w)) parts.add(p);
  }
  // Close replacements under themselves: "cofondatrice" → "cofondateur" → "co fondateur".
  const close = (tokens: string[], depth = 0): string[] =>
    depth > 4
      ? tokens
      : tokens.flatMap((tok) => (replaceRaw.has(tok) && replaceRaw.get(tok)!.join(' ') !== tok ? close(replaceRaw.get(tok)!, depth + 1) : [tok]));
  const replace = new Map<string, string[]>();
  for (const [from, to] of replaceRaw)
    replace.set(
      from,
      close(to).filter((tok) => !drop.has(tok)),
    );

  // Every word of every phrase is a possible compound part (words, not whole phrases). The
  // tables hold tens of thousands of phrases: each is split into words once, here.
  const wordsOf = new Map<string, string[]>();
  const words = (phrase: string): string[] => {
    let found = wordsOf.get(phrase);
    if (found === undefined) wordsOf.set(phrase, (found = rawWords(phrase)));
    return found;
  };
  const allPhrases: string[] = [];
  for (const t of tables) {
    for (const group of [t.functions, t.domains, t.roles, t.genericRoles, t.levels, t.levelModifiers])
      for (const [, phrase] of phrasesOf(group)) allPhrases.push(phrase);
    allPhrases.push(...(t.decorations ?? []), ...(t.domainNouns ?? []));
  }
  // Misspellings are read as words of the tables: every word of a phrase, and every spelling the tables map.
  const vocabulary = new Set<string>();
  for (const phrase of allPhrases)
    for (const w of words(phrase))
      if (!drop.has(w)) {
        parts.add(w);
        vocabulary.add(w);
      }

  // English words are not compounds: "network" stays one word even though "net" and "work" are parts.
  const keep = new Set<string>();
  const english = tables.find((t) => t.lang === 'en');
  if (english) {
    for (const group of [english.functions, english.domains, english.roles, english.genericRoles, english.levels, english.levelModifiers])
      for (const [, phrase] of phrasesOf(group)) for (const w of words(phrase)) keep.add(w);
    // Decorations too: "retired" is not "reti" + "red".
    for (const phrase of english.decorations ?? []) for (const w of words(phrase)) keep.add(w);
  }
  for (const t of tables) for (const w of t.wholeWords ?? []) for (const p of rawWords(w)) keep.add(p);
  for (const from of replaceRaw.keys()) vocabulary.add(from);
  for (const t of tables) for (const key of Object.keys(t.ambiguous ?? {})) vocabulary.add(key);
  const personNouns = new Set<string>();
  for (const t of tables)
    for (const group of [t.roles, t.genericRoles, t.levels]) for (const [, phrase] of phrasesOf(group)) for (const w of words(phrase)) personNouns.add(w);
  const tokenizer = new Tokenizer({ drop, replace, parts, keep, vocabulary, personNouns });
  const trie = new PhraseTrie<LexEntry>();
  const add = (phrase: string, patch: (entry: LexEntry) => void) => {
    const tokens = tokenizer.tokens(phrase);
    if (tokens.length === 0) return;
    trie.upsert(tokens, (current) => {
      const entry = current ?? { phrase: tokens.join(' '), weight: 0, role: false };
      patch(entry);
      return entry;
    });
  };
  const setFn = (entry: LexEntry, fn: string, weight: number) => {
    if (entry.fn === undefined || weight > entry.weight) {
      entry.fn = fn as FunctionOrNone;
      entry.weight = weight;
    }
  };
  for (const t of tables) {
    for (const [fn, phrase] of phrasesOf(t.functions)) add(phrase, (e) => setFn(e, fn, 2));
    for (const [fn, phrase] of phrasesOf(t.domains)) add(phrase, (e) => setFn(e, fn, 1));
    for (const [fn, phrase] of phrasesOf(t.roles))
      add(phrase, (e) => {
        setFn(e, fn, 3);
        e.role = true;
      });
    for (const [fn, phrase] of phrasesOf(t.genericRoles))
      add(phrase, (e) => {
        setFn(e, fn, 1);
        e.role = true;
      });
    for (const [level, phrase] of phrasesOf(t.levels))
      add(phrase, (e) => {
        if (e.levelKind !== 'head') {
          e.level = level as Level;
          e.levelKind = 'head';
        }
        e.role = true;
      });
    for (const [level, phrase] of phrasesOf(t.levelModifiers))
      add(phrase, (e) => {
        if (!e.levelKind) {
          e.level = level as Level;
          e.levelKind = 'modifier';
        }
      });
    for (const phrase of t.decorations ?? [])
      add(phrase, (e) => {
        e.decoration = true;
      });
    for (const phrase of t.domainNouns ?? [])
      add(phrase, (e) => {
        e.domainNoun = true;
      });
  }

  // A multi-word role ("sales director", "senior consultant") takes its level from its own words.
  const all = trie.entries();
  // Shorter phrases first, so "technical product manager" sees the level "product manager" got.
  all.sort((a, b) => a[0].length - b[0].length);
  // Functions only come from what the tables say, not from other derived ones.
  const explicit = new Map(all.map(([, e]) => [e, { level: e.level, levelKind: e.levelKind, fn: e.fn, weight: e.weight }]));
  for (const [tokens, entry] of all) {
    // Phrases marked as no function ("President's Club", "security solutions") stay inert.
    if (tokens.length < 2 || (entry.fn === 'none' && !entry.role)) continue;
    const needFn = !entry.fn;
    const needLevel = !entry.level;
    if (!needFn && !needLevel) continue;
    // One walk over the phrase's shorter phrases serves both.
    let best: { fn?: FunctionOrNone; weight: number } | undefined;
    const heads: Level[] = [];
    const modifiers: Level[] = [];
    trie.longest(
      tokens,
      (_s, _e, sub) => {
        // "Staff software engineer" is a level phrase that is also about software: the function
        // comes only from a job noun inside it, not from a level word ("vice president") or a plain word.
        if (needFn) {
          const own = explicit.get(sub)!;
          if (sub.role && !own.level && own.fn && own.fn !== 'none' && (!best || own.weight > best.weight)) best = own;
        }
        if (needLevel && sub.level) (sub.levelKind === 'head' ? heads : modifiers).push(sub.level);
      },
      tokens.length - 1,
    );
    if (best) {
      entry.fn = best.fn;
      entry.weight = best.weight;
    }
    if (!needLevel) continue;
    const head = maxLevel(heads);
    const modifier = maxLevel(modifiers);
    if (head && (head !== 'professional' || !modifier)) {
      entry.level = head;
      entry.levelKind = 'head';
    } else if (modifier) {
      entry.level = modifier;
      entry.levelKind = 'modifier';
    }
  }

  const ambiguous = new Map<string, AmbiguousAcronym>();
  for (const t of tables)
    for (const [token, senses] of Object.entries(t.ambiguous ?? {}))
      ambiguous.set(token, { token, senses: senses.map((s) => ({ ...s, tokens: tokenizer.tokens(s.expansion) })) });

  const employers = new PhraseTrie<FunctionId>();
  for (const t of tables) for (const [fn, name] of phrasesOf(t.employers)) employers.upsert(tokenizer.tokens(name), () => fn as FunctionId);

  const list = (pick: (t: LexiconTable) => string[] | undefined) => [...new Set(tables.flatMap((t) => pick(t) ?? []))];
  return {
    tokenizer,
    trie,
    ambiguous,
    noise,
    companyMarkers: list((t) => t.companyMarkers),
    statusPhrases: list((t) => t.statusPhrases),
    employers,
    assistantNouns: list((t) => t.assistantNouns),
    qualifierConnectors: list((t) => t.qualifierConnectors),
  };
}

/** The lexicon of LEXICON_TABLES, built now (155–190 ms in Node with the long-tail vocabulary). */
export function freshLexicon(): Lexicon {
  return buildLexicon(LEXICON_TABLES);
}
