/**
 * The toolbar tooltip's sentences (lib/background/badge.ts) and the context menu's title, in the
 * UI language from locales/*.yml. Here rather than in lib/, which stays free of extension APIs.
 */
import { i18n } from '#i18n';
import type { BadgeWords } from '@/lib/background/badge';

export function badgeWords(): BadgeWords {
  return {
    idle: i18n.t('actionTitle'),
    unreadable: i18n.t('worker.badgeUnreadable'),
    thisContact: i18n.t('worker.thisContact'),
    list: ({ total, matched, shown }) =>
      shown === null ? i18n.t('worker.badgeList', { total, matched }) : i18n.t('worker.badgeListFirst', { total, matched, shown }),
    noPersona: (who) => i18n.t('worker.badgeNoPersona', { who }),
    notAFit: (who, persona) => i18n.t('worker.badgeNotAFit', { who, persona }),
    is: (who, persona) => i18n.t('worker.badgeIs', { who, persona }),
    chip: {
      noPersona: i18n.t('worker.chipNoPersona'),
      notAFit: (persona) => i18n.t('worker.chipNotAFit', { persona }),
    },
  };
}

/** The selection menu's title; Chromium and Firefox put the selected text where %s is. */
export const matchSelectionMenuTitle = () => i18n.t('worker.menuMatchSelection');
