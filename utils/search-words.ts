/**
 * A search result's second line (lib/search/search-index.ts) in the UI language from
 * locales/*.yml: what kind of thing it is, and the persona's name as the pack has it.
 */
import { i18n } from '#i18n';
import type { SearchWords } from '@/lib/search/search-index';
import { assetTypeLabel, buyingRoleName } from '@/utils/persona-model-words';

export function searchWords(): SearchWords {
  return {
    persona: (role) => (role ? i18n.t('search.contextPersonaRole', { role: buyingRoleName(role) }) : i18n.t('search.contextPersona')),
    notAFit: i18n.t('search.contextNotAFit'),
    objection: (persona) => i18n.t('search.contextObjection', { persona }),
    competitor: (persona) => i18n.t('search.contextCompetitor', { persona }),
    quote: (persona) => i18n.t('search.contextQuote', { persona }),
    question: (persona) => i18n.t('search.contextQuestion', { persona }),
    asset: (type) => i18n.t('search.contextAsset', { type: assetTypeLabel(type) }),
  };
}
