/**
 * The one rule about which installed packs may be in use, applied by every entry point that
 * changes packs or the settings behind them (install, sync, toggle, rollback, import, a key
 * added or removed, policy read at start-up or changed):
 *
 * - When any trusted key is set (by policy or by the seller), a pack is in use only when the
 *   version in use was signed by one of those keys. A pack installed unsigned before the key
 *   was trusted, or signed by a key no longer trusted, is deactivated with the reason.
 * - When policy names pack URLs, the bundled demo pack is off: the organisation has its own.
 * - Under `lockSettings`, only packs synced from the policy's URLs are in use.
 *
 * A deactivated pack keeps its versions and the seller's own on/off choice; the reason is
 * stored on its prefs (`blocked`) so every reader (the worker's matcher, the side panel, the
 * options page) leaves it out and the options page can say why. It comes back by itself when
 * the rule no longer excludes it (a signed version installs, the key is trusted again).
 */
import { keyId } from '../pack/sign';
import type { InstalledPack, PackPrefs, PersonaMapDb } from '../storage/db';
import type { EffectiveSettings } from './managed';

/** `source` of the bundled demo pack (lib/storage/installed-packs.ts). */
const BUNDLED_SOURCE = 'bundled';

export interface PackRules {
  /** sign.ts key ids of the trusted keys; when any is set, every pack in use must be signed by one. */
  trustedKeyIds: ReadonlySet<string>;
  /** Policy names pack URLs: the bundled demo pack is off. */
  policyNamesPacks: boolean;
  /** lockSettings: only packs synced from these URLs may be in use. */
  lockedToUrls: ReadonlySet<string> | null;
}

export async function packRulesFor(settings: EffectiveSettings, crypto: Crypto = globalThis.crypto): Promise<PackRules> {
  const ids = await Promise.all(settings.trustedKeys.map((key) => keyId(key.value, crypto)));
  const policyUrls = settings.packUrls.filter((url) => url.fromPolicy).map((url) => url.value);
  return {
    // A key that does not parse gets the id `invalid-key`, which signs nothing: it still
    // means "signatures required", so a typo in a key fails closed.
    trustedKeyIds: new Set(ids),
    policyNamesPacks: policyUrls.length > 0,
    lockedToUrls: settings.locked ? new Set(policyUrls) : null,
  };
}

/** Why this version of a pack may not be in use under the rules, or null when it may. */
export function whyExcluded(pack: Pick<InstalledPack, 'version' | 'source' | 'signedBy'>, rules: PackRules): string | null {
  if (pack.source === BUNDLED_SOURCE && rules.policyNamesPacks) return "the demo pack is off: your organisation's policy names its own packs";
  if (rules.lockedToUrls && !rules.lockedToUrls.has(pack.source))
    return `settings are locked by your organisation's policy, and only packs synced from its pack URLs are used (this one came from ${pack.source})`;
  if (rules.trustedKeyIds.size > 0) {
    if (!pack.signedBy)
      return `version ${pack.version} is not signed by a trusted key; while trusted keys are set, only packs signed with one of them are used`;
    if (!rules.trustedKeyIds.has(pack.signedBy))
      return `version ${pack.version} is signed by key ${pack.signedBy}, which is no longer trusted; only packs signed with a trusted key are used`;
  }
  return null;
}

function defaultPrefs(packId: string): PackPrefs {
  return { packId, enabled: true, precedence: Number.MAX_SAFE_INTEGER, skippedVersions: [] };
}

/**
 * Stores the rule's verdict on every installed pack: sets `blocked` (with the reason) where
 * the version in use is excluded, clears it where it no longer is. Returns whether anything
 * changed, so the caller knows to re-match open tabs.
 */
export async function enforcePackRules(db: PersonaMapDb, rules: PackRules): Promise<boolean> {
  return db.transaction('rw', db.packs, db.packPrefs, async () => {
    let changed = false;
    for (const row of await db.packs.where('active').equals(1).toArray()) {
      const reason = whyExcluded(row, rules);
      const prefs = (await db.packPrefs.get(row.packId)) ?? defaultPrefs(row.packId);
      if ((prefs.blocked ?? null) === reason) continue;
      const { blocked: _previous, ...rest } = prefs;
      await db.packPrefs.put(reason ? { ...rest, blocked: reason } : rest);
      changed = true;
    }
    return changed;
  });
}
