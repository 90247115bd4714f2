/**
 * The evidence prefix, one rule for every authoring form (docs/persona-pack.md, "Evidence
 * prefixes"): an insight or objection text may start with `[confirmed]`, `[likely]` or
 * `[hypothesis]`, and an insight's with `[likely: where it comes from]`. The prefix becomes the
 * `evidence` (and `source`) field. CSV cells, YAML and JSON strings all go through here.
 */
import { EVIDENCE_TIERS, type EvidenceTier } from './schema';

export type EvidencePrefix =
  | { ok: true; evidence: EvidenceTier; source?: string; text: string }
  /** A bracketed word that is not a tier: a typo (`[likley]`) to report, never to show literally. */
  | { ok: false; word: string };

const PREFIX = /^\s*\[([^\]:]*)(?::([^\]]*))?\]\s*(.*)$/s;

/** The prefix of `text`, or null when it has none. */
export function evidencePrefix(text: string): EvidencePrefix | null {
  const m = PREFIX.exec(text);
  if (!m) return null;
  const word = m[1]!.trim();
  const tier = word.toLowerCase();
  if (!(EVIDENCE_TIERS as readonly string[]).includes(tier)) return { ok: false, word };
  const source = m[2]?.trim();
  return { ok: true, evidence: tier as EvidenceTier, ...(source ? { source } : {}), text: m[3]!.trim() };
}

/** How to write a prefix, appended to the message for an unknown tier. */
export const PREFIX_HINT = 'start an insight with [confirmed], [likely] or [hypothesis], optionally [likely: source]';

export interface EvidenceProblem {
  path: (string | number)[];
  message: string;
}

const INSIGHT_FIELDS = ['goals', 'metrics', 'painPoints', 'triggers', 'decisionCriteria', 'jobsToBeDone'] as const;
const EMPATHY_FIELDS = ['says', 'thinks', 'feels', 'does'] as const;

type Problems = EvidenceProblem[];
const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/** A prefixed insight (string, or object whose text is prefixed) as its object form. */
function liftInsight(item: unknown, path: (string | number)[], problems: Problems, unknownTier: (word: string) => string): unknown {
  const text = typeof item === 'string' ? item : isObject(item) && typeof item.text === 'string' ? item.text : undefined;
  if (text === undefined) return item;
  const prefix = evidencePrefix(text);
  if (!prefix) return item;
  const at = typeof item === 'string' ? path : [...path, 'text'];
  if (!prefix.ok) {
    problems.push({ path: at, message: unknownTier(prefix.word) });
    return item;
  }
  const given = isObject(item) ? item : {};
  if (given.evidence !== undefined && given.evidence !== prefix.evidence) {
    problems.push({ path: [...path, 'evidence'], message: `says "${String(given.evidence)}" but the text starts with [${prefix.evidence}]; keep one` });
    return item;
  }
  if (prefix.source !== undefined && given.source !== undefined && given.source !== prefix.source) {
    problems.push({ path: [...path, 'source'], message: `says "${String(given.source)}" but the text's prefix gives the source "${prefix.source}"; keep one` });
    return item;
  }
  return { ...given, text: prefix.text, evidence: prefix.evidence, ...(prefix.source !== undefined ? { source: prefix.source } : {}) };
}

function liftObjection(item: unknown, path: (string | number)[], problems: Problems, unknownTier: (word: string) => string): unknown {
  if (!isObject(item) || typeof item.text !== 'string') return item;
  const prefix = evidencePrefix(item.text);
  if (!prefix) return item;
  if (!prefix.ok) {
    problems.push({ path: [...path, 'text'], message: unknownTier(prefix.word) });
    return item;
  }
  if (prefix.source !== undefined) {
    problems.push({
      path: [...path, 'text'],
      message: `starts with [${prefix.evidence}: ${prefix.source}], but an objection has no source; write [${prefix.evidence}]`,
    });
    return item;
  }
  if (item.evidence !== undefined && item.evidence !== prefix.evidence) {
    problems.push({ path: [...path, 'evidence'], message: `says "${String(item.evidence)}" but the text starts with [${prefix.evidence}]; keep one` });
    return item;
  }
  return { ...item, text: prefix.text, evidence: prefix.evidence };
}

/**
 * A copy of pack data with every evidence prefix turned into fields, and the problems found
 * (an unknown tier, a prefix that disagrees with the field). Data that is not shaped like a
 * pack is returned as it is, for the schema to report.
 */
export function liftEvidencePrefixes(data: unknown, unknownTier: (word: string) => string): { data: unknown; problems: EvidenceProblem[] } {
  const problems: Problems = [];
  if (!isObject(data) || !Array.isArray(data.personas)) return { data, problems };
  const personas = data.personas.map((persona: unknown, p) => {
    if (!isObject(persona)) return persona;
    const out: Record<string, unknown> = { ...persona };
    const at = ['personas', p];
    const list = (value: unknown, path: (string | number)[], lift: typeof liftInsight) =>
      Array.isArray(value) ? value.map((item, i) => lift(item, [...path, i], problems, unknownTier)) : value;
    for (const field of INSIGHT_FIELDS) if (field in persona) out[field] = list(persona[field], [...at, field], liftInsight);
    if (isObject(persona.empathy)) {
      const empathy: Record<string, unknown> = { ...persona.empathy };
      for (const field of EMPATHY_FIELDS) if (field in empathy) empathy[field] = list(empathy[field], [...at, 'empathy', field], liftInsight);
      out.empathy = empathy;
    }
    if ('objections' in persona) out.objections = list(persona.objections, [...at, 'objections'], liftObjection);
    return out;
  });
  return { data: { ...data, personas }, problems };
}
