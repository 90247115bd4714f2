/**
 * The feedback loop: many sellers' exports (corrections CSV and usage CSV, as the options page
 * writes them) merged into one review an admin can act on:
 * - titles sellers corrected, grouped by the role part of the title, each with the rule change
 *   that would fix it: a phrase for the chosen persona's `match.titles`, or an `exclude` on the
 *   persona that wrongly matched;
 * - objections opened and assets copied, per persona and stage;
 * - personas never hit in any export.
 *
 * One seller's idiosyncrasy is not a rule: a change is suggested only when at least
 * `minSellers` different exports agree, and a title whose sellers disagree is reported as
 * disputed instead. Plain TypeScript (papaparse), no I/O: the CLI reads the files.
 */
import Papa from 'papaparse';
import type { Pack, Persona } from '../pack/schema';
import { analyzeTitle } from '../titles/analyze';

export interface SellerExport {
  /** Where it came from, for messages: a file name. */
  source: string;
  text: string;
}

export interface CorrectionRow {
  seller: string;
  title: string;
  matched: string | null;
  chosen: string | null;
  pack: string | null;
}

export interface UsageRow {
  seller: string;
  event: string;
  pack: string;
  id: string;
  persona: string;
  count: number;
}

export type Suggestion =
  | { kind: 'add-title'; persona: string; phrase: string; sellers: number; corrections: number; from: string | null }
  | { kind: 'exclude'; persona: string; phrase: string; sellers: number; corrections: number };

export interface CorrectedTitle {
  /** The role part of the title, as sellers' titles read alike. */
  phrase: string;
  corrections: number;
  sellers: number;
  /** What the engine matched, and what sellers chose instead (null: "wrong match" without a pick). */
  matched: Record<string, number>;
  chosen: Record<string, number>;
  disputed: boolean;
}

export interface StageUse {
  persona: string;
  stage: string;
  objectionsOpened: number;
  assetsCopied: number;
  assetsOpened: number;
}

export interface FeedbackReview {
  sellers: number;
  correctionRows: number;
  usageRows: number;
  titles: CorrectedTitle[];
  suggestions: Suggestion[];
  usage: StageUse[];
  personaHits: Record<string, number>;
  neverHit: string[];
  /** Rows that could not be read: file, row and why. Nothing is dropped silently. */
  problems: string[];
}

const NONE = '(none)';
const ANY_STAGE = '(any stage)';

/** Which kind of export a CSV is, by its header. */
function kindOf(fields: string[]): 'corrections' | 'usage' | null {
  if (fields.includes('chosen_persona') && fields.includes('title')) return 'corrections';
  if (fields.includes('event') && fields.includes('count')) return 'usage';
  return null;
}

/** Undo the export's formula guard (a leading apostrophe before = + - @). */
const unguard = (cell: string | undefined) => (cell ?? '').replace(/^'(?=[=+\-@\t\r])/, '').trim();

function readExports(exports: readonly SellerExport[]): { corrections: CorrectionRow[]; usage: UsageRow[]; problems: string[] } {
  const corrections: CorrectionRow[] = [];
  const usage: UsageRow[] = [];
  const problems: string[] = [];
  for (const { source, text } of exports) {
    const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    for (const error of parsed.errors) problems.push(`${source}: row ${(error.row ?? 0) + 2}: ${error.message}`);
    const kind = kindOf(parsed.meta.fields ?? []);
    if (!kind) {
      problems.push(
        `${source}: not a Persona Map export (header: ${(parsed.meta.fields ?? []).join(', ') || 'empty'}); expected the corrections or usage CSV from the options page`,
      );
      continue;
    }
    parsed.data.forEach((row, index) => {
      if (kind === 'corrections') {
        const title = unguard(row.title);
        if (!title) return void problems.push(`${source}: row ${index + 2}: no title`);
        corrections.push({
          seller: source,
          title,
          matched: unguard(row.matched_persona) || null,
          chosen: unguard(row.chosen_persona) || null,
          pack: unguard(row.pack) || null,
        });
      } else {
        const count = Number(row.count);
        if (!Number.isFinite(count) || count < 0) return void problems.push(`${source}: row ${index + 2}: count "${row.count}" is not a number`);
        usage.push({ seller: source, event: unguard(row.event), pack: unguard(row.pack), id: unguard(row.id), persona: unguard(row.persona), count });
      }
    });
  }
  return { corrections, usage, problems };
}

/** The role part of a title, lowercased and spaced alike, so "Head of Cyber Defence at Acme" and "head of cyber defence" group. */
export function titlePhrase(title: string): string {
  const role = analyzeTitle(title).title || title;
  return role.toLowerCase().replace(/\s+/g, ' ').trim();
}

const increment = (record: Record<string, number>, key: string, by = 1) => void (record[key] = (record[key] ?? 0) + by);
const top = (record: Record<string, number>) => Object.entries(record).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

function personaTitles(persona: Persona | undefined): Set<string> {
  return new Set((persona?.match.titles ?? []).map((t) => t.toLowerCase()));
}

export function reviewFeedback(exports: readonly SellerExport[], pack: Pack | null, options: { minSellers?: number } = {}): FeedbackReview {
  const minSellers = options.minSellers ?? 2;
  const { corrections, usage, problems } = readExports(exports);
  const personas = new Map((pack?.personas ?? []).map((p) => [p.id, p]));

  // Corrections, grouped by phrase.
  const groups = new Map<string, { rows: CorrectionRow[] }>();
  for (const row of corrections) {
    const phrase = titlePhrase(row.title);
    (groups.get(phrase) ?? groups.set(phrase, { rows: [] }).get(phrase)!).rows.push(row);
  }
  const titles: CorrectedTitle[] = [];
  const suggestions: Suggestion[] = [];
  for (const [phrase, { rows }] of groups) {
    const matched: Record<string, number> = {};
    const chosen: Record<string, number> = {};
    const sellersByChoice = new Map<string, Set<string>>();
    for (const row of rows) {
      increment(matched, row.matched ?? NONE);
      const choice = row.chosen ?? NONE;
      increment(chosen, choice);
      (sellersByChoice.get(choice) ?? sellersByChoice.set(choice, new Set()).get(choice)!).add(row.seller);
    }
    const sellers = new Set(rows.map((r) => r.seller)).size;
    const ranked = top(chosen);
    const [winner, winnerCount] = ranked[0]!;
    // Disputed: sellers picked different personas and no pick has two thirds of the corrections.
    const disputed = ranked.length > 1 && winnerCount < (rows.length * 2) / 3;
    titles.push({ phrase, corrections: rows.length, sellers, matched, chosen, disputed });
    if (disputed) continue;
    const agreeing = sellersByChoice.get(winner)!.size;
    if (agreeing < minSellers) continue;
    const [usualMatch] = top(matched)[0]!;
    if (winner !== NONE) {
      if (!personaTitles(personas.get(winner)).has(phrase))
        suggestions.push({
          kind: 'add-title',
          persona: winner,
          phrase,
          sellers: agreeing,
          corrections: winnerCount,
          from: usualMatch === NONE ? null : usualMatch,
        });
    } else if (usualMatch !== NONE) {
      suggestions.push({ kind: 'exclude', persona: usualMatch, phrase, sellers: agreeing, corrections: winnerCount });
    }
  }
  titles.sort((a, b) => b.sellers - a.sellers || b.corrections - a.corrections || a.phrase.localeCompare(b.phrase));
  suggestions.sort((a, b) => b.sellers - a.sellers || b.corrections - a.corrections || a.phrase.localeCompare(b.phrase));

  // Usage per persona and stage, through the pack: an objection's stage, an asset's personas and stages.
  const personaHits: Record<string, number> = {};
  const stageUse = new Map<string, StageUse>();
  const use = (persona: string, stage: string) => {
    const key = `${persona}\u0000${stage}`;
    return stageUse.get(key) ?? stageUse.set(key, { persona, stage, objectionsOpened: 0, assetsCopied: 0, assetsOpened: 0 }).get(key)!;
  };
  const objectionOwner = new Map<string, { persona: string; stage: string }>();
  for (const persona of pack?.personas ?? [])
    for (const objection of persona.objections ?? []) objectionOwner.set(objection.id, { persona: persona.id, stage: objection.stage ?? ANY_STAGE });
  const assets = new Map((pack?.assets ?? []).map((a) => [a.id, a]));
  for (const row of usage) {
    if (pack && row.pack && row.pack !== pack.id) continue;
    if (row.event === 'persona-hit') increment(personaHits, row.id, row.count);
    else if (row.event === 'objection-opened') {
      const owner = objectionOwner.get(row.id);
      use(row.persona || owner?.persona || NONE, owner?.stage ?? ANY_STAGE).objectionsOpened += row.count;
    } else if (row.event === 'asset-copied' || row.event === 'asset-opened') {
      const asset = assets.get(row.id);
      // An asset row names the personas it serves, `;`-separated (lib/storage/usage.ts).
      const named = row.persona
        .split(';')
        .map((p) => p.trim())
        .filter(Boolean);
      const owners = named.length ? named : asset?.personas?.length ? asset.personas : [NONE];
      const stages = asset?.stages?.length ? asset.stages : [ANY_STAGE];
      // An asset for several personas or stages counts once for each: the review asks "was it used here".
      for (const persona of owners)
        for (const stage of stages) {
          const entry = use(persona, stage);
          if (row.event === 'asset-copied') entry.assetsCopied += row.count;
          else entry.assetsOpened += row.count;
        }
    }
  }
  const neverHit = (pack?.personas ?? []).filter((p) => p.kind !== 'negative' && !personaHits[p.id]).map((p) => p.id);
  return {
    sellers: new Set(exports.map((e) => e.source)).size,
    correctionRows: corrections.length,
    usageRows: usage.length,
    titles,
    suggestions,
    usage: [...stageUse.values()].sort((a, b) => a.persona.localeCompare(b.persona) || a.stage.localeCompare(b.stage)),
    personaHits,
    neverHit,
    problems,
  };
}

/** The review as text for the terminal: suggestions first, as the admin would apply them. */
export function formatReview(review: FeedbackReview, pack: Pack | null): string {
  const name = (id: string) => pack?.personas.find((p) => p.id === id)?.name ?? id;
  const lines = [`${review.sellers} exports: ${review.correctionRows} corrections, ${review.usageRows} usage rows`, ''];
  lines.push(review.suggestions.length ? 'suggested rule changes:' : 'no rule change has enough sellers behind it');
  for (const s of review.suggestions)
    lines.push(
      s.kind === 'add-title'
        ? `  add "${s.phrase}" to ${s.persona}.match.titles (${name(s.persona)}): ${s.sellers} sellers, ${s.corrections} corrections${s.from ? `, matched ${s.from} today` : ', matched nothing today'}`
        : `  add "${s.phrase}" to ${s.persona}.match.exclude (${name(s.persona)}): ${s.sellers} sellers said it is the wrong match`,
    );
  const disputed = review.titles.filter((t) => t.disputed);
  if (disputed.length) {
    lines.push('', 'disputed titles (sellers disagree; no change suggested):');
    for (const t of disputed)
      lines.push(
        `  "${t.phrase}": ${top(t.chosen)
          .map(([p, n]) => `${p} ×${n}`)
          .join(', ')}`,
      );
  }
  lines.push('', 'corrected titles:');
  for (const t of review.titles)
    lines.push(
      `  ${String(t.corrections).padStart(4)}  ${t.phrase}  (${t.sellers} sellers; chosen: ${top(t.chosen)
        .map(([p, n]) => `${p} ×${n}`)
        .join(', ')})`,
    );
  if (review.usage.length) {
    lines.push('', 'use per persona and stage (objections opened / assets copied / assets opened):');
    for (const u of review.usage) lines.push(`  ${u.persona} · ${u.stage}: ${u.objectionsOpened} / ${u.assetsCopied} / ${u.assetsOpened}`);
  }
  if (pack)
    lines.push('', review.neverHit.length ? `personas never hit: ${review.neverHit.map((id) => `${id} (${name(id)})`).join(', ')}` : 'every persona was hit');
  if (review.problems.length) lines.push('', 'rows not read:', ...review.problems.map((p) => `  ${p}`));
  return `${lines.join('\n')}\n`;
}
