/**
 * Warnings for pack authors (the CLI's `lint`): things that validate but will surprise
 * someone. Each warning names where (a JSON path) and what to do.
 *
 * - overlap: two personas claim the same title phrase, or the same function and levels with
 *   nothing but pack order to decide between them;
 * - unreachable: a persona's own title phrase is won by another persona, or cannot match it
 *   (its exclude list or seniority range rules it out);
 * - contradictory: an exclude phrase that is also one of the persona's own title or
 *   required phrases; phrases with no words left after normalisation;
 * - unused assets, objections without proof, a `reviewBy` date in the past.
 */
import { levelRank } from '../pack/vocabulary';
import type { Pack } from '../pack/schema';
import { compilePack } from './compile';
import { getLexicon } from './lexicon';
import { matchTitle } from './match';
import { sayReasons } from './reasons';

export type LintKind = 'overlap' | 'unreachable' | 'contradictory' | 'unused-asset' | 'objection-without-proof' | 'stale-review';

export interface LintWarning {
  kind: LintKind;
  /** `$.personas[2].match.titles[0]`, like validation problems. */
  path: string;
  message: string;
}

const contains = (haystack: string[], needle: string[]): boolean => {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
};

export function lintPack(pack: Pack, today: Date = new Date()): LintWarning[] {
  const warnings: LintWarning[] = [];
  const warn = (kind: LintKind, path: string, message: string) => warnings.push({ kind, path, message });
  const { tokenizer } = getLexicon();
  const compiled = compilePack(pack);
  const index = new Map(pack.personas.map((p, i) => [p.id, i]));

  for (const w of compiled.warnings) {
    const i = index.get(w.persona)!;
    warn('contradictory', `$.personas[${i}].match`, `${w.message}; rewrite or remove it`);
  }

  // Same title phrase in several personas.
  const owners = new Map<string, { persona: number; at: number; text: string }[]>();
  pack.personas.forEach((p, i) =>
    (p.match.titles ?? []).forEach((text, t) => {
      const key = tokenizer.tokens(text).join(' ');
      if (!key) return;
      const list = owners.get(key) ?? [];
      if (!list.some((o) => o.persona === i)) list.push({ persona: i, at: t, text });
      owners.set(key, list);
    }),
  );
  for (const list of owners.values()) {
    if (list.length < 2) continue;
    const [first, ...rest] = list;
    for (const other of rest) {
      const a = pack.personas[first!.persona]!;
      const b = pack.personas[other.persona]!;
      if ((a.match.priority ?? 0) !== (b.match.priority ?? 0)) continue;
      warn(
        'overlap',
        `$.personas[${other.persona}].match.titles[${other.at}]`,
        `"${other.text}" is also a title phrase of ${a.id} ("${first!.text}"); with equal priority ${a.id} wins by pack order: remove one, set a priority, or add an exclude`,
      );
    }
  }

  // Function-only personas with the same function and overlapping levels.
  const rank = (l: string | undefined, fallback: number) => (l ? levelRank(l as never) : fallback);
  for (let i = 0; i < pack.personas.length; i++) {
    const a = pack.personas[i]!;
    if (!a.match.functions?.length || a.match.keywords?.any?.length || a.match.keywords?.all?.length) continue;
    for (let j = i + 1; j < pack.personas.length; j++) {
      const b = pack.personas[j]!;
      if (!b.match.functions?.length || b.match.keywords?.any?.length || b.match.keywords?.all?.length) continue;
      if ((a.match.priority ?? 0) !== (b.match.priority ?? 0)) continue;
      const shared = a.match.functions.filter((f) => b.match.functions!.includes(f));
      if (shared.length === 0) continue;
      const lo = Math.max(rank(a.match.seniority?.min, 0), rank(b.match.seniority?.min, 0));
      const hi = Math.min(rank(a.match.seniority?.max, 99), rank(b.match.seniority?.max, 99));
      if (lo > hi) continue;
      warn(
        'overlap',
        `$.personas[${j}].match`,
        `${b.id} and ${a.id} both match function ${shared.join(', ')} at overlapping seniority with equal priority; ${a.id} always wins unless a title phrase decides: narrow the seniority ranges or set a priority`,
      );
    }
  }

  pack.personas.forEach((p, i) => {
    const m = p.match;
    const at = `$.personas[${i}].match`;
    // An exclude phrase inside one of the persona's own phrases.
    (m.exclude ?? []).forEach((ex, e) => {
      const exTokens = tokenizer.tokens(ex);
      const clash = [...(m.titles ?? []), ...(m.keywords?.all ?? [])].find((own) => contains(tokenizer.tokens(own), exTokens));
      if (clash)
        warn(
          'contradictory',
          `${at}.exclude[${e}]`,
          `excludes "${ex}", which is part of its own phrase "${clash}", so that phrase can never match: remove one of them`,
        );
      if ((m.keywords?.any ?? []).length > 0 && m.keywords!.any!.every((k) => contains(tokenizer.tokens(k), exTokens)))
        warn('contradictory', `${at}.exclude[${e}]`, `excludes "${ex}", which every keywords.any phrase contains: the keywords can never match`);
    });
    // Each title phrase, analysed as a title, should land on this persona.
    (m.titles ?? []).forEach((text, t) => {
      const result = matchTitle(text, compiled);
      if (result.persona === p.id) return;
      const why = result.persona
        ? `it is won by ${result.persona} (${sayReasons(result.reasons.filter((r) => r.code !== 'chosen-over').slice(0, 2)).join('; ')})`
        : `it does not match this persona at all (${sayReasons(result.reasons.slice(1)).join('; ')})`;
      warn('unreachable', `${at}.titles[${t}]`, `the title "${text}" does not reach ${p.id}: ${why}`);
    });
    // Objections without proof.
    (p.objections ?? []).forEach((o, k) => {
      if (!o.proof?.length)
        warn(
          'objection-without-proof',
          `$.personas[${i}].objections[${k}]`,
          `objection "${o.id}" has no proof: link an asset (case study, security document) that answers it`,
        );
    });
  });

  // Assets nobody points at.
  const used = new Set<string>();
  for (const p of pack.personas) for (const o of p.objections ?? []) for (const a of o.proof ?? []) used.add(a);
  pack.assets.forEach((a, i) => {
    if (!used.has(a.id) && !a.personas?.length)
      warn(
        'unused-asset',
        `$.assets[${i}]`,
        `asset "${a.id}" is not proof for any objection and names no persona, so sellers never see it: link it or remove it`,
      );
  });

  if (pack.reviewBy) {
    const due = new Date(`${pack.reviewBy}T23:59:59Z`);
    if (due.getTime() < today.getTime())
      warn('stale-review', '$.reviewBy', `the pack was due for review on ${pack.reviewBy}: review the personas and move reviewBy forward`);
  }
  return warnings;
}
