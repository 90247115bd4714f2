/**
 * The seller's settings, in extension storage so content scripts can read them too (they must
 * not open the extension's IndexedDB). Enterprise policy may lock some (lib/policy).
 */
import { storage } from 'wxt/utils/storage';
import type { RecoveryMirror, RecoveryNotice } from '../lib/storage/recovery';
import { INLINE_CHIPS_IN_CRM, INLINE_CHIPS_ON_LINKEDIN } from './inline-chip-settings';

/** Inline persona chips next to names (content scripts read them without this module: utils/inline-chip-settings.ts). */
export const inlineChipsOnLinkedIn = storage.defineItem<boolean>(`local:${INLINE_CHIPS_ON_LINKEDIN.key}`, { fallback: INLINE_CHIPS_ON_LINKEDIN.fallback });
export const inlineChipsInCrm = storage.defineItem<boolean>(`local:${INLINE_CHIPS_IN_CRM.key}`, { fallback: INLINE_CHIPS_IN_CRM.fallback });

/** Public keys the seller trusts for pack signatures (enterprise policy may replace them). */
export const userTrustedKeys = storage.defineItem<string[]>('local:trustedKeys', { fallback: [] });

/** What rebuilding a lost IndexedDB needs (lib/storage/recovery.ts), and the notice shown after one. */
export const recoveryMirror = storage.defineItem<RecoveryMirror | null>('local:recoveryMirror', { fallback: null });
export const recoveryNotice = storage.defineItem<RecoveryNotice | null>('local:recoveryNotice', { fallback: null });
/** The seller's sync interval in minutes, when policy does not set one (null: the default). */
export const userSyncIntervalMinutes = storage.defineItem<number | null>('local:syncIntervalMinutes', { fallback: null });
