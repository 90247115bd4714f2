/**
 * Friendlier messages for values drawn from a fixed list: say what the value should be and
 * suggest the nearest spelling (lib/pack/suggest.ts). Shared by the YAML, JSON and spreadsheet forms.
 */
import { ASSET_TYPES, BUYING_ROLES, DEFAULT_STAGES, EVIDENCE_TIERS, FUNCTION_IDS, LEVELS } from '../schema';
import { explainValue, type Vocabulary } from '../suggest';
import type { PackProblem } from '../validate';
import { parsePath, type Segment } from './problems';

function valueAt(data: unknown, path: readonly Segment[]): unknown {
  return path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<Segment, unknown>)[key] : undefined), data);
}

function vocabularyFor(path: readonly Segment[], data: unknown): Vocabulary | undefined {
  const shape = path.map((s) => (typeof s === 'number' ? '*' : s)).join('.');
  const pack = (data ?? {}) as { stages?: unknown; assets?: unknown; personas?: unknown };
  const ids = (list: unknown) => (Array.isArray(list) ? list.map((x) => (x as { id?: unknown })?.id).filter((x): x is string => typeof x === 'string') : []);
  const stages = () => (Array.isArray(pack.stages) ? pack.stages.filter((s): s is string => typeof s === 'string') : DEFAULT_STAGES);
  if (shape === 'personas.*.match.functions.*') return { what: 'function', values: FUNCTION_IDS };
  if (/^personas\.\*\.match\.seniority\.(min|max)$/.test(shape)) return { what: 'seniority level', values: LEVELS };
  if (shape === 'personas.*.kind') return { what: 'persona kind', values: ['primary', 'secondary', 'negative'] };
  if (shape === 'personas.*.role') return { what: 'buying-committee role', values: BUYING_ROLES };
  if (shape === 'assets.*.type') return { what: 'asset type', values: ASSET_TYPES };
  if (/\.evidence$/.test(shape)) return { what: 'evidence tier', values: EVIDENCE_TIERS };
  if (/^personas\.\*\.(objections|questions|messages)\.\*\.stage$/.test(shape) || shape === 'assets.*.stages.*')
    return { what: 'stage of this pack', values: stages() };
  if (shape === 'personas.*.objections.*.proof.*') return { what: 'asset id of this pack', values: ids(pack.assets) };
  if (shape === 'assets.*.personas.*') return { what: 'persona id of this pack', values: ids(pack.personas) };
  return undefined;
}

/** Validation's message, or for a value outside its list, what the value should be. */
export function improveMessage(problem: PackProblem, data: unknown): string {
  const path = parsePath(problem.path);
  const value = valueAt(data, path);
  const vocabulary = vocabularyFor(path, data);
  if (typeof value === 'string' && vocabulary && !vocabulary.values.includes(value)) return explainValue(value, vocabulary);
  return problem.message;
}
