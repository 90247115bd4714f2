/**
 * The options page's pack-change answers (lib/background/pack-changes.ts) in the UI language from
 * locales/*.yml. Here rather than in lib/, which stays free of extension APIs.
 */
import { i18n } from '#i18n';
import type { PackChangeWords } from '@/lib/background/pack-changes';
import { packCheckWords, sourceUrlWords } from './sync-words';

export function packChangeWords(): PackChangeWords {
  return {
    unknownChange: i18n.t('packChange.unknownChange'),
    locked: i18n.t('packChange.locked'),
    notInstalled: (pack) => i18n.t('packChange.notInstalled', { pack }),
    staysOff: (pack, reason) => i18n.t('packChange.staysOff', { pack, reason }),
    switched: (pack, enabled) => (enabled ? i18n.t('packChange.switchedOn', { pack }) : i18n.t('packChange.switchedOff', { pack })),
    orderSaved: i18n.t('packChange.orderSaved'),
    rolledBack: (pack, version) => i18n.t('packChange.rolledBack', { pack, version }),
    sourceAdded: (url) => i18n.t('packChange.sourceAdded', { url }),
    sourceRemoved: (id) => i18n.t('packChange.sourceRemoved', { id }),
    sourceSetByPolicy: (url) => i18n.t('packChange.sourceSetByPolicy', { url }),
    keysByPolicy: i18n.t('packChange.keysByPolicy'),
    notAKey: (key, reason) => i18n.t('packChange.notAKey', { key, reason }),
    keyAdded: i18n.t('packChange.keyAdded'),
    keyRemoved: i18n.t('packChange.keyRemoved'),
    keyAlreadyTrusted: i18n.t('packChange.keyAlreadyTrusted'),
    intervalByPolicy: i18n.t('packChange.intervalByPolicy'),
    intervalDefault: i18n.t('packChange.intervalDefault'),
    intervalEvery: (minutes) => i18n.t('packChange.intervalEvery', { minutes: String(minutes) }),
    importDamaged: (file) => i18n.t('packChange.importDamaged', { file }),
    installed: (pack, version) => i18n.t('packChange.installed', { pack, version }),
    importRefused: (reason) => i18n.t('packChange.importRefused', { reason }),
    rollback: {
      notInstalled: (pack) => i18n.t('packChange.notInstalled', { pack }),
      notKept: (version, pack, kept) => i18n.t('packChange.rollbackNotKept', { version, pack, kept: kept || i18n.t('packChange.noneKept') }),
      nothingEarlier: (pack) => i18n.t('packChange.rollbackNothingEarlier', { pack }),
      cannotRollBack: (version, reason) => i18n.t('packChange.rollbackRefused', { version, reason }),
    },
    sourceUrl: sourceUrlWords(),
    check: packCheckWords(),
  };
}
