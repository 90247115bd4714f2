/**
 * The database recovery notice (lib/storage/recovery.ts), shown on the options page, in the UI
 * language from locales/*.yml. Here rather than in lib/, which stays free of extension APIs.
 */
import { i18n } from '#i18n';
import type { RecoveryNotice, RecoveryWords } from '@/lib/storage/recovery';
import { sayIn } from '@/lib/said';

export function recoveryWords(): RecoveryWords {
  return {
    cannotOpen: (error) => i18n.t('recovery.cannotOpen', { error }),
    replaced: i18n.t('recovery.replaced'),
    empty: i18n.t('recovery.empty'),
    lost: (cause) => i18n.t('recovery.lost', { cause }),
    sourcesRestored: (urls) =>
      urls.length === 1
        ? i18n.t('recovery.sourceRestored', { urls: urls.join(', ') })
        : i18n.t('recovery.sourcesRestored', { count: String(urls.length), urls: urls.join(', ') }),
    noSources: i18n.t('recovery.noSources'),
    importAgain: (packs) =>
      packs.length === 1 ? i18n.t('recovery.importAgainOne', { packs: packs.join(', ') }) : i18n.t('recovery.importAgainMany', { packs: packs.join(', ') }),
    kept: i18n.t('recovery.kept'),
  };
}

/** A stored recovery notice in the UI language now; a notice from before notices were recorded shows its text. */
export function storedRecoveryNotice(notice: Pick<RecoveryNotice, 'message' | 'said'>): string {
  return (notice.said && sayIn(notice.said, recoveryWords())) || notice.message;
}
