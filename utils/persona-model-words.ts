/**
 * The labels lib/panel/persona-model.ts puts on screen (why an asset is listed, a list page's
 * group names), in the UI language from locales/*.yml. Here rather than in lib/, which never
 * imports #i18n.
 */
import { i18n } from '#i18n';
import type { PersonaModelWords } from '../lib/panel/persona-model';

export function personaModelWords(): PersonaModelWords {
  return {
    proofFor: (objection) => i18n.t('asset.proofFor', { objection }),
    forPersona: (persona) => i18n.t('asset.forPersona', { persona }),
    notAFit: (persona) => i18n.t('list.notAFit', { persona }),
    noPersonaMatched: i18n.t('list.noPersonaMatched'),
  };
}
