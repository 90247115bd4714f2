/**
 * What the panel derives from packs and matches, kept out of the components so it is tested
 * as plain functions: persona lookup, stage filtering, proof-asset ranking, the ready-to-paste
 * line, and buying-committee coverage. Domain code: the few words it puts on screen come in a
 * words object with English defaults (the panel passes utils/persona-model-words.ts).
 */
import { BUYING_ROLES, DEFAULT_STAGES, type EvidenceTier } from '../pack/vocabulary';
import type { Asset, Insight, Message, Objection, Pack, Persona, Question } from '../pack/schema';
import { companyKey } from '../accounts/company-name';
import type { MatchedContact } from '../contracts/tab-state';
import type { MatchResult } from '../titles/types';
import type { Correction } from '../storage/db';

/** The words of the model's labels, in the UI language (English defaults, as locales/en.yml). */
export interface PersonaModelWords {
  /** Why a ranked asset is listed: it is proof against one of the persona's objections. */
  proofFor: (objection: string) => string;
  /** Why a ranked asset is listed: it was written for the persona. */
  forPersona: (persona: string) => string;
  /** A list page's group of contacts matched to a "not a fit" persona. */
  notAFit: (persona: string) => string;
  /** A list page's group of contacts no persona matched. */
  noPersonaMatched: string;
}

export const ENGLISH_PERSONA_MODEL_WORDS: PersonaModelWords = {
  proofFor: (objection) => `Proof for: ${objection}`,
  forPersona: (persona) => `For ${persona}`,
  notAFit: (persona) => `Not a fit: ${persona}`,
  noPersonaMatched: 'No persona matched',
};

export const ALL_STAGES = 'all';

export interface PersonaRef {
  pack: Pack;
  persona: Persona;
}

export function findPersona(packs: readonly Pack[], packId: string | null, personaId: string | null): PersonaRef | null {
  if (!personaId) return null;
  for (const pack of packs) {
    if (packId && pack.id !== packId) continue;
    const persona = pack.personas.find((p) => p.id === personaId);
    if (persona) return { pack, persona };
  }
  return null;
}

export const packStages = (pack: Pack): string[] => pack.stages ?? DEFAULT_STAGES;

/** Items without a stage apply to every stage. */
export function forStage<T extends { stage?: string }>(items: readonly T[] | undefined, stage: string): T[] {
  return (items ?? []).filter((item) => stage === ALL_STAGES || !item.stage || item.stage === stage);
}

export function insightOf(value: Insight): { text: string; evidence?: EvidenceTier; source?: string } {
  return typeof value === 'string' ? { text: value } : value;
}

export const humanize = (id: string) => id.replace(/-/g, ' ');
export const capitalize = (text: string) => (text ? text[0]!.toUpperCase() + text.slice(1) : text);

export interface RankedAsset {
  asset: Asset;
  /** Written for this persona, or cited as proof in one of its objections. */
  recommended: boolean;
  /** Why it is listed, for the seller ("Proof for: …", "For this persona"). */
  why: string;
}

/** The panel lists at most this many proof assets for a persona. */
const MAX_RANKED_ASSETS = 12;

/**
 * Proof assets for a persona at a stage, best first: proof for its objections, then assets
 * written for the persona; an asset tagged with other stages only is left out.
 */
export function rankAssets(
  pack: Pack,
  persona: Persona,
  stage: string,
  words: Pick<PersonaModelWords, 'proofFor' | 'forPersona'> = ENGLISH_PERSONA_MODEL_WORDS,
): RankedAsset[] {
  const proofFor = new Map<string, string[]>();
  for (const objection of persona.objections ?? []) {
    for (const id of objection.proof ?? []) proofFor.set(id, [...(proofFor.get(id) ?? []), objection.text]);
  }
  const fitsStage = (asset: Asset) => stage === ALL_STAGES || !asset.stages?.length || asset.stages.includes(stage);
  const scored: Array<RankedAsset & { score: number; order: number }> = [];
  pack.assets.forEach((asset, order) => {
    const forPersona = asset.personas?.includes(persona.id) ?? false;
    const proof = proofFor.get(asset.id);
    const stageMatch = stage !== ALL_STAGES && (asset.stages?.includes(stage) ?? false);
    if (!fitsStage(asset)) return;
    // An asset that names no persona and backs none of this persona's objections is not its
    // proof: listing it under every persona buried the proof that is.
    if (!forPersona && !proof) return;
    const score = (proof ? 4 : 0) + (forPersona ? 3 : 0) + (stageMatch ? 1 : 0);
    const why = proof ? words.proofFor(proof[0]!) : words.forPersona(persona.name);
    scored.push({ asset, recommended: true, why, score, order });
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.slice(0, MAX_RANKED_ASSETS).map(({ asset, recommended, why }) => ({ asset, recommended, why }));
}

/** The first screen: what to do now with this persona at this stage. */
export interface NowCard {
  /** The one message to lead with: the stage's first, or the first of all when no stage is chosen. */
  lead?: Message;
  objections: Array<{ objection: Objection; proof?: Asset }>;
  nextQuestion?: Question;
}

const TOP_OBJECTIONS = 5;

export function nowCard(pack: Pack, persona: Persona, stage: string): NowCard {
  const assets = new Map(pack.assets.map((a) => [a.id, a]));
  // A buyer raises objections whenever they like: those tagged with the stage come first, then
  // those for any stage, then the rest; none is hidden.
  const rank = (o: Objection) => (stage === ALL_STAGES || !o.stage ? 1 : o.stage === stage ? 0 : 2);
  const objections = (persona.objections ?? [])
    .map((objection, order) => ({ objection, order }))
    .sort((a, b) => rank(a.objection) - rank(b.objection) || a.order - b.order)
    .map(({ objection }) => objection)
    .slice(0, TOP_OBJECTIONS)
    .map((objection) => ({ objection, proof: (objection.proof ?? []).map((id) => assets.get(id)).find((a) => !!a) }));
  return { lead: forStage(persona.messages, stage)[0], objections, nextQuestion: forStage(persona.questions, stage)[0] };
}

/**
 * The words of the line a seller pastes to a buyer (pasteLine). They stay English whatever the
 * UI language: the line wraps the pack's own asset title, and the pack's language is the admin's.
 */
const PASTE_TYPE_WORDS: Record<Asset['type'], string> = {
  'case-study': 'case study',
  'roi-calculator': 'ROI calculator',
  'security-doc': 'security documentation',
  whitepaper: 'whitepaper',
  benchmark: 'benchmark',
  demo: 'demo',
  'one-pager': 'one-pager',
  video: 'video',
  webinar: 'webinar',
  template: 'template',
  other: 'resource',
};
/**
 * One line a seller pastes into a chat or email. Case-study titles read "Customer: result",
 * so they become "Customer: result. Here is how: <link>"; "How …" titles become "Here is how …: <link>".
 */
export function pasteLine(asset: Pick<Asset, 'title' | 'type' | 'url'>): string {
  const title = asset.title.trim().replace(/[.:;]+$/, '');
  if (/^how\s/i.test(title)) return `Here is ${title[0]!.toLowerCase()}${title.slice(1)}: ${asset.url}`;
  if (asset.type === 'case-study' && /^[^:]{2,60}:\s+\S/.test(title)) return `${title}. Here is how: ${asset.url}`;
  return `Here is our ${PASTE_TYPE_WORDS[asset.type]}, "${title}": ${asset.url}`;
}

/** The engine is unsure when nothing matched or a runner-up scored close to the winner. */
export function isUnsure(match: MatchResult): boolean {
  if (!match.persona) return true;
  const next = match.alternatives[0];
  return !!next && match.score > 0 && next.score >= match.score * 0.8;
}

/** The persona shown for a contact: the seller's pick wins over the engine. */
export function effectivePersona(packs: readonly Pack[], match: Pick<MatchResult, 'pack' | 'persona'>, correction: Correction | undefined): PersonaRef | null {
  if (correction?.chosenPersona) {
    const picked = findPersona(packs, correction.pack, correction.chosenPersona);
    if (picked) return picked;
  }
  if (correction?.wrongMatch && !correction.chosenPersona) return null;
  return findPersona(packs, match.pack, match.persona);
}

export type BuyingRole = (typeof BUYING_ROLES)[number];

export interface CommitteeCoverage {
  company: string;
  seen: Array<{ role: BuyingRole; people: string[] }>;
  missing: BuyingRole[];
  /** Contacts whose persona has no buying role (or did not match). */
  unassigned: string[];
}

export interface CoveragePerson {
  name: string;
  company: string | null;
  persona: PersonaRef | null;
}

/**
 * Which buying-committee roles are covered at each company. The roles expected are those the
 * installed packs' buyer personas carry (a pack without a blocker persona expects no blocker).
 */
export function committeeCoverage(people: readonly CoveragePerson[], packs: readonly Pack[]): CommitteeCoverage[] {
  const expected = BUYING_ROLES.filter((role) => packs.some((pack) => pack.personas.some((p) => p.kind !== 'negative' && p.role === role)));
  const byCompany = new Map<string, { company: string; people: CoveragePerson[] }>();
  for (const person of people) {
    const company = person.company?.trim();
    if (!company) continue;
    const key = companyKey(company); // "Initech" and "Initech, Inc." are one company
    const entry = byCompany.get(key) ?? { company, people: [] };
    if (!entry.people.some((p) => p.name === person.name)) entry.people.push(person);
    byCompany.set(key, entry);
  }
  // A company where everyone is "not a fit" (a university, a recruiting firm) has no committee.
  const prospects = [...byCompany.values()].filter(({ people: members }) => members.some((p) => p.persona?.persona.kind !== 'negative'));
  return prospects.map(({ company, people: members }) => {
    const seen = new Map<BuyingRole, string[]>();
    const unassigned: string[] = [];
    for (const person of members) {
      const role = person.persona?.persona.kind === 'negative' ? undefined : person.persona?.persona.role;
      if (role) seen.set(role, [...(seen.get(role) ?? []), person.name]);
      else unassigned.push(person.name);
    }
    return {
      company,
      seen: BUYING_ROLES.filter((r) => seen.has(r)).map((role) => ({ role, people: seen.get(role)! })),
      missing: expected.filter((r) => !seen.has(r)),
      unassigned,
    };
  });
}

export interface ContactGroup {
  id: string;
  label: string;
  /** primary/secondary groups first, then not a fit, then no match. */
  tone: 'buyer' | 'negative' | 'none';
  contacts: Array<{ item: MatchedContact; persona: PersonaRef | null }>;
}

/** List pages: contacts grouped by persona, buyers first (in pack order), then "not a fit", then "no match". */
export function groupByPersona(
  contacts: readonly MatchedContact[],
  packs: readonly Pack[],
  corrections: ReadonlyMap<string, Correction>,
  words: Pick<PersonaModelWords, 'notAFit' | 'noPersonaMatched'> = ENGLISH_PERSONA_MODEL_WORDS,
): ContactGroup[] {
  const groups = new Map<string, ContactGroup & { rank: number }>();
  const order = new Map<string, number>();
  packs.forEach((pack, pi) => pack.personas.forEach((p, i) => order.set(`${pack.id}/${p.id}`, pi * 1000 + i)));
  for (const item of contacts) {
    const persona = effectivePersona(packs, item.match, corrections.get(item.contact.key));
    const id = persona ? `${persona.pack.id}/${persona.persona.id}` : 'none';
    const tone: ContactGroup['tone'] = !persona ? 'none' : persona.persona.kind === 'negative' ? 'negative' : 'buyer';
    const rank = (tone === 'buyer' ? 0 : tone === 'negative' ? 1_000_000 : 2_000_000) + (order.get(id) ?? 0);
    const group = groups.get(id) ?? {
      id,
      label: persona ? (tone === 'negative' ? words.notAFit(persona.persona.name) : persona.persona.name) : words.noPersonaMatched,
      tone,
      contacts: [],
      rank,
    };
    group.contacts.push({ item, persona });
    groups.set(id, group);
  }
  return [...groups.values()].sort((a, b) => a.rank - b.rank).map(({ rank: _rank, ...group }) => group);
}
