/**
 * The persona map as one document: what `persona-map report` writes. Plain TypeScript that
 * returns a self-contained HTML page (inline CSS, no script, no external request), printable,
 * so an admin can circulate it and review it against real deals.
 *
 * Per persona: the profile (role, summary, goals, pains, triggers, criteria and any other
 * insight lists), the matrix stage × (messages and CTA, questions, assets), objections with
 * their proof, the evidence mix, and the titles it matches when titles are given. Gaps are
 * flagged where a seller would hit them: a stage with no message, an objection without proof,
 * a persona without questions, a pack past its review date.
 *
 * Every pack string is escaped; links are written only when they pass the pack's own link
 * rule (https: or mailto:).
 */
import { DEFAULT_STAGES, EVIDENCE_TIERS, isAllowedUrl } from '../pack/vocabulary';
import type { Asset, Insight, Pack, Persona } from '../pack/schema';

export interface ReportOptions {
  /** Today, as YYYY-MM-DD, for the review status. */
  today: string;
  /** Titles (from a CRM export) grouped by the persona they match: persona id → [title, count][] best first. */
  matchedTitles?: Map<string, Array<[string, number]>>;
  /** How many titles were given, and how many matched nothing. */
  titleCounts?: { total: number; unmatched: number };
}

export interface PersonaGaps {
  stagesWithoutMessage: string[];
  objectionsWithoutProof: string[];
  noQuestions: boolean;
}

/** The profile lists a persona can carry, in the order a reader expects them. */
const PROFILE_LISTS: Array<[keyof Persona, string]> = [
  ['goals', 'Goals'],
  ['jobs' as keyof Persona, 'Jobs to be done'],
  ['painPoints', 'Pains'],
  ['triggers', 'Triggers'],
  ['decisionCriteria', 'Decision criteria'],
  ['metrics', 'Metrics'],
  ['empathy' as keyof Persona, 'Empathy'],
];

const escapeHtml = (value: unknown): string =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const insightText = (insight: Insight): string => (typeof insight === 'string' ? insight : insight.text);
/** An insight without a tier counts as a hypothesis: nobody has said what backs it. */
const insightTier = (insight: Insight): string => (typeof insight === 'string' ? 'hypothesis' : (insight.evidence ?? 'hypothesis'));

function insightsOf(persona: Persona): Insight[] {
  return PROFILE_LISTS.flatMap(([key]) => {
    const list = persona[key];
    return Array.isArray(list) ? (list as Insight[]) : [];
  });
}

function stagesOf(pack: Pack): string[] {
  return pack.stages ?? DEFAULT_STAGES;
}

function gapsOf(pack: Pack, persona: Persona): PersonaGaps {
  const withMessage = new Set((persona.messages ?? []).map((m) => m.stage));
  return {
    stagesWithoutMessage: persona.kind === 'negative' ? [] : stagesOf(pack).filter((stage) => !withMessage.has(stage)),
    objectionsWithoutProof: (persona.objections ?? []).filter((o) => !o.proof?.length).map((o) => o.id),
    noQuestions: persona.kind !== 'negative' && !(persona.questions ?? []).length,
  };
}

/** Share of the persona's insights and objections per evidence tier (0 to 1), and how many there are. */
function evidenceMix(persona: Persona): { counts: Record<string, number>; total: number } {
  const tiers = [...insightsOf(persona).map(insightTier), ...(persona.objections ?? []).map((o) => o.evidence ?? 'hypothesis')];
  const counts = Object.fromEntries(EVIDENCE_TIERS.map((tier) => [tier, tiers.filter((t) => t === tier).length]));
  return { counts, total: tiers.length };
}

export type ReviewStatus = { kind: 'none' } | { kind: 'overdue' | 'due-soon' | 'current'; reviewBy: string; days: number };

function reviewStatus(pack: Pack, today: string): ReviewStatus {
  if (!pack.reviewBy) return { kind: 'none' };
  const days = Math.round((Date.parse(pack.reviewBy) - Date.parse(today)) / 86_400_000);
  return { kind: days < 0 ? 'overdue' : days <= 30 ? 'due-soon' : 'current', reviewBy: pack.reviewBy, days };
}

function link(asset: Asset): string {
  const title = escapeHtml(asset.title);
  return isAllowedUrl(asset.url) ? `<a href="${escapeHtml(asset.url)}">${title}</a>` : title;
}

/** Assets for a persona at a stage: named for the persona (or for nobody) and for the stage (or for every stage). */
function assetsAt(pack: Pack, persona: Persona, stage: string): Asset[] {
  return pack.assets.filter((a) => (!a.personas?.length || a.personas.includes(persona.id)) && (!a.stages?.length || a.stages.includes(stage)));
}

function list(items: string[], empty = ''): string {
  if (!items.length) return empty;
  return `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
}

const GAP = (text: string) => `<span class="gap">${escapeHtml(text)}</span>`;

function personaSection(pack: Pack, persona: Persona, options: ReportOptions): string {
  const gaps = gapsOf(pack, persona);
  const mix = evidenceMix(persona);
  const assetsById = new Map(pack.assets.map((a) => [a.id, a]));
  const parts: string[] = [];
  parts.push(
    `<h2 id="persona-${escapeHtml(persona.id)}">${escapeHtml(persona.name)} <small>${escapeHtml(persona.kind)}${persona.role ? ` · ${escapeHtml(persona.role)}` : ''}</small></h2>`,
  );
  if (persona.summary) parts.push(`<p>${escapeHtml(persona.summary)}</p>`);

  const mixText = mix.total
    ? `${EVIDENCE_TIERS.map((tier) => `${tier} ${Math.round((mix.counts[tier]! / mix.total) * 100)}%`).join(' · ')} (of ${mix.total})`
    : 'no insights yet';
  parts.push(`<p class="evidence" data-testid="evidence-mix">Evidence: ${escapeHtml(mixText)}</p>`);

  const profile = PROFILE_LISTS.flatMap(([key, label]) => {
    const items = persona[key];
    if (!Array.isArray(items) || !items.length) return [];
    return [
      `<h3>${label}</h3>${list((items as Insight[]).map((i) => `${escapeHtml(insightText(i))} <span class="tier">${escapeHtml(insightTier(i))}</span>`))}`,
    ];
  });
  if (profile.length) parts.push(`<div class="profile">${profile.join('')}</div>`);

  if (persona.kind !== 'negative') {
    const rows = stagesOf(pack).map((stage) => {
      const messages = (persona.messages ?? []).filter((m) => m.stage === stage);
      const questions = (persona.questions ?? []).filter((q) => q.stage === stage);
      const cell = messages.length
        ? list(messages.map((m) => `${escapeHtml(m.text)}${m.cta ? `<br><b>CTA:</b> ${escapeHtml(m.cta)}` : ''}`))
        : GAP('no message');
      return `<tr><th scope="row">${escapeHtml(stage)}</th><td>${cell}</td><td>${list(
        questions.map((q) => escapeHtml(q.text)),
        '—',
      )}</td><td>${list(assetsAt(pack, persona, stage).map(link), '—')}</td></tr>`;
    });
    parts.push(
      `<h3>By stage</h3><table class="matrix"><thead><tr><th>Stage</th><th>Message and CTA</th><th>Questions</th><th>Assets</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
    );
    const anyStage = (persona.questions ?? []).filter((q) => !q.stage);
    if (anyStage.length) parts.push(`<h3>Discovery questions, any stage</h3>${list(anyStage.map((q) => escapeHtml(q.text)))}`);
  }

  const objections = (persona.objections ?? []).map((o) => {
    const proof = (o.proof ?? []).map((id) => assetsById.get(id)).filter((a): a is Asset => !!a);
    return `<li><b>${escapeHtml(o.text)}</b><br>${escapeHtml(o.response)}<br>${proof.length ? `Proof: ${proof.map(link).join(', ')}` : GAP('no proof')}</li>`;
  });
  if (objections.length) parts.push(`<h3>Objections</h3><ul>${objections.join('')}</ul>`);

  const flagged = [
    ...(gaps.stagesWithoutMessage.length ? [`no message for ${gaps.stagesWithoutMessage.join(', ')}`] : []),
    ...(gaps.objectionsWithoutProof.length ? [`objections without proof: ${gaps.objectionsWithoutProof.join(', ')}`] : []),
    ...(gaps.noQuestions ? ['no discovery questions'] : []),
  ];
  parts.push(
    flagged.length ? `<p class="gaps" data-testid="gaps">Gaps: ${flagged.map(GAP).join(' ')}</p>` : `<p class="gaps none" data-testid="gaps">No gaps.</p>`,
  );

  const titles = options.matchedTitles?.get(persona.id);
  if (options.matchedTitles)
    parts.push(
      `<h3>Titles it matches</h3>${titles?.length ? list(titles.slice(0, 15).map(([title, n]) => `${escapeHtml(title)} <span class="count">×${n}</span>`)) : `<p>${GAP('no title in the export matches this persona')}</p>`}`,
    );
  return `<section class="persona">${parts.join('\n')}</section>`;
}

const STYLE = `
body{font:14px/1.45 system-ui,sans-serif;color:#1b1f24;margin:2rem auto;max-width:70rem;padding:0 1rem}
h1{margin-bottom:.2rem}h2{border-top:2px solid #1b1f24;padding-top:.8rem;margin-top:2rem}h2 small{font-weight:400;color:#57606a}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #d0d7de;padding:.35rem .5rem;vertical-align:top;text-align:left}
thead th{background:#f6f8fa}ul{margin:.2rem 0;padding-left:1.1rem}.tier,.count{color:#57606a;font-size:.85em}
.gap{background:#fff1c2;color:#6b4e00;border:1px solid #e3c55b;border-radius:3px;padding:0 .3rem;margin-right:.3rem;white-space:nowrap}
.overdue{color:#a40e26;font-weight:600}.profile{columns:2;column-gap:2rem}.profile h3{break-after:avoid}
nav ul{columns:3}.meta{color:#57606a}
@media print{body{margin:0;max-width:none}section.persona{break-before:page}a{color:inherit}nav{display:none}}
`;

export function renderReport(pack: Pack, options: ReportOptions): string {
  const review = reviewStatus(pack, options.today);
  const reviewText =
    review.kind === 'none'
      ? GAP('no review date (reviewBy)')
      : review.kind === 'overdue'
        ? `<span class="overdue">review overdue since ${escapeHtml(review.reviewBy)} (${-review.days} days)</span>`
        : `review by ${escapeHtml(review.reviewBy)} (${review.days} days)`;
  const counts = options.titleCounts ? ` · ${options.titleCounts.total} titles given, ${options.titleCounts.unmatched} matched no persona` : '';
  const nav = `<nav><ul>${pack.personas.map((p) => `<li><a href="#persona-${escapeHtml(p.id)}">${escapeHtml(p.name)}</a></li>`).join('')}</ul></nav>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(pack.name)} ${escapeHtml(pack.version)}: persona map</title><style>${STYLE}</style></head>
<body><header><h1>${escapeHtml(pack.name)}</h1>
<p class="meta">Pack <code>${escapeHtml(pack.id)}</code> version ${escapeHtml(pack.version)}, published ${escapeHtml(pack.publishedAt.slice(0, 10))}${pack.owner ? `, owner ${escapeHtml(pack.owner)}` : ''} · <span data-testid="review">${reviewText}</span>${counts}</p>
<p class="meta">${pack.personas.length} personas, ${pack.assets.length} assets, stages: ${stagesOf(pack).map(escape).join(' → ')}</p></header>
${nav}
${pack.personas.map((persona) => personaSection(pack, persona, options)).join('\n')}
</body></html>
`;
}
