/**
 * The sentences of a pack sync's reason (lib/sync/sync-source.ts), shown on the options page, in
 * the UI language from locales/*.yml. Here rather than in lib/, which stays free of extension APIs.
 */
import { i18n } from '#i18n';
import type { PackCheckWords } from '@/lib/sync/check-pack';
import type { FetchWords } from '@/lib/sync/fetch-limited';
import type { SourceUrlWords } from '@/lib/sync/source-url';
import type { SyncWords } from '@/lib/sync/sync-source';
import type { SyncStatus } from '@/lib/storage/db';
import { sayIn } from '@/lib/said';

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
    fetch: fetchWords(),
    sourceUrl: sourceUrlWords(),
    check: packCheckWords(),
  };
}

/** Why a download failed (lib/sync/fetch-limited.ts). */
export function fetchWords(): FetchWords {
  return {
    timeout: (url, duration) => i18n.t('fetch.timeout', { url, duration }),
    seconds: (n) => i18n.t('sync.seconds', n),
    cors: (url) => i18n.t('fetch.cors', { url }),
    network: (url, message) => i18n.t('fetch.network', { url, message }),
    opaqueRedirect: (url) => i18n.t('fetch.opaqueRedirect', { url }),
    redirectWithoutLocation: (url, status) => i18n.t('fetch.redirectWithoutLocation', { url, status: String(status) }),
    insecureRedirect: (url, target) => i18n.t('fetch.insecureRedirect', { url, target }),
    tooManyRedirects: (url, max, target) => i18n.t('fetch.tooManyRedirects', { url, max: String(max), target }),
    http: (url, status, statusText) => i18n.t('fetch.http', { url, status: statusText ? `${status} ${statusText}` : String(status) }),
    tooLarge: (url, limit, detail) => i18n.t('fetch.tooLarge', { url, limit, detail }),
    announced: (size) => i18n.t('fetch.announced', { size }),
    stoppedAfter: (size) => i18n.t('fetch.stoppedAfter', { size }),
    brokeOff: (url, received, declared, message) =>
      declared !== null
        ? i18n.t('fetch.brokeOffOf', { url, received: String(received), declared: String(declared), message: message || i18n.t('fetch.connectionLost') })
        : i18n.t('fetch.brokeOff', { url, received: String(received), message: message || i18n.t('fetch.connectionLost') }),
    incomplete: (url, received, declared) => i18n.t('fetch.incomplete', { url, received: String(received), declared: String(declared) }),
  };
}

/** Why a pack URL is refused (lib/sync/source-url.ts). */
export function sourceUrlWords(): SourceUrlWords {
  return {
    notAUrl: (text) => i18n.t('sourceUrl.notAUrl', { text }),
    credentials: (origin) => i18n.t('sourceUrl.credentials', { origin }),
    plainHttp: (url, httpsUrl) => i18n.t('sourceUrl.plainHttp', { url, httpsUrl }),
    notHttps: (url, protocol) => i18n.t('sourceUrl.notHttps', { url, protocol }),
  };
}

/** Why a downloaded or imported pack is refused (lib/sync/check-pack.ts). */
export function packCheckWords(): PackCheckWords {
  return {
    unreadable: (where, problem) => i18n.t('packCheck.unreadable', { where, problem }),
    unsigned: (where, because) => (because ? i18n.t('packCheck.unsignedBecause', { where, because }) : i18n.t('packCheck.unsigned', { where })),
    signatureFailed: (where, reason) => i18n.t('packCheck.signatureFailed', { where, reason }),
    invalid: (where) => i18n.t('packCheck.invalid', { where }),
    invalidAt: (where, path, message, more) =>
      more > 0 ? i18n.t('packCheck.invalidAtMore', more, { where, path, message }) : i18n.t('packCheck.invalidAt', { where, path, message }),
    noSignatureChosen: (fileName) => i18n.t('packCheck.noSignatureChosen', { fileName }),
  };
}

/**
 * A stored sync result's reason in the UI language now, whatever language the sync had. A result
 * stored before reasons were recorded, or naming a sentence this version lacks, shows its text.
 */
export function storedSyncReason(status: Pick<SyncStatus, 'reason' | 'said'>): string {
  return (status.said && sayIn(status.said, syncWords())) || status.reason;
}
