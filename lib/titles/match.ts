/**
 * Matching a title against compiled packs (docs/persona-pack.md, MatchRules).
 *
 * A persona matches when no `exclude` phrase appears and either a `titles` phrase appears
 * (strong) or every given one of `keywords.any`, `keywords.all` and `functions` holds (plain,
 * at least one given); in both cases the `seniority` range, when given, must hold.
 *
 * Score, ordering results exactly like the spec's tie-breaks (earlier in pack is the last one,
 * applied by sort order on equal scores):
 *
 *   score = priority × 1,000,000 + (strong ? 100,000 : 0) + min(longest phrase in words, 99) × 1,000
 *           + conditions satisfied × 10
 *
 * where conditions are: a title phrase, keywords.any, keywords.all, functions and seniority,
 * each counted when given and holding.
 */
import { LEVELS, levelRank, type FunctionId, type Level } from '../pack/vocabulary';
import { analyzeDetailed, type DetailedAnalysis } from './analyze';
import type { TokenReading } from './reading';
import type { CompiledPack, CompiledPersona, MatchOutcome, PhraseRef } from './compile';
import { packMemo, type PackMemo } from './memo';
import type { Reason, TieBreak } from './reasons';
import type { MatchCandidate, MatchResult } from './types';

/** Runners-up kept per result: enough to explain a close call, few enough to stay cheap. */
const MAX_ALTERNATIVES = 3;

interface Hits {
  title?: PhraseRef;
  any?: PhraseRef;
  all?: Map<number, PhraseRef>;
  exclude?: PhraseRef;
  words: number;
}

interface Evaluation {
  persona: CompiledPersona;
  matched: boolean;
  strong: boolean;
  score: number;
  conditions: number;
  words: number;
  hits: Hits | undefined;
  fnOk: boolean | undefined;
  anyOk: boolean | undefined;
  allOk: boolean | undefined;
  levelOk: boolean;
  excluded: boolean;
  /** For near misses: how close it came (used to pick "the closest persona"). */
  closeness: number;
}

function collectHits(tokens: readonly string[], compiled: CompiledPack, hits: Map<number, Hits>): void {
  compiled.phrases.all(tokens, (_start, _end, refs) => {
    for (const ref of refs) {
      let h = hits.get(ref.persona);
      if (!h) hits.set(ref.persona, (h = { words: 0 }));
      switch (ref.role) {
        case 'title':
          if (!h.title || ref.words > h.title.words) h.title = ref;
          break;
        case 'any':
          if (!h.any || ref.words > h.any.words) h.any = ref;
          break;
        case 'all':
          (h.all ??= new Map()).set(ref.slot, ref);
          break;
        case 'exclude':
          h.exclude ??= ref;
          break;
      }
      if (ref.role !== 'exclude' && ref.words > h.words) h.words = ref.words;
    }
  });
}

/** The persona's seniority range with open ends filled in, for the reasons. */
const range = (p: CompiledPersona) => ({ min: p.minLevel ?? LEVELS[0], max: p.maxLevel ?? LEVELS[LEVELS.length - 1]! });

/** What a title reads as, as far as the rules and their reasons need it. */
interface TitleFacts {
  fn: FunctionId | null;
  level: Level | null;
  /** The phrase that decided the function. */
  functionPhrase: string | undefined;
}

function functionSource(facts: TitleFacts): { from?: string } {
  return facts.functionPhrase ? { from: facts.functionPhrase } : {};
}

function evaluate(p: CompiledPersona, h: Hits | undefined, facts: TitleFacts): Evaluation {
  const { fn, level } = facts;
  const strong = !!h?.title;
  const fnOk = p.functions ? fn !== null && p.functions.has(fn) : undefined;
  const anyOk = p.anyCount ? !!h?.any : undefined;
  const allHit = h?.all?.size ?? 0;
  const allOk = p.allCount ? allHit === p.allCount : undefined;
  const seniorityGiven = p.min !== undefined || p.max !== undefined;
  const rank = level ? levelRank(level) : -1;
  const levelOk = !seniorityGiven || (level !== null && (p.min === undefined || rank >= p.min) && (p.max === undefined || rank <= p.max));
  const plain = (anyOk !== undefined || allOk !== undefined || fnOk !== undefined) && anyOk !== false && allOk !== false && fnOk !== false;
  const excluded = !!h?.exclude;
  const matched = !excluded && (strong || plain) && levelOk;
  const conditions = (strong ? 1 : 0) + (anyOk ? 1 : 0) + (allOk ? 1 : 0) + (fnOk ? 1 : 0) + (seniorityGiven && levelOk ? 1 : 0);
  const words = h?.words ?? 0;
  const score = p.priority * 1_000_000 + (strong ? 100_000 : 0) + Math.min(words, 99) * 1_000 + conditions * 10;

  // Closeness for near misses: phrase evidence and conditions that held; excluded personas are far.
  const closeness = matched ? 0 : (excluded ? -5 : 0) + (strong ? 4 : 0) + (anyOk ? 2 : 0) + allHit + (fnOk ? 2 : 0) + (seniorityGiven && levelOk ? 1 : 0);
  return { persona: p, matched, strong, score, conditions, words, closeness, hits: h, fnOk, anyOk, allOk, levelOk, excluded };
}

/** Why it matched, or why it failed: built only for the results that are shown. */
function explain(e: Evaluation, facts: TitleFacts): Reason[] {
  const { persona: p, hits: h, matched, strong, fnOk, anyOk, allOk, levelOk, excluded } = e;
  const { fn, level } = facts;
  const seniorityGiven = p.min !== undefined || p.max !== undefined;
  const reasons: Reason[] = [];
  if (matched) {
    if (strong) reasons.push({ code: 'title-phrase', phrase: h!.title!.text });
    if (anyOk) reasons.push({ code: 'keyword', phrase: h!.any!.text });
    if (allOk) reasons.push({ code: 'all-keywords', phrases: p.allTexts });
    if (fnOk) reasons.push({ code: 'function', fn: fn!, ...functionSource(facts) });
    else if (p.functions && strong) reasons.push({ code: 'function-overridden', fn, allowed: [...p.functions] });
    if (seniorityGiven) reasons.push({ code: 'seniority-within', level: level!, ...range(p) });
    if (p.priority !== 0) reasons.push({ code: 'priority', priority: p.priority });
    if (p.kind === 'negative') reasons.push({ code: 'negative' });
    return reasons;
  }
  // Why it failed, most decisive first.
  if (excluded) reasons.push({ code: 'excluded', phrase: h!.exclude!.text });
  if (!levelOk) reasons.push(level ? { code: 'seniority-outside', level, ...range(p) } : { code: 'no-seniority', ...range(p) });
  if (!strong) {
    if (fnOk === false)
      reasons.push(
        fn ? { code: 'function-not-listed', fn, ...functionSource(facts), allowed: [...p.functions!] } : { code: 'no-function', allowed: [...p.functions!] },
      );
    if (anyOk === false) reasons.push({ code: 'no-keyword', listed: p.anyCount });
    if (allOk === false) reasons.push({ code: 'missing-keywords', phrases: p.allTexts.filter((_t, i) => !h?.all?.has(i)) });
  }
  return reasons;
}

/** The first rule that separates the winner from the runner-up, for the reasons. */
function tieBreak(a: Evaluation, b: Evaluation): TieBreak {
  if (a.persona.priority !== b.persona.priority) return { rule: 'priority', winner: a.persona.priority, loser: b.persona.priority };
  if (a.strong !== b.strong) return { rule: 'strong' };
  if (a.words !== b.words) return { rule: 'words', winner: a.words, loser: b.words };
  if (a.conditions !== b.conditions) return { rule: 'conditions', winner: a.conditions, loser: b.conditions };
  return { rule: 'order' };
}

/** The reasons of runners-up left unexplained: one empty list, never added to. */
const NO_REASONS: Reason[] = [];

/** A runner-up, with its reasons unless the compiled pack leaves them out (CompileOptions). */
function candidate(e: Evaluation, facts: TitleFacts, explained: boolean): MatchCandidate {
  return { persona: e.persona.id, pack: e.persona.pack, kind: e.persona.kind, score: e.score, reasons: explained ? explain(e, facts) : NO_REASONS };
}

function describeAnalysis(facts: TitleFacts, reading: TokenReading): Reason {
  // A level read from an ambiguous acronym has that acronym's note (in quotes) as its phrase: not a phrase to cite.
  const levelFrom = facts.level && reading.levelPhrase && !reading.levelPhrase.startsWith('"') ? { levelFrom: reading.levelPhrase } : {};
  return { code: 'reads-as', fn: facts.fn, ...(facts.functionPhrase && facts.fn ? { fnFrom: facts.functionPhrase } : {}), level: facts.level, ...levelFrom };
}

/** Matches one raw title; the result explains itself (reasons) and lists the runners-up. */
export function matchTitle(raw: string, compiled: CompiledPack): MatchResult {
  const detailed = analyzeDetailed(raw);
  return { input: raw, analysis: detailed.analysis, ...outcomeOf(detailed, compiled) };
}

/**
 * What matchTitle says about a title without its analysis: the persona, reasons and runners-up,
 * one object shared by every title that reads alike (persona-map match prints just this).
 */
export function matchOutcome(raw: string, compiled: CompiledPack): MatchOutcome {
  return outcomeOf(analyzeDetailed(raw), compiled);
}

function outcomeOf(detailed: DetailedAnalysis, compiled: CompiledPack): MatchOutcome {
  // Outcomes are shared by every title with the same reading (and the same status phrases).
  const { reading } = detailed;
  const memo = packMemo(compiled);
  const status = detailed.contextKey;
  if (status === undefined) {
    let outcome = memo.outcomes.get(reading);
    if (!outcome) memo.outcomes.set(reading, (outcome = decide(detailed, compiled, memo)));
    return outcome;
  }
  let byStatus = memo.outcomesByContext.get(reading);
  if (!byStatus) memo.outcomesByContext.set(reading, (byStatus = new Map()));
  let outcome = byStatus.get(status);
  if (!outcome) byStatus.set(status, (outcome = decide(detailed, compiled, memo, detailed.statusTokens)));
  return outcome;
}

/**
 * The one outcome object for everything this outcome says. Many readings decide alike ("Senior
 * Marketing Analyst" and "Marketing Analyst II"), and readings are cached: sharing their outcome
 * keeps one copy of its reasons in memory instead of one per reading, which is most of what
 * matching a long list of new titles costs (the garbage collector copies whatever is kept).
 */
function shared(outcome: MatchOutcome, { distinct }: PackMemo): MatchOutcome {
  const parts: (string | number | null)[] = [outcome.pack, outcome.persona, outcome.score];
  for (const r of outcome.reasons) keyParts(r, parts);
  for (const a of outcome.alternatives) {
    parts.push('', a.pack, a.persona, a.score);
    for (const r of a.reasons) keyParts(r, parts);
  }
  // One join builds the key as a single string (JSON.stringify of the same took twice as long as deciding).
  const key = parts.join(SEPARATOR);
  const known = distinct.get(key);
  if (known) return known;
  distinct.set(key, outcome);
  return outcome;
}

const SEPARATOR = '\u0000';

/** A reason's code and parameters, in order, for the key of its outcome (nested reasons and lists included). */
function keyParts(value: object, parts: (string | number | null)[]): void {
  for (const key in value) {
    const v = (value as Record<string, unknown>)[key];
    if (Array.isArray(v)) {
      parts.push(key, v.length);
      for (const item of v)
        if (typeof item === 'object' && item !== null) keyParts(item, parts);
        else parts.push(item as string);
    } else if (typeof v === 'object' && v !== null) keyParts(v, parts);
    else parts.push(key, v as string | number);
  }
}

/**
 * Puts a matching persona in its place among the best so far (higher score first, then earlier in
 * the packs), keeping the winner and MAX_ALTERNATIVES runners-up: a 500-persona pack can match a
 * title dozens of times, and sorting them all to show four cost more than the rest of deciding.
 */
function rank(top: Evaluation[], e: Evaluation): void {
  let at = top.length;
  while (at > 0 && (e.score > top[at - 1]!.score || (e.score === top[at - 1]!.score && e.persona.index < top[at - 1]!.persona.index))) at--;
  if (at > MAX_ALTERNATIVES) return;
  top.splice(at, 0, e);
  if (top.length > 1 + MAX_ALTERNATIVES) top.pop();
}

/**
 * The shared outcome of a title (see `shared`). Titles that read differently often find the same
 * phrases of the pack with the same function and level ("Global Data Analyst", "Regional Data
 * Analyst"): when nothing else bears on the outcome (no notes), it is remembered by what the
 * title's phrases hit and what it reads as, so each such combination is judged once.
 */
function decide(detailed: DetailedAnalysis, compiled: CompiledPack, memo: PackMemo, statusTokens?: string[]): MatchOutcome {
  const { reading } = detailed;
  // What decides is the analysis's function, seniority and qualifier: read without building it.
  const facts: TitleFacts = { fn: detailed.fn, level: detailed.seniority, functionPhrase: reading.functionPhrase };
  const hits = new Map<number, Hits>();
  collectHits(reading.tokens, compiled, hits);
  if (reading.altTokens) collectHits(reading.altTokens, compiled, hits);
  // "Open to work" is not the role, but a pack may target job seekers by it.
  if (statusTokens) collectHits(statusTokens, compiled, hits);
  const noted = reading.resolvedNotes.length > 0 || reading.ambiguousNotes.length > 0 || detailed.qualifier !== null || detailed.segmentNotes.length > 0;
  if (noted) return shared(judge(detailed, facts, hits, compiled), memo);
  const key = decisionKey(facts, reading.levelPhrase, hits);
  let outcome = memo.decisions.get(key);
  if (!outcome) memo.decisions.set(key, (outcome = shared(judge(detailed, facts, hits, compiled), memo)));
  return outcome;
}

/**
 * Everything `judge` reads of a title without notes, in order: the facts, the level phrase (for
 * "reads as"), and per persona hit, in the order found (the closest near miss is the first of
 * equals), its phrases by number. The numbers say the persona and the longest phrase's length:
 * every ref that counts is kept (the longest title and keyword, each all-keyword, the exclude).
 * Title, keyword and exclude are three numbers from −1 (none) up; the all-keywords that follow
 * are written −2 − number, so where one persona's list ends and the next persona starts is plain.
 */
function decisionKey(facts: TitleFacts, levelPhrase: string | undefined, hits: Map<number, Hits>): string {
  const parts: (string | number)[] = [facts.fn ?? '', facts.level ?? '', facts.functionPhrase ?? '', levelPhrase ?? ''];
  for (const h of hits.values()) {
    parts.push(h.title?.id ?? -1, h.any?.id ?? -1, h.exclude?.id ?? -1);
    if (h.all) for (const ref of h.all.values()) parts.push(-2 - ref.id);
  }
  return parts.join(SEPARATOR);
}

/** The outcome itself: the winner and runners-up with their reasons, or why nothing matched. */
function judge(detailed: DetailedAnalysis, facts: TitleFacts, hits: Map<number, Hits>, compiled: CompiledPack): MatchOutcome {
  const { reading } = detailed;

  // The winner and its runners-up, best first; and of the personas that failed, the closest.
  const top: Evaluation[] = [];
  let closest: Evaluation | undefined;
  const consider = (i: number, h: Hits | undefined) => {
    const e = evaluate(compiled.personas[i]!, h, facts);
    if (e.matched) rank(top, e);
    else if (!closest || e.closeness > closest.closeness) closest = e;
  };
  for (const [i, h] of hits) consider(i, h);
  if (facts.fn) for (const i of compiled.byFunction.get(facts.fn) ?? []) if (!hits.has(i)) consider(i, undefined);

  // The analysis's notes as reasons (its English strings are these, said by englishReasonWords).
  const notes: Reason[] = [...reading.resolvedNotes, ...reading.ambiguousNotes];
  if (detailed.qualifier) notes.push({ code: 'qualifier', text: detailed.qualifier });
  notes.push(...detailed.segmentNotes);

  const winner = top[0];
  if (winner) {
    const reasons = [...explain(winner, facts), ...notes];
    const second = top[1];
    if (second) reasons.push({ code: 'chosen-over', persona: second.persona.id, name: second.persona.name, by: tieBreak(winner, second) });
    return {
      persona: winner.persona.id,
      pack: winner.persona.pack,
      kind: winner.persona.kind,
      score: winner.score,
      reasons,
      alternatives: top.slice(1).map((e) => candidate(e, facts, compiled.explainRunnersUp)),
    };
  }

  // No match: say what the title reads as, and which persona came closest and why it failed.
  const reasons: Reason[] = [{ code: 'no-match' }, describeAnalysis(facts, reading), ...notes];
  if (!closest && facts.fn) {
    for (const i of compiled.namingFunction.get(facts.fn) ?? []) {
      const e = evaluate(compiled.personas[i]!, undefined, facts);
      if (!closest || e.closeness > closest.closeness) closest = e;
    }
  }
  if (closest) reasons.push({ code: 'closest', persona: closest.persona.id, name: closest.persona.name, reasons: explain(closest, facts) });
  else if (facts.fn) reasons.push({ code: 'no-persona-for-function', fn: facts.fn });
  else reasons.push({ code: 'no-phrase' });
  return { persona: null, pack: null, kind: null, score: 0, reasons, alternatives: [] };
}
