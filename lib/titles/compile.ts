/**
 * Compiling packs into a matching index, once per pack install (docs/persona-pack.md,
 * MatchRules). Every phrase (titles, keywords, exclude) goes through the same tokenizer as
 * titles and into one phrase trie keyed by word, so matching a title walks its few tokens
 * instead of the pack's thousands of phrases. Personas that can match on function alone are
 * bucketed by function, so they are looked at only for titles of that function.
 */
import { levelRank, type FunctionId, type Level } from '../pack/vocabulary';
import type { Pack, Persona } from '../pack/schema';
import { getLexicon } from './lexicon';
import { PhraseTrie } from './trie';
import type { Reason } from './reasons';
import type { MatchCandidate } from './types';

export type PhraseRole = 'title' | 'any' | 'all' | 'exclude';

export interface PhraseRef {
  /** The phrase's number in its compiled pack (for keys of what a title's phrases decide, match.ts). */
  id: number;
  persona: number;
  role: PhraseRole;
  /** For `all`: which of the persona's all-keywords this is. */
  slot: number;
  /** As the admin wrote it, for reasons. */
  text: string;
  /** Length in normalised words: the "longer matched phrase" tie-break. */
  words: number;
}

export interface CompiledPersona {
  /** Position across all compiled packs: earlier wins the last tie-break. */
  index: number;
  id: string;
  name: string;
  pack: string;
  kind: Persona['kind'];
  priority: number;
  titles: string[];
  anyCount: number;
  allCount: number;
  allTexts: string[];
  functions: ReadonlySet<FunctionId> | null;
  min: number | undefined;
  max: number | undefined;
  minLevel: Level | undefined;
  maxLevel: Level | undefined;
  /** Keywords given: a phrase must appear, so function alone never decides. */
  hasKeywords: boolean;
}

export interface CompileWarning {
  pack: string;
  persona: string;
  message: string;
}

export interface CompiledPack {
  packs: { id: string; name: string; version: string }[];
  personas: CompiledPersona[];
  phrases: PhraseTrie<PhraseRef[]>;
  /** Personas whose rules can hold with no phrase at all (functions, no keywords), by function. */
  byFunction: Map<FunctionId, number[]>;
  /** Every persona naming a function, keywords or not: where "closest persona" looks first. */
  namingFunction: Map<FunctionId, number[]>;
  phraseCount: number;
  warnings: CompileWarning[];
  /** CompileOptions.explainRunnersUp. */
  explainRunnersUp: boolean;
}

export interface CompileOptions {
  /**
   * Build the reasons of each result's runners-up (default true: the side panel shows them).
   * `persona-map match` lists runners-up by id and score only and turns this off: explaining
   * three runners-up costs more than deciding the match itself.
   */
  explainRunnersUp?: boolean;
}

/** The part of a match result that depends only on what the title reads as. */
export interface MatchOutcome {
  persona: string | null;
  pack: string | null;
  kind: Persona['kind'] | null;
  score: number;
  reasons: Reason[];
  alternatives: MatchCandidate[];
}

/** A phrase's references: personas that name the same phrase share its trie node. */
function addRef(refs: PhraseRef[] | undefined, ref: PhraseRef): PhraseRef[] {
  if (!refs) return [ref];
  refs.push(ref);
  return refs;
}

/** Compiles several packs into one index; on a tie, personas of earlier packs win. */
export function compilePacks(packs: readonly Pack[], options: CompileOptions = {}): CompiledPack {
  const { tokenizer } = getLexicon();
  const compiled: CompiledPack = {
    packs: packs.map((p) => ({ id: p.id, name: p.name, version: p.version })),
    personas: [],
    phrases: new PhraseTrie(),
    byFunction: new Map(),
    namingFunction: new Map(),
    phraseCount: 0,
    warnings: [],
    explainRunnersUp: options.explainRunnersUp ?? true,
  };
  // Packs repeat phrases across personas (an exclude such as "intern", a keyword of one function):
  // each text is tokenized once. The trie and refs only read the tokens.
  const tokensOf = new Map<string, string[]>();
  const add = (persona: CompiledPersona, role: PhraseRole, text: string, slot: number) => {
    let tokens = tokensOf.get(text);
    if (tokens === undefined) tokensOf.set(text, (tokens = tokenizer.tokens(text)));
    if (tokens.length === 0) {
      compiled.warnings.push({
        pack: persona.pack,
        persona: persona.id,
        message: `${role === 'exclude' ? 'exclude' : role === 'title' ? 'title' : 'keyword'} phrase "${text}" has no words left after normalisation (only stopwords or credentials), so it never matches`,
      });
      return;
    }
    compiled.phrases.upsert(tokens, addRef, { id: compiled.phraseCount++, persona: persona.index, role, slot, text, words: tokens.length });
  };
  const bucket = (map: Map<FunctionId, number[]>, fn: FunctionId, index: number) => {
    const list = map.get(fn);
    if (list) list.push(index);
    else map.set(fn, [index]);
  };

  for (const pack of packs) {
    for (const p of pack.personas) {
      const m = p.match;
      const any = m.keywords?.any ?? [];
      const all = m.keywords?.all ?? [];
      const persona: CompiledPersona = {
        index: compiled.personas.length,
        id: p.id,
        name: p.name,
        pack: pack.id,
        kind: p.kind,
        priority: m.priority ?? 0,
        titles: m.titles ?? [],
        anyCount: any.length,
        allCount: all.length,
        allTexts: all,
        functions: m.functions?.length ? new Set(m.functions) : null,
        min: m.seniority?.min ? levelRank(m.seniority.min) : undefined,
        max: m.seniority?.max ? levelRank(m.seniority.max) : undefined,
        minLevel: m.seniority?.min,
        maxLevel: m.seniority?.max,
        hasKeywords: any.length > 0 || all.length > 0,
      };
      compiled.personas.push(persona);
      // Plain loops: this runs once per pack, mostly before the optimising compiler has.
      const exclude = m.exclude ?? [];
      for (let i = 0; i < persona.titles.length; i++) add(persona, 'title', persona.titles[i]!, 0);
      for (let i = 0; i < any.length; i++) add(persona, 'any', any[i]!, 0);
      for (let i = 0; i < all.length; i++) add(persona, 'all', all[i]!, i);
      for (let i = 0; i < exclude.length; i++) add(persona, 'exclude', exclude[i]!, 0);
      for (const fn of persona.functions ?? []) {
        bucket(compiled.namingFunction, fn, persona.index);
        if (!persona.hasKeywords) bucket(compiled.byFunction, fn, persona.index);
      }
    }
  }
  return compiled;
}

export function compilePack(pack: Pack, options?: CompileOptions): CompiledPack {
  return compilePacks([pack], options);
}
