/**
 * Why a title matched a persona, or why none did: reasons as a code and its parameters (the phrase
 * that matched, the function, the level, the exclude phrase, the tie-break), not sentences. The
 * engine decides once; the CLI and the spec say it in English (englishReasonWords, the default),
 * the side panel in the UI language (utils/reason-words.ts builds the words from locales).
 */
import type { FunctionId, Level } from '../pack/vocabulary';

/** The first rule that separated the winner from the runner-up (docs/title-analysis.md, tie-breaks). */
export type TieBreak =
  | { rule: 'priority'; winner: number; loser: number }
  | { rule: 'strong' }
  | { rule: 'words'; winner: number; loser: number }
  | { rule: 'conditions'; winner: number; loser: number }
  | { rule: 'order' };

/** One sense of an ambiguous acronym: the function it names (null when none) and what it stands for. */
export interface AcronymSense {
  fn: FunctionId | null;
  expansion: string;
}

export type Reason =
  // Why a persona matched.
  | { code: 'title-phrase'; phrase: string }
  | { code: 'keyword'; phrase: string }
  | { code: 'all-keywords'; phrases: string[] }
  | { code: 'function'; fn: FunctionId; from?: string }
  | { code: 'function-overridden'; fn: FunctionId | null; allowed: FunctionId[] }
  | { code: 'seniority-within'; level: Level; min: Level; max: Level }
  | { code: 'priority'; priority: number }
  | { code: 'negative' }
  // Why a persona did not match, most decisive first.
  | { code: 'excluded'; phrase: string }
  | { code: 'seniority-outside'; level: Level; min: Level; max: Level }
  | { code: 'no-seniority'; min: Level; max: Level }
  | { code: 'function-not-listed'; fn: FunctionId; from?: string; allowed: FunctionId[] }
  | { code: 'no-function'; allowed: FunctionId[] }
  | { code: 'no-keyword'; listed: number }
  | { code: 'missing-keywords'; phrases: string[] }
  // About the whole decision.
  | { code: 'chosen-over'; persona: string; name: string; by: TieBreak }
  | { code: 'no-match' }
  | { code: 'reads-as'; fn: FunctionId | null; fnFrom?: string; level: Level | null; levelFrom?: string }
  | { code: 'qualifier'; text: string }
  | { code: 'closest'; persona: string; name: string; reasons: Reason[] }
  | { code: 'no-persona-for-function'; fn: FunctionId }
  | { code: 'no-phrase' }
  // What the title analysis noted (lib/titles/reading.ts, analyze.ts).
  /** An acronym with several senses ("CSO"); `usual` is the sense read when nothing in the title decided. */
  | { code: 'acronym-ambiguous'; acronym: string; senses: AcronymSense[]; usual?: string }
  /** An acronym whose sense the title decided by a function phrase, in its own segment or `elsewhere` in the headline. */
  | { code: 'acronym-resolved'; acronym: string; expansion: string; phrase: string; elsewhere: boolean }
  | { code: 'past-role'; segment: string }
  /** The headline segment read as the role, over other segments naming roles; `tie` when they read equally like a job. */
  | { code: 'role-segment'; segment: string; over: string[]; tie: boolean };

export type ReasonCode = Reason['code'];
/** The reason of one code. */
export type ReasonOf<C extends ReasonCode> = Extract<Reason, { code: C }>;

/** One sentence per reason code; a sentence may say other reasons (closest) through `say`. */
export type ReasonWords = { [C in ReasonCode]: (reason: ReasonOf<C>, say: (reason: Reason) => string) => string };

const quote = (s: string) => `"${s}"`;
const from = (phrase: string | undefined) => (phrase ? ` (from ${quote(phrase)})` : '');

function englishTieBreak(by: TieBreak): string {
  switch (by.rule) {
    case 'priority':
      return `higher priority (${by.winner} over ${by.loser})`;
    case 'strong':
      return 'a title phrase (strong match) over a keyword or function match';
    case 'words':
      return `a longer matched phrase (${by.winner} words over ${by.loser})`;
    case 'conditions':
      return `more conditions satisfied (${by.winner} over ${by.loser})`;
    case 'order':
      return 'coming earlier in the pack (all else equal)';
  }
}

/** The reasons as `persona-map match` prints them and docs/title-analysis.md shows them. */
export const englishReasonWords: ReasonWords = {
  'title-phrase': (r) => `title phrase ${quote(r.phrase)} matched`,
  keyword: (r) => `keyword ${quote(r.phrase)} matched`,
  'all-keywords': (r) => `all keywords matched: ${r.phrases.map(quote).join(', ')}`,
  function: (r) => `function ${r.fn}${from(r.from)}`,
  'function-overridden': (r) => `function ${r.fn ?? 'unknown'} is not one of ${r.allowed.join(', ')}, but a title phrase is enough`,
  'seniority-within': (r) => `seniority ${r.level} within ${r.min}..${r.max}`,
  priority: (r) => `priority ${r.priority}`,
  negative: () => 'negative persona: not a fit',
  excluded: (r) => `excluded by ${quote(r.phrase)}`,
  'seniority-outside': (r) => `seniority ${r.level} is outside ${r.min}..${r.max}`,
  'no-seniority': (r) => `no seniority found in the title; the persona needs ${r.min}..${r.max}`,
  'function-not-listed': (r) => `function ${r.fn}${from(r.from)} is not one of ${r.allowed.join(', ')}`,
  'no-function': (r) => `no function found in the title; the persona needs ${r.allowed.join(' or ')}`,
  'no-keyword': (r) => `none of the keywords appears (${r.listed} listed)`,
  'missing-keywords': (r) => `missing required keyword${r.phrases.length > 1 ? 's' : ''} ${r.phrases.map(quote).join(', ')}`,
  'chosen-over': (r) => `chosen over ${r.persona} by ${englishTieBreak(r.by)}`,
  'no-match': () => 'no persona matched',
  'reads-as': (r) =>
    `the title reads as ${r.fn ? `function ${r.fn}${from(r.fnFrom)}` : 'no function'}, ${r.level ? `seniority ${r.level}${from(r.levelFrom)}` : 'no seniority (no role found)'}`,
  qualifier: (r) => `${quote(r.text)} names someone else and is not matched`,
  closest: (r, say) => `closest: ${r.persona} (${r.name}): ${r.reasons.map(say).join('; ') || 'its rules do not hold'}`,
  'no-persona-for-function': (r) => `no persona lists function ${r.fn} or any phrase of this title`,
  'no-phrase': () => 'no phrase of any persona appears in this title',
  'acronym-ambiguous': (r) => {
    const fns = [...new Set(r.senses.map((s) => s.fn ?? 'no function'))];
    const senses = `${quote(r.acronym)} is ambiguous (${fns.join(' or ')}: ${r.senses.map((s) => s.expansion).join(', ')})`;
    return r.usual === undefined ? senses : `${senses}; read as ${r.usual}, the usual sense, as nothing else in the title decides`;
  },
  'acronym-resolved': (r) => `${quote(r.acronym)} read as ${r.expansion} (decided by ${quote(r.phrase)}${r.elsewhere ? ' elsewhere in the headline' : ''})`,
  'past-role': (r) => `${quote(r.segment)} is a past role and is not matched`,
  'role-segment': (r) =>
    `${quote(r.segment)} is the role read, over ${r.over.map(quote).join(', ')}: ${r.tie ? 'the first of segments that read equally like a job' : 'the segment that reads most like a job (a level, a role noun, a function)'}`,
};

/** One reason as a sentence in the words' language (English by default). */
export function sayReason(reason: Reason, words: ReasonWords = englishReasonWords): string {
  const say = (r: Reason): string => (words[r.code] as (r: Reason, say: (r: Reason) => string) => string)(r, say);
  return say(reason);
}

/** Every reason as a sentence, in order. */
export function sayReasons(reasons: readonly Reason[], words: ReasonWords = englishReasonWords): string[] {
  return reasons.map((r) => sayReason(r, words));
}
