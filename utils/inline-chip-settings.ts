/**
 * The inline-chip settings as plain data, which the worker reads straight from `storage.local`
 * before it answers a content script's report with hints (none where chips are off): content
 * scripts never touch storage, whose first use was a fraction of a millisecond on every page.
 * The options page edits them as storage items (utils/settings.ts), stored under these same keys.
 */
import { browser } from 'wxt/browser';

export interface InlineChipSetting {
  readonly key: 'inlineChipsOnLinkedIn' | 'inlineChipsInCrm';
  readonly fallback: boolean;
}

/** LinkedIn's terms forbid inserting elements into its pages and it probes for injected DOM (docs/pages.md): opt-in there. */
export const INLINE_CHIPS_ON_LINKEDIN: InlineChipSetting = { key: 'inlineChipsOnLinkedIn', fallback: false };
export const INLINE_CHIPS_IN_CRM: InlineChipSetting = { key: 'inlineChipsInCrm', fallback: true };

/** The setting for a page: LinkedIn's for the pages the built-in script reads there, the CRMs' for every other (custom sites too). */
export const inlineChipSettingFor = (pageUrl: URL): InlineChipSetting =>
  pageUrl.hostname === 'www.linkedin.com' ? INLINE_CHIPS_ON_LINKEDIN : INLINE_CHIPS_IN_CRM;

/** The setting's value, or its fallback when the seller never set it. */
export async function inlineChipsEnabled(setting: InlineChipSetting): Promise<boolean> {
  const stored: unknown = (await browser.storage.local.get(setting.key))[setting.key];
  return typeof stored === 'boolean' ? stored : setting.fallback;
}
