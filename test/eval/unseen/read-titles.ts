/**
 * Reads the hand-written title files of the unseen sets (unseen/, unseen-2/) and locks a share of
 * them by hash: the line format, the short label names and the split both sets' builders use.
 *
 * Line format: `input ## lang ## function ## level [## flags]`, with short function and level
 * names (below); `-` is labelled "none" (null), `?` is not labelled (the scorer skips it).
 * Flags: `nb` the pack's negative persona (students, interns, recruiters, guards, job seekers),
 * `acct` an account manager or executive (sales-leader excludes them), `p?` the persona is not
 * clear enough to label. Personas come from corpus/personas.ts (the eval pack's rules restated by
 * hand), never from the engine.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { FUNCTION_IDS, LEVELS, type FunctionId, type Level } from '../../../lib/pack/schema';
import { personaFor } from '../corpus/personas';

const FUNCTION_SHORT: Record<string, FunctionId> = {
  gm: 'general-management',
  fin: 'finance',
  it: 'information-technology',
  sec: 'security',
  eng: 'engineering',
  data: 'data',
  prod: 'product',
  des: 'design',
  mkt: 'marketing',
  sales: 'sales',
  bd: 'business-development',
  cs: 'customer-success',
  ops: 'operations',
  pur: 'purchasing',
  hr: 'human-resources',
  legal: 'legal',
  comp: 'compliance',
  pm: 'project-management',
  cons: 'consulting',
  admin: 'administrative',
  res: 'research',
  edu: 'education',
  hc: 'healthcare',
};
const LEVEL_SHORT: Record<string, Level> = {
  intern: 'intern',
  entry: 'entry',
  prof: 'professional',
  senior: 'senior',
  lead: 'lead',
  mgr: 'manager',
  dir: 'director',
  head: 'head',
  vp: 'vp',
  cxo: 'cxo',
  owner: 'owner',
};

function label<T extends string>(text: string, table: Record<string, T>, known: readonly string[], where: string): T | null | undefined {
  if (text === '-') return null;
  if (text === '?') return undefined;
  const value = table[text];
  if (!value || !known.includes(value)) throw new Error(`${where}: unknown label "${text}"`);
  return value;
}

function fnv(text: string) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export interface Row {
  input: string;
  lang: string;
  function?: FunctionId | null;
  seniority?: Level | null;
  persona?: string | null;
  split?: 'tuned' | 'locked';
  kind: string;
  group: string;
}

/** The rows of one hand-written file (`path`), each of `kind`. */
export function readTitles(path: string, kind: string): Row[] {
  const name = path.split('/').pop();
  const rows: Row[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      const where = `${name}:${i + 1}`;
      const [input, lang, fn, level, flags = ''] = line.split(' ## ').map((s) => s.trim());
      if (!input || !lang || !fn || !level) throw new Error(`${where}: needs input, lang, function and level`);
      const func = label(fn, FUNCTION_SHORT, FUNCTION_IDS, where);
      const seniority = label(level, LEVEL_SHORT, LEVELS, where);
      const flagSet = new Set(flags.split(/\s+/).filter(Boolean));
      const row: Row = { input, lang, kind, group: `${kind}|${input}` };
      if (func !== undefined) row.function = func;
      if (seniority !== undefined) row.seniority = seniority;
      const personaUnclear = flagSet.has('p?') || (!flagSet.has('nb') && (func === undefined || seniority === undefined));
      if (!personaUnclear) row.persona = personaFor(func ?? null, seniority ?? null, { notBuyer: flagSet.has('nb'), account: flagSet.has('acct') });
      rows.push(row);
    });
  return rows;
}

/**
 * Splits `rows`: those of `lockedKind` sorted by an FNV-1a hash of their text, the first `share`
 * locked; every other row is tuned. Returns how many were locked.
 */
export function lockByHash(rows: Row[], lockedKind: string, share: number): number {
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.input)) throw new Error(`"${r.input}" is written twice`);
    seen.add(r.input);
  }
  const candidates = rows.filter((r) => r.kind === lockedKind);
  const byHash = [...candidates].sort((a, b) => fnv(a.input) - fnv(b.input) || a.input.localeCompare(b.input));
  const lockedCount = Math.round(candidates.length * share);
  const locked = new Set(byHash.slice(0, lockedCount).map((r) => r.input));
  for (const r of rows) r.split = locked.has(r.input) ? 'locked' : 'tuned';
  return lockedCount;
}

/** Writes `rows` as JSON Lines in the corpus's field order (corpus.jsonl); unlabelled fields are left out. */
export function writeRows(path: string, rows: Row[]) {
  const ordered = rows.map(({ input, lang, function: fn, seniority, persona, split, kind, group }) => ({
    input,
    lang,
    function: fn,
    seniority,
    persona,
    split,
    kind,
    group,
  }));
  writeFileSync(path, `${ordered.map((r) => JSON.stringify(r)).join('\n')}\n`);
}
