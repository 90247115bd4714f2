/**
 * The persona pack format, version 1: the Zod implementation of docs/persona-pack.md.
 * Field names are a contract with admins, the CLI and the extension: add optional fields,
 * never rename or drop one. Every type the code uses comes from here via z.infer.
 */
import * as z from 'zod';
import { selectorProblem } from './css-selector';
import { PACK_FORMAT, DEFAULT_STAGES, FUNCTION_IDS, LEVELS, levelRank, ASSET_TYPES, BUYING_ROLES, EVIDENCE_TIERS, isAllowedUrl } from './vocabulary';

// No code generation: extension pages forbid eval by CSP anyway, and store reviewers flag it.
// Zod then validates with its interpreter, which is all the extension and the CLI use.
z.config({ jitless: true });

export {
  PACK_FORMAT,
  MAX_PACK_BYTES,
  DEFAULT_STAGES,
  FUNCTION_IDS,
  LEVELS,
  levelRank,
  ASSET_TYPES,
  BUYING_ROLES,
  EVIDENCE_TIERS,
  isAllowedUrl,
} from './vocabulary';
export type { EvidenceTier, FunctionId, Level } from './vocabulary';

const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;
const slug = (what: string) => z.string().regex(SLUG, `${what} must be a short id of lowercase letters, digits and dashes (like "security-gatekeeper")`);
const text = (what: string, max = 5000) => z.string().trim().min(1, `${what} must not be empty`).max(max, `${what} is longer than ${max} characters`);

const link = z.string().refine(isAllowedUrl, { message: 'must be an https: (or mailto:) link; other kinds of link are never opened' });

const isoDate = z.iso.date({ message: 'must be a date like 2026-03-31' });
const isoDateTime = z.iso.datetime({ offset: true, message: 'must be a date and time like 2026-01-15T09:00:00Z' });
const semver = z.string().regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/, 'must be a version like 1.4.0');

export const EvidenceSchema = z.enum(EVIDENCE_TIERS, { message: 'must be one of confirmed, likely, hypothesis' });

export const InsightSchema = z.union([
  text('An insight'),
  z.strictObject({
    text: text('An insight').describe('The insight itself, as a seller should read it.'),
    evidence: EvidenceSchema.optional().describe(
      'How well it is known: confirmed (interviews or data), likely (sales consensus), hypothesis (to be validated).',
    ),
    source: z.string().optional().describe('Where it comes from, e.g. "2025 CISO interviews".'),
  }),
]);
export type Insight = z.infer<typeof InsightSchema>;
const insights = z.array(InsightSchema).optional();

export const ObjectionSchema = z.strictObject({
  id: slug('An objection id').describe('Short id (lowercase letters, digits, dashes), unique within the persona.'),
  text: text('The objection').describe('The objection as the buyer says it; may start with [confirmed], [likely] or [hypothesis].'),
  response: text('The response', 10000).describe('How to answer it.'),
  proof: z.array(z.string()).optional().describe('Ids of assets of this pack that back the answer.'),
  stage: z.string().optional().describe("The buying stage where it comes up (one of the pack's stages)."),
  evidence: EvidenceSchema.optional().describe('How well it is known: confirmed, likely or hypothesis.'),
});
export type Objection = z.infer<typeof ObjectionSchema>;

export const QuestionSchema = z.strictObject({
  text: text('A question').describe('The discovery question to ask.'),
  stage: z.string().optional().describe("The buying stage to ask it in (one of the pack's stages)."),
  purpose: z.string().optional().describe('Why to ask it: what the answer tells the seller.'),
});
export type Question = z.infer<typeof QuestionSchema>;

export const MessageSchema = z.strictObject({
  stage: z.string({ message: 'Every message needs the stage it belongs to' }).describe("The buying stage it is for (one of the pack's stages)."),
  text: text('A message').describe('The key message for this persona at this stage.'),
  cta: z.string().optional().describe('The call to action that goes with it.'),
});
export type Message = z.infer<typeof MessageSchema>;

/** Persona-map fields (an addition to the spec): what the persona says, thinks, feels and does. */
export const EmpathySchema = z.strictObject({
  says: insights.describe('What they say out loud (in calls, in reviews).'),
  thinks: insights.describe('What they think but may not say.'),
  feels: insights.describe('What worries or motivates them.'),
  does: insights.describe('What they do: habits, workarounds, rituals.'),
});
/** A verbatim voice-of-customer line and where it was heard. */
export const QuoteSchema = z.strictObject({
  text: text('A quote', 1000).describe('The words as heard, verbatim.'),
  source: text('The source of a quote', 300).describe('Where and when it was heard, e.g. "Win-loss interview, March 2026".'),
});
export const CompetitorSchema = z.strictObject({
  name: text('The competitor name', 120).describe('The competitor, as buyers name it; searchable in the panel.'),
  positioning: text('How we are positioned against this competitor', 5000).describe('How to answer when the buyer brings them up.'),
  trapQuestion: z.string().optional().describe('A question that shows where they fall short.'),
  proof: z.array(z.string()).optional().describe('Ids of assets of this pack that back the positioning.'),
});
export type Competitor = z.infer<typeof CompetitorSchema>;

const phrases = z.array(text('A phrase', 200));
export const MatchRulesSchema = z.strictObject({
  titles: phrases
    .optional()
    .describe('Title phrases that identify the persona outright ("CISO", "Head of Information Security"); whole words, case and accents ignored.'),
  keywords: z
    .strictObject({
      any: phrases.optional().describe('At least one of these must appear in the title.'),
      all: phrases.optional().describe('Every one of these must appear in the title.'),
    })
    .optional()
    .describe('Words the title must contain.'),
  functions: z
    .array(z.enum(FUNCTION_IDS, { message: `must be one of ${FUNCTION_IDS.join(', ')}` }))
    .optional()
    .describe("The title's detected function must be one of these."),
  seniority: z
    .strictObject({
      min: z
        .enum(LEVELS, { message: `must be one of ${LEVELS.join(', ')}` })
        .optional()
        .describe('Lowest seniority level that matches (inclusive).'),
      max: z
        .enum(LEVELS, { message: `must be one of ${LEVELS.join(', ')}` })
        .optional()
        .describe('Highest seniority level that matches (inclusive).'),
    })
    .optional()
    .describe('The range the detected seniority must lie in.'),
  exclude: phrases.optional().describe('If any of these appears in the title, this persona never matches ("Security Guard").'),
  priority: z.number().int('must be a whole number').optional().describe('Default 0; when several personas match, the higher priority wins.'),
});
export type MatchRules = z.infer<typeof MatchRulesSchema>;

export const PersonaSchema = z.strictObject({
  id: slug('A persona id').describe('Short id (lowercase letters, digits, dashes), unique in the pack, e.g. "security-gatekeeper".'),
  name: text('The persona name', 120).describe('Shown to sellers, e.g. "Security Gatekeeper".'),
  summary: z.string().optional().describe('One or two sentences on who they are.'),
  /** Up to 4 characters for the toolbar badge (default: the name's initials). An addition to the spec. */
  badge: z.string().max(4, 'fits at most 4 characters').optional().describe("Up to 4 characters for the toolbar badge (default: the name's initials)."),
  kind: z
    .enum(['primary', 'secondary', 'negative'], { message: 'must be primary, secondary or negative' })
    .default('primary')
    .describe('primary (default) or secondary buyer; negative = not a buyer (students, recruiters), shown as "not a fit".'),
  role: z
    .enum(BUYING_ROLES, { message: `must be one of ${BUYING_ROLES.join(', ')}` })
    .optional()
    .describe('Their role in the buying committee.'),
  match: MatchRulesSchema.describe('How a job title is recognised as this persona.'),
  goals: insights.describe(
    'What they want to achieve. Each item is text (may start with [confirmed], [likely] or [hypothesis]) or { text, evidence, source }.',
  ),
  metrics: insights.describe('How they are measured.'),
  painPoints: insights.describe('What hurts today.'),
  triggers: insights.describe('What makes them look for a change.'),
  decisionCriteria: insights.describe('How they choose.'),
  objections: z.array(ObjectionSchema).optional().describe('What they push back with, and how to answer.'),
  questions: z.array(QuestionSchema).optional().describe('Discovery questions.'),
  messages: z.array(MessageSchema).optional().describe('Key messages and calls to action, per stage.'),
  channels: z.array(z.string()).optional().describe('Preferred channels and content formats.'),
  talkTrack: z.string().optional().describe('A short script for calls.'),
  jobsToBeDone: insights.describe('The jobs they hire a product for (shown under Background).'),
  empathy: EmpathySchema.optional().describe('The empathy map: what they say, think, feel and do.'),
  quotes: z.array(QuoteSchema).optional().describe('Verbatim voice-of-customer lines and where they were heard.'),
  competitors: z.array(CompetitorSchema).optional().describe('How we are positioned against each competitor.'),
});
export type Persona = z.infer<typeof PersonaSchema>;

export const AssetSchema = z.strictObject({
  id: slug('An asset id').describe('Short id, unique in the pack; objections and competitors cite it in proof.'),
  title: text('The asset title', 300).describe('Shown to sellers.'),
  type: z.enum(ASSET_TYPES, { message: `must be one of ${ASSET_TYPES.join(', ')}` }).describe('What kind of asset it is.'),
  url: link.describe('Where it is: an https: (or mailto:) link; other links are refused.'),
  summary: z.string().optional().describe('What is in it, in a sentence.'),
  stages: z.array(z.string()).optional().describe("The buying stages it serves (the pack's stage ids)."),
  personas: z.array(z.string()).optional().describe('Ids of the personas it is for.'),
  tags: z.array(z.string()).optional().describe('Free words for search.'),
  updatedAt: z.union([isoDate, isoDateTime]).optional().describe('When it was last updated: a date like 2026-03-31 (or a date and time).'),
});
export type Asset = z.infer<typeof AssetSchema>;

const selectors = z.array(text('A CSS selector', 500)).min(1, 'needs at least one CSS selector');
export const SiteAdapterSchema = z.strictObject({
  id: slug('A site adapter id').describe('Short id, unique in the pack.'),
  name: text('The site adapter name', 120).describe('The page it reads, e.g. "Pipedrive person".'),
  matches: z
    .array(z.string().regex(/^https:\/\/(\*|\*\.[^/*]+|[^/*]+)\/.*$/, 'must be a match pattern like https://*.pipedrive.com/person/*'))
    .min(1, 'needs at least one match pattern')
    .describe('Match patterns of the pages, like https://*.pipedrive.com/person/*.'),
  person: z
    .strictObject({
      name: selectors.describe("CSS selectors for the contact's name, tried in order."),
      title: selectors.describe('CSS selectors for the job title, tried in order.'),
      company: selectors.optional().describe('CSS selectors for the company, tried in order.'),
      profileUrl: selectors.optional().describe("CSS selectors for a link to the contact's profile, tried in order."),
    })
    .describe("Where the contact's fields are on the page."),
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
  adapter: z
    .enum(PATCHABLE_IDS, { message: `must name a built-in adapter: ${PATCHABLE_IDS.join(', ')}` })
    .describe(`The built-in adapter to repair: ${PATCHABLE_IDS.join(', ')}.`),
  matches: z
    .array(z.string().regex(MATCH_PATTERN, 'must be a match pattern like https://www.linkedin.com/in/*'))
    .min(1, 'needs at least one match pattern')
    .describe('Match patterns of the pages the patch applies to, like https://www.linkedin.com/in/*.'),
  /** Why the patch exists ("LinkedIn moved the headline, 2026-12-02"): shown by `persona-map detect`. */
  note: z.string().max(500).optional().describe('Why the patch exists, e.g. "LinkedIn moved the headline, 2026-12-02"; shown by persona-map detect.'),
  selectors: z
    .strictObject({
      /** List pages only: the element around one person's result. */
      card: patchSelectors.optional().describe("List pages only: CSS selectors for the element around one person's result."),
      name: patchSelectors.optional().describe("CSS selectors for the element holding the person's name."),
      title: patchSelectors.optional().describe("CSS selectors for the element holding the person's job title."),
      company: patchSelectors.optional().describe("CSS selectors for the element holding the person's company."),
    })
    .describe("CSS selectors per field, tried before the adapter's own; a field whose selectors find nothing is read as before."),
});
export type AdapterPatch = z.infer<typeof AdapterPatchSchema>;

/** Account-based notes (an addition to the spec): named accounts, their notes and per-persona plays. */
export const NamedAccountSchema = z.strictObject({
  id: slug('An account id').describe('Short id, unique in the pack.'),
  name: text('The account name', 200).describe('The company, as it is usually written; matched ignoring case, punctuation and legal forms.'),
  aliases: z.array(text('An account alias', 200)).optional().describe('Other names it goes by.'),
  domains: z
    .array(z.string().regex(/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/, 'must be a domain like fabrikam.com'))
    .optional()
    .describe('Its web domains, matched when a CRM page shows one.'),
  notes: z.string().optional().describe('Account notes shown to sellers.'),
  plays: z
    .array(
      z.strictObject({
        persona: z.string().describe('Id of a persona of this pack.'),
        text: text('A play').describe('What to do with that persona at this account.'),
      }),
    )
    .optional()
    .describe('The play per persona at this account.'),
});
export type NamedAccount = z.infer<typeof NamedAccountSchema>;

const PackShape = z.strictObject({
  format: z.literal(PACK_FORMAT, { message: `must be exactly "${PACK_FORMAT}"` }).describe(`The pack format: exactly "${PACK_FORMAT}".`),
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'must be 2 to 64 lowercase letters, digits and dashes')
    .describe('Identifies the pack across versions: 2 to 64 lowercase letters, digits and dashes.'),
  name: text('The pack name', 120).describe('Shown to sellers.'),
  version: semver.describe('Semantic version like 1.4.0; raise it for every release (a sync installs only a higher version).'),
  publishedAt: isoDateTime.describe('When this version was published: an ISO date and time like 2026-01-15T09:00:00Z.'),
  reviewBy: isoDate.optional().describe('A date like 2026-07-31; after it the pack is shown as due for review.'),
  owner: z.string().optional().describe('Who maintains it, e.g. "Marketing Ops <mops@example.com>".'),
  /** Sample content (a fictitious company): every screen that shows it labels it DEMO. */
  demo: z.boolean().optional().describe('true for sample content: every screen that shows it labels it DEMO.'),
  stages: z
    .array(slug('A stage id'))
    .min(1)
    .optional()
    .describe('Buying-journey stage ids; default awareness, consideration, evaluation, selection, adoption.'),
  personas: z
    .array(PersonaSchema)
    .min(1, 'A pack needs at least one persona')
    .max(500, 'A pack holds at most 500 personas')
    .describe('The buyer personas (1 to 500, ids unique).'),
  assets: z.array(AssetSchema).max(5000, 'A pack holds at most 5000 assets').describe('Case studies, documents, calculators… that sellers send (ids unique).'),
  sites: z.array(SiteAdapterSchema).optional().describe('Extra pages (another CRM) on which contacts are detected.'),
  adapterPatches: z
    .array(AdapterPatchSchema)
    .max(100, 'A pack holds at most 100 adapter patches')
    .optional()
    .describe(
      "Repairs for the built-in adapters after a page's markup changed: CSS selectors per field, tried before the adapter's own (docs/admin/adapter-patches.md).",
    ),
  accounts: z.array(NamedAccountSchema).optional().describe("Named accounts: notes and per-persona plays, matched to a contact's company."),
});

/** Rules that span several fields: unique ids, proof and stage references. */
export const PackSchema = PackShape.superRefine((pack, ctx) => {
  const stages = new Set(pack.stages ?? DEFAULT_STAGES);
  const assetIds = new Set(pack.assets.map((a) => a.id));
  const personaIds = new Set(pack.personas.map((p) => p.id));
  const problem = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const checkStage = (stage: string | undefined, path: (string | number)[]) => {
    if (stage !== undefined && !stages.has(stage)) problem(path, `names stage "${stage}", which is not one of the pack's stages (${[...stages].join(', ')})`);
  };
  const checkUnique = (ids: string[], path: (string | number)[], what: string) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) problem([...path, i, 'id'], `${what} id "${id}" is used twice; ids must be unique`);
      seen.add(id);
    });
  };

  checkUnique(
    pack.personas.map((p) => p.id),
    ['personas'],
    'persona',
  );
  checkUnique(
    pack.assets.map((a) => a.id),
    ['assets'],
    'asset',
  );
  checkUnique(
    (pack.sites ?? []).map((s) => s.id),
    ['sites'],
    'site adapter',
  );
  checkUnique(
    (pack.accounts ?? []).map((a) => a.id),
    ['accounts'],
    'account',
  );
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
    if (!hasRule) problem([...at, 'match'], 'gives no way to recognise this persona: add titles, keywords or functions');
    const { min, max } = match.seniority ?? {};
    if (min && max && levelRank(min) > levelRank(max)) problem([...at, 'match', 'seniority'], `min "${min}" is above max "${max}", so nothing can match`);
    checkUnique(
      (persona.objections ?? []).map((o) => o.id),
      [...at, 'objections'],
      'objection',
    );
    persona.objections?.forEach((objection, o) => {
      checkStage(objection.stage, [...at, 'objections', o, 'stage']);
      objection.proof?.forEach((assetId, i) => {
        if (!assetIds.has(assetId)) problem([...at, 'objections', o, 'proof', i], `names asset "${assetId}", which is not in this pack's assets`);
      });
    });
    persona.competitors?.forEach((competitor, c) => {
      competitor.proof?.forEach((assetId, i) => {
        if (!assetIds.has(assetId)) problem([...at, 'competitors', c, 'proof', i], `names asset "${assetId}", which is not in this pack's assets`);
      });
    });
    persona.questions?.forEach((q, i) => checkStage(q.stage, [...at, 'questions', i, 'stage']));
    persona.messages?.forEach((m, i) => checkStage(m.stage, [...at, 'messages', i, 'stage']));
  });

  pack.assets.forEach((asset, a) => {
    asset.stages?.forEach((stage, i) => checkStage(stage, ['assets', a, 'stages', i]));
    asset.personas?.forEach((personaId, i) => {
      if (!personaIds.has(personaId)) problem(['assets', a, 'personas', i], `names persona "${personaId}", which is not in this pack`);
    });
  });
});

export type Pack = z.infer<typeof PackSchema>;
/** What an admin writes: defaults (like persona `kind`) may be left out. */
export type PackInput = z.input<typeof PackSchema>;
