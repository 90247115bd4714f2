/**
 * The inline-chip settings as plain data, which content scripts read straight from
 * `storage.local`. WXT's storage module (items, locks, migrations, watchers) was a sixth of the
 * content script's code and some of its start-up on every LinkedIn page, for two booleans read
 * once a report comes back. The options page edits them as storage items (utils/settings.ts),
 * stored under these same keys.
 */
import { browser } from 'wxt/browser';

export interface InlineChipSetting {
  readonly key: 'inlineChipsOnLinkedIn' | 'inlineChipsInCrm';
  readonly fallback: boolean;
}

/** LinkedIn's terms forbid inserting elements into its pages and it probes for injected DOM (docs/pages.md): opt-in there. */
export const INLINE_CHIPS_ON_LINKEDIN: InlineChipSetting = { key: 'inlineChipsOnLinkedIn', fallback: false };
export const INLINE_CHIPS_IN_CRM: InlineChipSetting = { key: 'inlineChipsInCrm', fallback: true };

/** The setting's value, or its fallback when the seller never set it. */
export async function inlineChipsEnabled(setting: InlineChipSetting): Promise<boolean> {
  const stored: unknown = (await browser.storage.local.get(setting.key))[setting.key];
  return typeof stored === 'boolean' ? stored : setting.fallback;
}
