/**
 * Every change a seller can make to packs, applied by the background worker and nowhere else:
 * the options page sends a `changePacks` message and shows the answer. Here, not in the page,
 * is where enterprise policy is enforced: under `lockSettings` nothing policy decides changes
 * (packs on/off, order, rollback, sources, keys, import), whatever message arrives, and the
 * trust rule (lib/policy/pack-rules.ts) decides what may be turned on or rolled back to.
 * Messages come from extension pages only, but are still checked field by field: a seller
 * can type anything into an extension page's console.
 */
import type { PackChange, PackChangeResult } from '../contracts/pack-change';
import { fromBase64, parsePublicKey } from '../pack/sign';
import { clampInterval, type EffectiveSettings } from '../policy/managed';
import { packRulesFor, whyExcluded } from '../policy/pack-rules';
import type { PersonaMapDb } from '../storage/db';
import { englishRollbackWords, rollback, setPackEnabled, setPackOrder, type RollbackWords } from '../storage/pack-store';
import { englishPackCheckWords, type PackCheckWords } from '../sync/check-pack';
import { importPack } from '../sync/import';
import { englishSourceUrlWords, type SourceUrlWords } from '../sync/source-url';
import { addPackSource, englishSetByPolicy, removePackSource } from '../sync/sources';

export interface PackChangeDeps {
  db: PersonaMapDb;
  settings(): Promise<EffectiveSettings>;
  saveUserKeys(keys: string[]): Promise<void>;
  saveUserSyncInterval(minutes: number | null): Promise<void>;
  crypto?: Crypto;
  /** The answers' sentences in the UI language (utils/pack-change-words.ts); English when absent. */
  words?: PackChangeWords;
}

/**
 * Every sentence an answer can say. The worker passes them in the UI language: this module stays
 * free of extension APIs. Low-level reasons (a storage or import reason, a key's parse error) are
 * passed through verbatim inside the translated sentence.
 */
export interface PackChangeWords {
  unknownChange: string;
  locked: string;
  notInstalled(packId: string): string;
  staysOff(packId: string, reason: string): string;
  switched(packId: string, enabled: boolean): string;
  orderSaved: string;
  rolledBack(packId: string, version: string): string;
  sourceAdded(url: string): string;
  sourceRemoved(id: string): string;
  sourceSetByPolicy(url: string): string;
  keysByPolicy: string;
  notAKey(key: string, reason: string): string;
  keyAdded: string;
  keyRemoved: string;
  keyAlreadyTrusted: string;
  intervalByPolicy: string;
  intervalDefault: string;
  intervalEvery(minutes: number): string;
  importDamaged(fileName: string): string;
  installed(packId: string, version: string): string;
  importRefused(reason: string): string;
  rollback: RollbackWords;
  /** Why a typed pack URL is refused. */
  sourceUrl: SourceUrlWords;
  /** Why an imported file is refused. */
  check: PackCheckWords;
}

export const LOCKED_REASON =
  "your organisation's policy locks these settings (lockSettings): which packs are on, their order, pack URLs, trusted keys, rollback and import are decided by it";

export const englishPackChangeWords: PackChangeWords = {
  unknownChange: 'not a pack change this extension knows',
  locked: LOCKED_REASON,
  notInstalled: (packId) => `no pack "${packId}" is installed`,
  staysOff: (packId, reason) => `${packId} stays off: ${reason}`,
  switched: (packId, enabled) => `${packId} ${enabled ? 'on' : 'off'}`,
  orderSaved: 'order saved',
  rolledBack: (packId, version) => `${packId}: back to ${version}`,
  sourceAdded: (url) => `Added ${url}`,
  sourceRemoved: (id) => `Removed ${id}`,
  sourceSetByPolicy: englishSetByPolicy,
  keysByPolicy: "trusted keys are set by your organisation's policy",
  notAKey: (key, reason) => `not a Persona Map public key (${key}): ${reason}`,
  keyAdded: 'Key added: only packs it signed are used',
  keyRemoved: 'Key removed',
  keyAlreadyTrusted: 'That key is already trusted',
  intervalByPolicy: "the sync interval is set by your organisation's policy",
  intervalDefault: 'Sync interval: the default',
  intervalEvery: (minutes) => `Sync interval: every ${minutes} minutes`,
  importDamaged: (fileName) => `${fileName} did not arrive intact`,
  installed: (packId, version) => `Installed ${packId} ${version}`,
  importRefused: (reason) => `not installed: ${reason}`,
  rollback: englishRollbackWords,
  sourceUrl: englishSourceUrlWords,
  check: englishPackCheckWords,
};

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

/** The change, if the message is a well-formed one; anything else is refused. */
export function readPackChange(input: unknown): PackChange | null {
  if (!input || typeof input !== 'object') return null;
  const c = input as Record<string, unknown>;
  switch (c.kind) {
    case 'enable':
      return isString(c.packId) && typeof c.enabled === 'boolean' ? { kind: 'enable', packId: c.packId, enabled: c.enabled } : null;
    case 'order':
      return isStringList(c.packIds) ? { kind: 'order', packIds: c.packIds } : null;
    case 'rollback':
      return isString(c.packId) ? { kind: 'rollback', packId: c.packId } : null;
    case 'add-source':
      return isString(c.url) ? { kind: 'add-source', url: c.url } : null;
    case 'remove-source':
      return isString(c.id) ? { kind: 'remove-source', id: c.id } : null;
    case 'set-keys':
      return isStringList(c.keys) ? { kind: 'set-keys', keys: c.keys } : null;
    case 'set-sync-interval':
      return c.minutes === null || (typeof c.minutes === 'number' && Number.isFinite(c.minutes))
        ? { kind: 'set-sync-interval', minutes: c.minutes as number | null }
        : null;
    case 'import':
      return isString(c.fileName) && isString(c.base64) && (c.signature === null || isString(c.signature)) && typeof c.force === 'boolean'
        ? { kind: 'import', fileName: c.fileName, base64: c.base64, signature: c.signature as string | null, force: c.force }
        : null;
    default:
      return null;
  }
}

/** Applies one change if policy and the trust rule allow it; the caller re-applies the rule and re-matches tabs after any success. */
export async function applyPackChange(deps: PackChangeDeps, input: unknown): Promise<PackChangeResult> {
  const w = deps.words ?? englishPackChangeWords;
  const change = readPackChange(input);
  if (!change) return { ok: false, reason: w.unknownChange };
  const { db } = deps;
  const settings = await deps.settings();
  const refuse = (reason: string): PackChangeResult => ({ ok: false, reason: `${reason[0]!.toUpperCase()}${reason.slice(1)}` });
  if (settings.locked && change.kind !== 'set-sync-interval') return refuse(w.locked);
  const rules = await packRulesFor(settings, deps.crypto);

  switch (change.kind) {
    case 'enable': {
      const prefs = await db.packPrefs.get(change.packId);
      if (!prefs && !(await db.packs.where('packId').equals(change.packId).count())) return refuse(w.notInstalled(change.packId));
      if (change.enabled && prefs?.blocked) return refuse(w.staysOff(change.packId, prefs.blocked));
      await setPackEnabled(db, change.packId, change.enabled);
      return { ok: true, message: w.switched(change.packId, change.enabled) };
    }
    case 'order':
      await setPackOrder(db, change.packIds);
      return { ok: true, message: w.orderSaved };
    case 'rollback': {
      const result = await rollback(db, change.packId, { refuse: (target) => whyExcluded(target, rules), words: w.rollback });
      return result.ok ? { ok: true, message: w.rolledBack(change.packId, result.to) } : refuse(result.reason);
    }
    case 'add-source': {
      if (!settings.editable.packUrls) return refuse(w.locked);
      const result = await addPackSource(db, change.url, { words: w.sourceUrl });
      return result.ok ? { ok: true, message: w.sourceAdded(result.source.url), sourceId: result.source.id } : refuse(result.reason);
    }
    case 'remove-source': {
      const result = await removePackSource(db, change.id, w.sourceSetByPolicy);
      return result.ok ? { ok: true, message: w.sourceRemoved(change.id) } : refuse(result.reason);
    }
    case 'set-keys': {
      if (!settings.editable.trustedKeys) return refuse(w.keysByPolicy);
      const keys = [...new Set(change.keys.map((k) => k.trim()).filter(Boolean))];
      for (const key of keys) {
        const parsed = parsePublicKey(key);
        if (!parsed.ok) return refuse(w.notAKey(key.slice(0, 40), parsed.reason));
      }
      await deps.saveUserKeys(keys);
      // Said from what changed, not from the count: the options page sends the whole list.
      const before = new Set(settings.trustedKeys.map((k) => k.value.trim()));
      if (keys.some((key) => !before.has(key))) return { ok: true, message: w.keyAdded };
      if (keys.length < before.size) return { ok: true, message: w.keyRemoved };
      return { ok: true, message: w.keyAlreadyTrusted };
    }
    case 'set-sync-interval': {
      if (!settings.editable.syncIntervalMinutes) return refuse(w.intervalByPolicy);
      const minutes = change.minutes === null ? null : clampInterval(change.minutes);
      await deps.saveUserSyncInterval(minutes);
      return { ok: true, message: minutes === null ? w.intervalDefault : w.intervalEvery(minutes) };
    }
    case 'import': {
      const bytes = fromBase64(change.base64);
      if (!bytes) return refuse(w.importDamaged(change.fileName));
      const result = await importPack(db, bytes, {
        fileName: change.fileName,
        signature: change.signature,
        trustedKeys: settings.trustedKeys.map((k) => k.value),
        force: change.force,
        crypto: deps.crypto,
        words: w.check,
      });
      return result.ok ? { ok: true, message: w.installed(result.packId, result.version) } : refuse(w.importRefused(result.reason));
    }
  }
}
