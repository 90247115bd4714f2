/**
 * The labels lib/panel/persona-model.ts puts on screen (why an asset is listed, a list page's
 * group names), in the UI language from locales/*.yml. Here rather than in lib/, which never
 * imports #i18n.
 */
import { i18n } from '#i18n';
import type { Asset } from '../lib/pack/schema';
import type { BuyingRole, PersonaModelWords } from '../lib/panel/persona-model';

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
