/**
 * The sentences of a pack sync's reason (lib/sync/sync-source.ts), shown on the options page, in
 * the UI language from locales/*.yml. Here rather than in lib/, which stays free of extension APIs.
 */
import { i18n } from '#i18n';
import type { SyncWords } from '@/lib/sync/sync-source';

export function syncWords(): SyncWords {
  return {
    notModified: (version) => (version !== null ? i18n.t('sync.notModified', { version }) : i18n.t('sync.notModifiedUnknown')),
    notConditional: (url) => i18n.t('sync.notConditional', { url }),
    signatureFetchFailed: (reason) => i18n.t('sync.signatureFetchFailed', { reason }),
    signatureNotConditional: (url) => i18n.t('sync.signatureNotConditional', { url }),
    servesOtherPack: (url, was, now) => i18n.t('sync.servesOtherPack', { url, was, now }),
    syncedElsewhere: (pack, source) => i18n.t('sync.syncedElsewhere', { pack, source }),
    installed: (version, previous) => (previous ? i18n.t('sync.installedOver', { version, previous }) : i18n.t('sync.installed', { version })),
    serverRolledBack: (server, installed) => i18n.t('sync.serverRolledBack', { server, installed }),
    serverOlder: (server, installed) => i18n.t('sync.serverOlder', { server, installed }),
    alreadyInstalled: (version) => i18n.t('sync.alreadyInstalled', { version }),
    crashed: (url, error) => i18n.t('sync.crashed', { url, error }),
    failed: (reason, version, delay) =>
      version !== null ? i18n.t('sync.failedKeeping', { reason, version, delay }) : i18n.t('sync.failedNothing', { reason, delay }),
    delay: {
      seconds: (n) => i18n.t('sync.seconds', n),
      minutes: (n) => i18n.t('sync.minutes', n),
      hours: (n) => i18n.t('sync.hours', n),
    },
  };
}
