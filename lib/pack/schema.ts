/**
 * The persona pack format, version 1: the Zod implementation of docs/persona-pack.md.
 * Field names are a contract with admins, the CLI and the extension: add optional fields,
 * never rename or drop one. Every type the code uses comes from here via z.infer.
 */
import * as z from 'zod';
import { selectorProblem } from './css-selector';

// No code generation: extension pages forbid eval by CSP anyway, and store reviewers flag it.
// Zod then validates with its interpreter, which is all the extension and the CLI use.
z.config({ jitless: true });

export const PACK_FORMAT = 'persona-pack@1';
export const MAX_PACK_BYTES = 10 * 1024 * 1024;
export const DEFAULT_STAGES = ['awareness', 'consideration', 'evaluation', 'selection', 'adoption'];

export const FUNCTION_IDS = [
  'general-management', 'finance', 'information-technology', 'security', 'engineering',
  'data', 'product', 'design', 'marketing', 'sales', 'business-development',
  'customer-success', 'operations', 'purchasing', 'human-resources', 'legal', 'compliance',
  'project-management', 'consulting', 'administrative', 'research', 'education', 'healthcare',
] as const;
export type FunctionId = (typeof FUNCTION_IDS)[number];

/** Lowest to highest; the order is what seniority ranges compare. */
export const LEVELS = [
  'intern', 'entry', 'professional', 'senior', 'lead', 'manager', 'director', 'head', 'vp', 'cxo', 'owner',
] as const;
export type Level = (typeof LEVELS)[number];
export const levelRank = (level: Level): number => LEVELS.indexOf(level);

export const ASSET_TYPES = [
  'case-study', 'roi-calculator', 'security-doc', 'whitepaper', 'benchmark',
  'demo', 'one-pager', 'video', 'webinar', 'template', 'other',
] as const;
export const BUYING_ROLES = [
  'champion', 'economic-buyer', 'technical-evaluator', 'gatekeeper', 'executive-sponsor', 'user', 'blocker',
] as const;
export const EVIDENCE_TIERS = ['confirmed', 'likely', 'hypothesis'] as const;
export type EvidenceTier = (typeof EVIDENCE_TIERS)[number];

const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;
const slug = (what: string) =>
  z.string().regex(SLUG, `${what} must be a short id of lowercase letters, digits and dashes (like "security-gatekeeper")`);
const text = (what: string, max = 5000) =>
  z.string().trim().min(1, `${what} must not be empty`).max(max, `${what} is longer than ${max} characters`);

/** Only https: and mailto: links are ever opened from a pack (no javascript:, data:, http:). */
export function isAllowedUrl(value: string): boolean {
  try {
    const url = new URL(value);
    if (url.protocol === 'mailto:') return url.pathname.length > 0;
    return url.protocol === 'https:' && url.hostname.length > 0;
  } catch {
    return false;
  }
}
const link = z
  .string()
  .refine(isAllowedUrl, { message: 'must be an https: (or mailto:) link; other kinds of link are never opened' });

const isoDate = z.iso.date({ message: 'must be a date like 2026-03-31' });
const isoDateTime = z.iso.datetime({ offset: true, message: 'must be a date and time like 2026-01-15T09:00:00Z' });
const semver = z
  .string()
  .regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/, 'must be a version like 1.4.0');

export const EvidenceSchema = z.enum(EVIDENCE_TIERS, { message: 'must be one of confirmed, likely, hypothesis' });

export const InsightSchema = z.union([
  text('An insight'),
  z.strictObject({ text: text('An insight'), evidence: EvidenceSchema.optional(), source: z.string().optional() }),
]);
export type Insight = z.infer<typeof InsightSchema>;
const insights = z.array(InsightSchema).optional();

export const ObjectionSchema = z.strictObject({
  id: slug('An objection id'),
  text: text('The objection'),
  response: text('The response', 10000),
  proof: z.array(z.string()).optional(),
  stage: z.string().optional(),
  evidence: EvidenceSchema.optional(),
});
export type Objection = z.infer<typeof ObjectionSchema>;

export const QuestionSchema = z.strictObject({
  text: text('A question'),
  stage: z.string().optional(),
  purpose: z.string().optional(),
});
export type Question = z.infer<typeof QuestionSchema>;

export const MessageSchema = z.strictObject({
  stage: z.string({ message: 'Every message needs the stage it belongs to' }),
  text: text('A message'),
  cta: z.string().optional(),
});
export type Message = z.infer<typeof MessageSchema>;

/** Persona-map fields (an addition to the spec): what the persona says, thinks, feels and does. */
export const EmpathySchema = z.strictObject({ says: insights, thinks: insights, feels: insights, does: insights });
/** A verbatim voice-of-customer line and where it was heard. */
export const QuoteSchema = z.strictObject({ text: text('A quote', 1000), source: text('The source of a quote', 300) });
export const CompetitorSchema = z.strictObject({
  name: text('The competitor name', 120),
  positioning: text('How we are positioned against this competitor', 5000),
  trapQuestion: z.string().optional(),
  proof: z.array(z.string()).optional(),
});
export type Competitor = z.infer<typeof CompetitorSchema>;

const phrases = z.array(text('A phrase', 200));
export const MatchRulesSchema = z.strictObject({
  titles: phrases.optional(),
  keywords: z.strictObject({ any: phrases.optional(), all: phrases.optional() }).optional(),
  functions: z.array(z.enum(FUNCTION_IDS, { message: `must be one of ${FUNCTION_IDS.join(', ')}` })).optional(),
  seniority: z
    .strictObject({
      min: z.enum(LEVELS, { message: `must be one of ${LEVELS.join(', ')}` }).optional(),
      max: z.enum(LEVELS, { message: `must be one of ${LEVELS.join(', ')}` }).optional(),
    })
    .optional(),
  exclude: phrases.optional(),
  priority: z.number().int('must be a whole number').optional(),
});
export type MatchRules = z.infer<typeof MatchRulesSchema>;

export const PersonaSchema = z.strictObject({
  id: slug('A persona id'),
  name: text('The persona name', 120),
  summary: z.string().optional(),
  /** Up to 4 characters for the toolbar badge (default: the name's initials). An addition to the spec. */
  badge: z.string().max(4, 'fits at most 4 characters').optional(),
  kind: z.enum(['primary', 'secondary', 'negative'], { message: 'must be primary, secondary or negative' }).default('primary'),
  role: z.enum(BUYING_ROLES, { message: `must be one of ${BUYING_ROLES.join(', ')}` }).optional(),
  match: MatchRulesSchema,
  goals: insights,
  metrics: insights,
  painPoints: insights,
  triggers: insights,
  decisionCriteria: insights,
  objections: z.array(ObjectionSchema).optional(),
  questions: z.array(QuestionSchema).optional(),
  messages: z.array(MessageSchema).optional(),
  channels: z.array(z.string()).optional(),
  talkTrack: z.string().optional(),
  jobsToBeDone: insights,
  empathy: EmpathySchema.optional(),
  quotes: z.array(QuoteSchema).optional(),
  competitors: z.array(CompetitorSchema).optional(),
});
export type Persona = z.infer<typeof PersonaSchema>;

export const AssetSchema = z.strictObject({
  id: slug('An asset id'),
  title: text('The asset title', 300),
  type: z.enum(ASSET_TYPES, { message: `must be one of ${ASSET_TYPES.join(', ')}` }),
  url: link,
  summary: z.string().optional(),
  stages: z.array(z.string()).optional(),
  personas: z.array(z.string()).optional(),
  tags: z.array(z.string()).optional(),
  updatedAt: z.union([isoDate, isoDateTime]).optional(),
});
export type Asset = z.infer<typeof AssetSchema>;

const selectors = z.array(text('A CSS selector', 500)).min(1, 'needs at least one CSS selector');
export const SiteAdapterSchema = z.strictObject({
  id: slug('A site adapter id'),
  name: text('The site adapter name', 120),
  matches: z
    .array(z.string().regex(/^https:\/\/(\*|\*\.[^/*]+|[^/*]+)\/.*$/, 'must be a match pattern like https://*.pipedrive.com/person/*'))
    .min(1, 'needs at least one match pattern'),
  person: z.strictObject({
    name: selectors,
    title: selectors,
    company: selectors.optional(),
    profileUrl: selectors.optional(),
  }),
});
export type SiteAdapter = z.infer<typeof SiteAdapterSchema>;

/**
 * The built-in adapters a pack's `adapterPatches` may repair, and their page kind: only list
 * adapters have cards (test/unit/pack/adapter-patches.test.ts keeps this in step with lib/adapters/registry.ts).
 */
export const PATCHABLE_ADAPTERS = {
  'linkedin-profile': 'profile',
  'linkedin-people-list': 'list',
  'sales-navigator-lead': 'profile',
  'sales-navigator-list': 'list',
  'salesforce-record': 'profile',
  'hubspot-contact': 'profile',
} as const;
export type PatchableAdapterId = keyof typeof PATCHABLE_ADAPTERS;
const PATCHABLE_IDS = Object.keys(PATCHABLE_ADAPTERS) as [PatchableAdapterId, ...PatchableAdapterId[]];

/** A selector checked as the browser will read it, at validation time, not silently at runtime. */
const cssSelector = z
  .string()
  .max(500, 'A CSS selector is longer than 500 characters')
  .superRefine((selector, ctx) => {
    const problem = selectorProblem(selector);
    if (problem) ctx.addIssue({ code: 'custom', message: `"${selector}" ${problem}` });
  });
const patchSelectors = z.array(cssSelector).min(1, 'needs at least one CSS selector').max(20, 'holds at most 20 selectors');
const MATCH_PATTERN = /^https:\/\/(\*|\*\.[^/*]+|[^/*]+)\/.*$/;

/**
 * Repair of a built-in adapter without a release (an addition to the spec): CSS selectors tried
 * before the adapter's own, on the pages whose URL matches. Data only: selectors, never script.
 */
export const AdapterPatchSchema = z.strictObject({
  adapter: z.enum(PATCHABLE_IDS, { message: `must name a built-in adapter: ${PATCHABLE_IDS.join(', ')}` }),
  matches: z
    .array(z.string().regex(MATCH_PATTERN, 'must be a match pattern like https://www.linkedin.com/in/*'))
    .min(1, 'needs at least one match pattern'),
  /** Why the patch exists ("LinkedIn moved the headline, 2026-12-02"): shown by `persona-map detect`. */
  note: z.string().max(500).optional(),
  selectors: z.strictObject({
    /** List pages only: the element around one person's result. */
    card: patchSelectors.optional(),
    name: patchSelectors.optional(),
    title: patchSelectors.optional(),
    company: patchSelectors.optional(),
  }),
});
export type AdapterPatch = z.infer<typeof AdapterPatchSchema>;

/** Account-based notes (an addition to the spec): named accounts, their notes and per-persona plays. */
export const NamedAccountSchema = z.strictObject({
  id: slug('An account id'),
  name: text('The account name', 200),
  aliases: z.array(text('An account alias', 200)).optional(),
  domains: z.array(z.string().regex(/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/, 'must be a domain like fabrikam.com')).optional(),
  notes: z.string().optional(),
  plays: z.array(z.strictObject({ persona: z.string(), text: text('A play') })).optional(),
});
export type NamedAccount = z.infer<typeof NamedAccountSchema>;

const PackShape = z.strictObject({
  format: z.literal(PACK_FORMAT, { message: `must be exactly "${PACK_FORMAT}"` }),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'must be 2 to 64 lowercase letters, digits and dashes'),
  name: text('The pack name', 120),
  version: semver,
  publishedAt: isoDateTime,
  reviewBy: isoDate.optional(),
  owner: z.string().optional(),
  /** Sample content (a fictitious company): every screen that shows it labels it DEMO. */
  demo: z.boolean().optional(),
  stages: z.array(slug('A stage id')).min(1).optional(),
  personas: z.array(PersonaSchema).min(1, 'A pack needs at least one persona').max(500, 'A pack holds at most 500 personas'),
  assets: z.array(AssetSchema).max(5000, 'A pack holds at most 5000 assets'),
  sites: z.array(SiteAdapterSchema).optional(),
  adapterPatches: z.array(AdapterPatchSchema).max(100, 'A pack holds at most 100 adapter patches').optional(),
  accounts: z.array(NamedAccountSchema).optional(),
});

/** Rules that span several fields: unique ids, proof and stage references. */
export const PackSchema = PackShape.superRefine((pack, ctx) => {
  const stages = new Set(pack.stages ?? DEFAULT_STAGES);
  const assetIds = new Set(pack.assets.map((a) => a.id));
  const personaIds = new Set(pack.personas.map((p) => p.id));
  const problem = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const checkStage = (stage: string | undefined, path: (string | number)[]) => {
    if (stage !== undefined && !stages.has(stage))
      problem(path, `names stage "${stage}", which is not one of the pack's stages (${[...stages].join(', ')})`);
  };
  const checkUnique = (ids: string[], path: (string | number)[], what: string) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) problem([...path, i, 'id'], `${what} id "${id}" is used twice; ids must be unique`);
      seen.add(id);
    });
  };

  checkUnique(pack.personas.map((p) => p.id), ['personas'], 'persona');
  checkUnique(pack.assets.map((a) => a.id), ['assets'], 'asset');
  checkUnique((pack.sites ?? []).map((s) => s.id), ['sites'], 'site adapter');
  checkUnique((pack.accounts ?? []).map((a) => a.id), ['accounts'], 'account');
  pack.adapterPatches?.forEach((patch, i) => {
    const { selectors } = patch;
    if (!selectors.card && !selectors.name && !selectors.title && !selectors.company)
      problem(['adapterPatches', i, 'selectors'], 'gives no selector: add name, title, company or (on list pages) card');
    if (selectors.card && PATCHABLE_ADAPTERS[patch.adapter] !== 'list')
      problem(['adapterPatches', i, 'selectors', 'card'], `is for list pages; "${patch.adapter}" shows one person, so leave card out`);
  });
  pack.accounts?.forEach((account, a) =>
    account.plays?.forEach((play, i) => {
      if (!personaIds.has(play.persona)) problem(['accounts', a, 'plays', i, 'persona'], `names persona "${play.persona}", which is not in this pack`);
    }),
  );

  pack.personas.forEach((persona, p) => {
    const at = ['personas', p];
    const { match } = persona;
    const hasRule = !!(match.titles?.length || match.keywords?.any?.length || match.keywords?.all?.length || match.functions?.length);
    if (!hasRule)
      problem([...at, 'match'], 'gives no way to recognise this persona: add titles, keywords or functions');
    const { min, max } = match.seniority ?? {};
    if (min && max && levelRank(min) > levelRank(max))
      problem([...at, 'match', 'seniority'], `min "${min}" is above max "${max}", so nothing can match`);
    checkUnique((persona.objections ?? []).map((o) => o.id), [...at, 'objections'], 'objection');
    persona.objections?.forEach((objection, o) => {
      checkStage(objection.stage, [...at, 'objections', o, 'stage']);
      objection.proof?.forEach((assetId, i) => {
        if (!assetIds.has(assetId))
          problem([...at, 'objections', o, 'proof', i], `names asset "${assetId}", which is not in this pack's assets`);
      });
    });
    persona.competitors?.forEach((competitor, c) => {
      competitor.proof?.forEach((assetId, i) => {
        if (!assetIds.has(assetId))
          problem([...at, 'competitors', c, 'proof', i], `names asset "${assetId}", which is not in this pack's assets`);
      });
    });
    persona.questions?.forEach((q, i) => checkStage(q.stage, [...at, 'questions', i, 'stage']));
    persona.messages?.forEach((m, i) => checkStage(m.stage, [...at, 'messages', i, 'stage']));
  });

  pack.assets.forEach((asset, a) => {
    asset.stages?.forEach((stage, i) => checkStage(stage, ['assets', a, 'stages', i]));
    asset.personas?.forEach((personaId, i) => {
      if (!personaIds.has(personaId))
        problem(['assets', a, 'personas', i], `names persona "${personaId}", which is not in this pack`);
    });
  });
});

export type Pack = z.infer<typeof PackSchema>;
/** What an admin writes: defaults (like persona `kind`) may be left out. */
export type PackInput = z.input<typeof PackSchema>;
