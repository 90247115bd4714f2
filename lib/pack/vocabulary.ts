/**
 * The pack format's fixed vocabulary (functions, levels, roles, tiers) and its link rule, apart
 * from the Zod schema in ./schema.ts: title matching and the panels need these words, and the
 * service worker's cold path must not load Zod to get them.
 */
export const PACK_FORMAT = 'persona-pack@1';
export const MAX_PACK_BYTES = 10 * 1024 * 1024;
const DEFAULT_STAGE_IDS = ['awareness', 'consideration', 'evaluation', 'selection', 'adoption'] as const;
/** A stage of the default buying journey, used when a pack lists no `stages` of its own. */
export type DefaultStage = (typeof DEFAULT_STAGE_IDS)[number];
export const DEFAULT_STAGES: string[] = [...DEFAULT_STAGE_IDS];
export const isDefaultStage = (stage: string): stage is DefaultStage => (DEFAULT_STAGE_IDS as readonly string[]).includes(stage);

export const FUNCTION_IDS = [
  'general-management',
  'finance',
  'information-technology',
  'security',
  'engineering',
  'data',
  'product',
  'design',
  'marketing',
  'sales',
  'business-development',
  'customer-success',
  'operations',
  'purchasing',
  'human-resources',
  'legal',
  'compliance',
  'project-management',
  'consulting',
  'administrative',
  'research',
  'education',
  'healthcare',
] as const;
export type FunctionId = (typeof FUNCTION_IDS)[number];

/** Lowest to highest; the order is what seniority ranges compare. */
export const LEVELS = ['intern', 'entry', 'professional', 'senior', 'lead', 'manager', 'director', 'head', 'vp', 'cxo', 'owner'] as const;
export type Level = (typeof LEVELS)[number];
export const levelRank = (level: Level): number => LEVELS.indexOf(level);

export const ASSET_TYPES = [
  'case-study',
  'roi-calculator',
  'security-doc',
  'whitepaper',
  'benchmark',
  'demo',
  'one-pager',
  'video',
  'webinar',
  'template',
  'other',
] as const;
export const BUYING_ROLES = ['champion', 'economic-buyer', 'technical-evaluator', 'gatekeeper', 'executive-sponsor', 'user', 'blocker'] as const;
export const EVIDENCE_TIERS = ['confirmed', 'likely', 'hypothesis'] as const;
export type EvidenceTier = (typeof EVIDENCE_TIERS)[number];

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
