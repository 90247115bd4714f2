/**
 * The labels lib/panel/persona-model.ts puts on screen (why an asset is listed, a list page's
 * group names), in the UI language from locales/*.yml. Here rather than in lib/, which never
 * imports #i18n.
 */
import { i18n } from '#i18n';
import type { Asset } from '../lib/pack/schema';
import { type DefaultStage, isDefaultStage } from '../lib/pack/vocabulary';
import { type BuyingRole, capitalize, humanize, type PersonaModelWords } from '../lib/panel/persona-model';

export function personaModelWords(): PersonaModelWords {
  return {
    proofFor: (objection) => i18n.t('asset.proofFor', { objection }),
    forPersona: (persona) => i18n.t('asset.forPersona', { persona }),
    notAFit: (persona) => i18n.t('list.notAFit', { persona }),
    noPersonaMatched: i18n.t('list.noPersonaMatched'),
  };
}

/** A buying-committee role in the UI language (the pack names a role by its id; a record, so a new role fails the type check until named). */
const BUYING_ROLE_NAMES: Record<BuyingRole, () => string> = {
  champion: () => i18n.t('role.champion'),
  'economic-buyer': () => i18n.t('role.economicBuyer'),
  'technical-evaluator': () => i18n.t('role.technicalEvaluator'),
  gatekeeper: () => i18n.t('role.gatekeeper'),
  'executive-sponsor': () => i18n.t('role.executiveSponsor'),
  user: () => i18n.t('role.user'),
  blocker: () => i18n.t('role.blocker'),
};
export const buyingRoleName = (role: BuyingRole): string => BUYING_ROLE_NAMES[role]();

/** The default buying journey's stages in the UI language (a record, so a new default stage fails the type check until named). */
const DEFAULT_STAGE_NAMES: Record<DefaultStage, () => string> = {
  awareness: () => i18n.t('stage.awareness'),
  consideration: () => i18n.t('stage.consideration'),
  evaluation: () => i18n.t('stage.evaluation'),
  selection: () => i18n.t('stage.selection'),
  adoption: () => i18n.t('stage.adoption'),
};

/**
 * A buying stage as the panel labels it. A default stage id (a pack without `stages`, or one that
 * lists the default ids) is named in the UI language; a stage id the pack made up is its own word,
 * shown as the pack wrote it, made readable ("proof-of-concept" → "Proof of concept").
 */
export const stageName = (stage: string): string => (isDefaultStage(stage) ? DEFAULT_STAGE_NAMES[stage]() : capitalize(humanize(stage)));

/** An asset type in the UI language (a record, so a new type fails the type check until named). */
const ASSET_TYPE_NAMES: Record<Asset['type'], () => string> = {
  'case-study': () => i18n.t('asset.type.caseStudy'),
  'roi-calculator': () => i18n.t('asset.type.roiCalculator'),
  'security-doc': () => i18n.t('asset.type.securityDoc'),
  whitepaper: () => i18n.t('asset.type.whitepaper'),
  benchmark: () => i18n.t('asset.type.benchmark'),
  demo: () => i18n.t('asset.type.demo'),
  'one-pager': () => i18n.t('asset.type.onePager'),
  video: () => i18n.t('asset.type.video'),
  webinar: () => i18n.t('asset.type.webinar'),
  template: () => i18n.t('asset.type.template'),
  other: () => i18n.t('asset.type.other'),
};
export const assetTypeLabel = (type: Asset['type']): string => ASSET_TYPE_NAMES[type]();
