/**
 * The policy problems (lib/policy/managed.ts) the options page shows, in the UI language from
 * locales/*.yml. Here rather than in lib/, which stays free of extension APIs.
 */
import { i18n } from '#i18n';
import type { PolicyWords } from '@/lib/policy/managed';

export function policyWords(): PolicyWords {
  return {
    packUrlsNotList: i18n.t('policy.packUrlsNotList'),
    trustedKeysNotList: i18n.t('policy.trustedKeysNotList'),
    intervalNotNumber: (value) => i18n.t('policy.intervalNotNumber', { value }),
    intervalBelow: (minutes, min) => i18n.t('policy.intervalBelow', { minutes: String(minutes), min: String(min) }),
    intervalAbove: (minutes, max) => i18n.t('policy.intervalAbove', { minutes: String(minutes), max: String(max) }),
    lockNotBoolean: (value) => i18n.t('policy.lockNotBoolean', { value }),
  };
}
