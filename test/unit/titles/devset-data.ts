/**
 * Loads the labelled development set (test/eval/titles.jsonl, conventions in test/eval/README.md)
 * and the pack its persona labels refer to (test/eval/eval-pack.json), and scores the engine
 * on it. Shared by the per-case tests (devset.test.ts) and the report (`npm run eval`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FunctionId, Level } from '../../../lib/pack/schema';
import { parsePack } from '../../../lib/pack/validate';
import { compilePack, type CompiledPack } from '../../../lib/titles/compile';
import { matchTitle } from '../../../lib/titles/match';
import type { MatchResult } from '../../../lib/titles/types';

export const EVAL_DIR = fileURLToPath(new URL('../../eval/', import.meta.url));
export const TITLES_FILE = `${EVAL_DIR}titles.jsonl`;
export const PACK_FILE = `${EVAL_DIR}eval-pack.json`;
/** The development corpus (corpus/generate.ts): every title in the `tuned` or the `locked` split. */
export const CORPUS_FILE = `${EVAL_DIR}corpus.jsonl`;
/** Titles written by hand for issue 12 before the engine ran on them (unseen/build.ts), tuned and locked. */
export const UNSEEN_FILE = `${EVAL_DIR}unseen.jsonl`;
/** The second unseen set (unseen-2/build.ts): new sectors, written after the first set's fixes. */
export const UNSEEN_2_FILE = `${EVAL_DIR}unseen-2.jsonl`;
/** The third unseen set (unseen-3/build.ts): the buying committee's titles in the hard forms of issue 12. */
export const UNSEEN_3_FILE = `${EVAL_DIR}unseen-3.jsonl`;

export interface DevCase {
  line: number;
  title: string;
  function?: FunctionId | null;
  seniority?: Level | null;
  persona?: string | null;
  lang?: string;
  note?: string;
  /** Corpus titles: `locked` (never tuned on) or `tuned`. */
  split?: 'tuned' | 'locked';
  /** Corpus titles: how the title was made (clean, noisy, typo, past, hard). */
  kind?: string;
}

type Row = Record<string, unknown>;
const pickString = (row: Row, ...keys: string[]) => {
  for (const k of keys) if (typeof row[k] === 'string') return row[k] as string;
  return undefined;
};
/** A label may be absent (not labelled) or null (labelled "none"). */
const pickLabel = <T>(row: Row, ...keys: string[]): T | null | undefined => {
  for (const k of keys) if (k in row) return row[k] as T | null;
  return undefined;
};

export function loadDevSet(file = TITLES_FILE): DevCase[] {
  if (!existsSync(file)) return [];
  const cases: DevCase[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      if (!text.trim() || text.trim().startsWith('//')) return;
      const row = JSON.parse(text) as Row;
      const expect = (typeof row.expected === 'object' && row.expected ? row.expected : row) as Row;
      cases.push({
        line: i + 1,
        title: pickString(row, 'title', 'input', 'raw', 'headline') ?? '',
        function: pickLabel(expect, 'function'),
        seniority: pickLabel(expect, 'seniority', 'level'),
        persona: pickLabel(expect, 'persona'),
        lang: pickString(row, 'lang', 'language', 'locale'),
        note: pickString(row, 'note', 'notes', 'why', 'comment'),
        split: row.split === 'locked' ? 'locked' : row.split === 'tuned' ? 'tuned' : undefined,
        kind: pickString(row, 'kind'),
      });
    });
  return cases;
}

export function loadEvalPack(file = PACK_FILE): CompiledPack {
  const result = parsePack(readFileSync(file, 'utf8'), 'json');
  if (!result.ok) throw new Error(`${file} is not a valid pack: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return compilePack(result.pack);
}

export interface Scored {
  case: DevCase;
  result: MatchResult;
  functionOk?: boolean;
  seniorityOk?: boolean;
  personaOk?: boolean;
}

export function scoreCase(c: DevCase, compiled: CompiledPack): Scored {
  const result = matchTitle(c.title, compiled);
  return {
    case: c,
    result,
    functionOk: c.function === undefined ? undefined : result.analysis.function === c.function,
    seniorityOk: c.seniority === undefined ? undefined : result.analysis.seniority === c.seniority,
    personaOk: c.persona === undefined ? undefined : result.persona === c.persona,
  };
}

export interface Accuracy {
  correct: number;
  total: number;
  rate: number;
}

export function accuracy(scored: Scored[], key: 'functionOk' | 'seniorityOk' | 'personaOk'): Accuracy {
  const labelled = scored.filter((s) => s[key] !== undefined);
  const correct = labelled.filter((s) => s[key]).length;
  return { correct, total: labelled.length, rate: labelled.length ? correct / labelled.length : 0 };
}

export const isEnglish = (c: DevCase) => !c.lang || c.lang.toLowerCase().startsWith('en');
