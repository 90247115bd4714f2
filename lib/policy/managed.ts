/**
 * Enterprise policy: what an IT admin can set for every seller through managed storage
 * (`chrome.storage.managed`, declared by the manifest's `storage.managed_schema`), and how it
 * combines with the seller's own settings. Policy wins; every value says where it came from
 * so the options page can show it read-only with "set by your organisation".
 *
 * On Linux, Chromium reads /etc/chromium/policies/managed/*.json:
 * `{"3rdparty": {"extensions": {"<extension id>": {"packUrls": [...], "trustedKeys": [...]}}}}`.
 */
import { parsePublicKey } from '../pack/sign';
import { DEFAULT_SYNC_INTERVAL_MINUTES } from '../sync/backoff';
import { checkSourceUrl } from '../sync/source-url';
import { MAX_SYNC_INTERVAL_MINUTES, MIN_SYNC_INTERVAL_MINUTES } from './limits';
// Type only: the zod schema itself stays out of the service worker (lib/policy/managed-schema.ts).
import type { ManagedPolicy, ManagedPropertySchema, ManagedStorageSchema } from './managed-schema';
import managedSchemaJson from './managed-schema.json';
import policyTypesJson from './managed-types.json';

export { MAX_SYNC_INTERVAL_MINUTES, MIN_SYNC_INTERVAL_MINUTES };
export type { ManagedPolicy };

/**
 * The managed storage schema (Chrome's subset of JSON Schema), generated from the zod schema in
 * lib/policy/managed-schema.ts; the build writes it as the file the manifest's
 * `storage.managed_schema` names (wxt.config.ts).
 */
export const MANAGED_STORAGE_SCHEMA = managedSchemaJson as ManagedStorageSchema;

/** The same properties' types alone (generated with it): the worker's bundle needs no admin texts. */
const POLICY_TYPES = policyTypesJson as ManagedStorageSchema['properties'];

/** Whether a policy value has the type the schema gives it. */
function conforms(value: unknown, schema: ManagedPropertySchema): boolean {
  switch (schema.type) {
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    // A fractional number is rounded (clampInterval), not refused: Chromium checks "integer"
    // itself, Firefox reads managed storage without the schema.
    case 'integer':
      return typeof value === 'number' && Number.isFinite(value);
    case 'array':
      return Array.isArray(value);
  }
}

export interface UserSettings {
  packUrls: string[];
  trustedKeys: string[];
  syncIntervalMinutes?: number;
}

export interface Sourced<T> {
  value: T;
  fromPolicy: boolean;
}

export interface EffectiveSettings {
  packUrls: Sourced<string>[];
  trustedKeys: Sourced<string>[];
  syncIntervalMinutes: Sourced<number>;
  /** A managed policy is present (some value of it reached the extension). */
  managed: boolean;
  /** lockSettings is in force: the seller changes nothing policy decides (lib/background/pack-changes.ts). */
  locked: boolean;
  /** What the seller may change on the options page. */
  editable: { packUrls: boolean; trustedKeys: boolean; syncIntervalMinutes: boolean };
  /** Problems in the policy itself, for the options page and the admin. */
  policyProblems: string[];
}

/** A list the schema types as strings: its string entries, trimmed, empty ones dropped; undefined when it is no list. */
function strings(value: unknown, schema: ManagedPropertySchema): string[] | undefined {
  if (!conforms(value, schema)) return undefined;
  return (value as unknown[])
    .filter((item) => !schema.items || conforms(item, schema.items))
    .map((item) => String(item).trim())
    .filter(Boolean);
}

/**
 * The sentences of a policy problem, shown on the options page. The options page passes them in
 * the UI language (utils/policy-words.ts): this module stays free of extension APIs. The policy's
 * own names and values (lockSettings, "yes") stay verbatim.
 */
export interface PolicyWords {
  packUrlsNotList: string;
  trustedKeysNotList: string;
  intervalNotNumber(value: string): string;
  intervalBelow(minutes: number, min: number): string;
  intervalAbove(minutes: number, max: number): string;
  lockNotBoolean(value: string): string;
}

export const englishPolicyWords: PolicyWords = {
  packUrlsNotList: 'packUrls should be a list of https URLs',
  trustedKeysNotList: 'trustedKeys should be a list of public keys',
  intervalNotNumber: (value) => `syncIntervalMinutes: ${value} is not a number of minutes and was ignored; the seller's setting or the default applies`,
  intervalBelow: (minutes, min) => `syncIntervalMinutes: ${minutes} is below the minimum of ${min} minutes; ${min} is used`,
  intervalAbove: (minutes, max) => `syncIntervalMinutes: ${minutes} is above the maximum of ${max} minutes (a week); ${max} is used`,
  lockNotBoolean: (value) => `lockSettings: ${value} is not true or false; settings stay locked until the policy says true or false`,
};

/**
 * Reads what `chrome.storage.managed.get()` returned. Unusable entries are reported; an
 * unusable trusted key is kept (and will verify nothing), so a typo in the policy fails
 * closed instead of silently turning signature checks off.
 */
export function parseManagedPolicy(raw: unknown, words: PolicyWords = englishPolicyWords): { policy: ManagedPolicy | null; problems: string[] } {
  if (!raw || typeof raw !== 'object' || Object.keys(raw).length === 0) return { policy: null, problems: [] };
  const input = raw as Record<string, unknown>;
  const shape = POLICY_TYPES;
  const problems: string[] = [];
  const policy: ManagedPolicy = {};
  if (input.packUrls !== undefined) {
    const urls = strings(input.packUrls, shape.packUrls);
    if (!urls) problems.push(words.packUrlsNotList);
    else
      policy.packUrls = urls.filter((url) => {
        const checked = checkSourceUrl(url);
        if (!checked.ok) problems.push(`packUrls: ${checked.reason}`);
        return checked.ok;
      });
  }
  if (input.trustedKeys !== undefined) {
    const keys = strings(input.trustedKeys, shape.trustedKeys);
    if (!keys) problems.push(words.trustedKeysNotList);
    else {
      policy.trustedKeys = keys;
      for (const key of keys) {
        const parsed = parsePublicKey(key);
        if (!parsed.ok) problems.push(`trustedKeys: "${key.slice(0, 24)}…" ${parsed.reason}`);
      }
    }
  }
  if (input.syncIntervalMinutes !== undefined) {
    if (!conforms(input.syncIntervalMinutes, shape.syncIntervalMinutes)) problems.push(words.intervalNotNumber(JSON.stringify(input.syncIntervalMinutes)));
    else {
      const minutes = input.syncIntervalMinutes as number;
      policy.syncIntervalMinutes = clampInterval(minutes);
      if (minutes < MIN_SYNC_INTERVAL_MINUTES) problems.push(words.intervalBelow(minutes, MIN_SYNC_INTERVAL_MINUTES));
      else if (minutes > MAX_SYNC_INTERVAL_MINUTES) problems.push(words.intervalAbove(minutes, MAX_SYNC_INTERVAL_MINUTES));
    }
  }
  if (input.lockSettings !== undefined) {
    // An admin who wrote "yes" meant to lock: a value that is not true or false fails closed.
    if (conforms(input.lockSettings, shape.lockSettings)) policy.lockSettings = input.lockSettings as boolean;
    else {
      policy.lockSettings = true;
      problems.push(words.lockNotBoolean(JSON.stringify(input.lockSettings)));
    }
  }
  return { policy, problems };
}

export function clampInterval(minutes: number): number {
  return Math.min(MAX_SYNC_INTERVAL_MINUTES, Math.max(MIN_SYNC_INTERVAL_MINUTES, Math.round(minutes)));
}

/**
 * Policy over user settings:
 * - packUrls: the policy's, then the user's own (unless lockSettings), without duplicates.
 * - trustedKeys: when the policy names keys, only those (the organisation decides whose
 *   signatures count); otherwise the user's (none with lockSettings).
 * - syncIntervalMinutes: the policy's, else the user's, else the default.
 */
export function mergeSettings(policy: ManagedPolicy | null, user: UserSettings, policyProblems: string[] = []): EffectiveSettings {
  const locked = policy?.lockSettings === true;
  const packUrls: Sourced<string>[] = (policy?.packUrls ?? []).map((value) => ({ value, fromPolicy: true }));
  if (!locked)
    for (const url of user.packUrls.map((u) => u.trim()).filter(Boolean))
      if (!packUrls.some((p) => p.value === url)) packUrls.push({ value: url, fromPolicy: false });

  const policyKeys = policy?.trustedKeys?.length ? policy.trustedKeys : null;
  const trustedKeys: Sourced<string>[] = policyKeys
    ? policyKeys.map((value) => ({ value, fromPolicy: true }))
    : locked
      ? []
      : [...new Set(user.trustedKeys.map((k) => k.trim()).filter(Boolean))].map((value) => ({ value, fromPolicy: false }));

  const syncIntervalMinutes: Sourced<number> =
    policy?.syncIntervalMinutes !== undefined
      ? { value: policy.syncIntervalMinutes, fromPolicy: true }
      : { value: user.syncIntervalMinutes !== undefined ? clampInterval(user.syncIntervalMinutes) : DEFAULT_SYNC_INTERVAL_MINUTES, fromPolicy: false };

  return {
    packUrls,
    trustedKeys,
    syncIntervalMinutes,
    managed: policy !== null,
    locked,
    editable: { packUrls: !locked, trustedKeys: !locked && !policyKeys, syncIntervalMinutes: !locked && policy?.syncIntervalMinutes === undefined },
    policyProblems,
  };
}
