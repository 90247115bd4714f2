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

export function assetTypeLabel(type: Asset['type']): string {
  switch (type) {
    case 'case-study':
      return i18n.t('asset.type.caseStudy');
    case 'roi-calculator':
      return i18n.t('asset.type.roiCalculator');
    case 'security-doc':
      return i18n.t('asset.type.securityDoc');
    case 'whitepaper':
      return i18n.t('asset.type.whitepaper');
    case 'benchmark':
      return i18n.t('asset.type.benchmark');
    case 'demo':
      return i18n.t('asset.type.demo');
    case 'one-pager':
      return i18n.t('asset.type.onePager');
    case 'video':
      return i18n.t('asset.type.video');
    case 'webinar':
      return i18n.t('asset.type.webinar');
    case 'template':
      return i18n.t('asset.type.template');
    case 'other':
      return i18n.t('asset.type.other');
  }
}
