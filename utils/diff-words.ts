/**
 * The words of an import's diff lines (lib/pack/diff.ts) on the options page, in the UI language
 * from locales/*.yml. Here rather than in lib/, which stays free of extension APIs.
 */
import { i18n } from '#i18n';
import type { DiffWords } from '@/lib/pack/diff';

export function diffWords(): DiffWords {
  return {
    newPack: (pack, version) => i18n.t('diff.newPack', { pack, version }),
    persona: i18n.t('diff.persona'),
    asset: i18n.t('diff.asset'),
    packFields: (fields) => i18n.t('diff.packFields', { fields }),
    identical: i18n.t('diff.identical'),
  };
}
