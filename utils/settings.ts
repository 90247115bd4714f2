/**
 * The seller's settings, in extension storage so content scripts can read them too (they must
 * not open the extension's IndexedDB). Enterprise policy may lock some (lib/policy).
 */
import { storage } from 'wxt/utils/storage';
import type { RecoveryMirror, RecoveryNotice } from '../lib/storage/recovery';

/**
 * Inline persona chips next to names. LinkedIn's terms forbid inserting elements into its
 * pages and it probes for injected DOM (docs/pages.md), so there it is opt-in.
 */
export const inlineChipsOnLinkedIn = storage.defineItem<boolean>('local:inlineChipsOnLinkedIn', { fallback: false });
export const inlineChipsInCrm = storage.defineItem<boolean>('local:inlineChipsInCrm', { fallback: true });

/** Public keys the seller trusts for pack signatures (enterprise policy may replace them). */
export const userTrustedKeys = storage.defineItem<string[]>('local:trustedKeys', { fallback: [] });

/** What rebuilding a lost IndexedDB needs (lib/storage/recovery.ts), and the notice shown after one. */
export const recoveryMirror = storage.defineItem<RecoveryMirror | null>('local:recoveryMirror', { fallback: null });
export const recoveryNotice = storage.defineItem<RecoveryNotice | null>('local:recoveryNotice', { fallback: null });
/** The seller's sync interval in minutes, when policy does not set one (null: the default). */
export const userSyncIntervalMinutes = storage.defineItem<number | null>('local:syncIntervalMinutes', { fallback: null });
