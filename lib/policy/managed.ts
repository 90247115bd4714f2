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

export const MIN_SYNC_INTERVAL_MINUTES = 15;
export const MAX_SYNC_INTERVAL_MINUTES = 7 * 24 * 60;

/**
 * The managed storage schema (Chrome's subset of JSON Schema: type, title, description,
 * properties, items, minimum, maximum). Write it as the file named by the manifest's
 * `storage.managed_schema`.
 */
export const MANAGED_STORAGE_SCHEMA = {
  type: 'object',
  properties: {
    packUrls: {
      title: 'Persona pack URLs',
      description: 'https URLs of the persona packs every seller syncs (an org pack and team packs). Sellers cannot remove them.',
      type: 'array',
      items: { type: 'string' },
    },
    trustedKeys: {
      title: 'Trusted pack signing keys',
      description:
        'Public keys (the one line in a .pub file from "persona-map keygen") whose signatures make a pack installable. When set, unsigned packs and packs signed with other keys are refused, and sellers cannot add keys.',
      type: 'array',
      items: { type: 'string' },
    },
    syncIntervalMinutes: {
      title: 'Sync interval (minutes)',
      description: `How often packs are checked for a new version (${MIN_SYNC_INTERVAL_MINUTES} to ${MAX_SYNC_INTERVAL_MINUTES}; default ${DEFAULT_SYNC_INTERVAL_MINUTES}).`,
      type: 'integer',
      minimum: MIN_SYNC_INTERVAL_MINUTES,
      maximum: MAX_SYNC_INTERVAL_MINUTES,
    },
    lockSettings: {
      title: 'Lock pack settings',
      description: 'When true, sellers cannot add their own pack URLs or keys: only the packs set here are synced.',
      type: 'boolean',
    },
  },
} as const;

export interface ManagedPolicy {
  packUrls?: string[];
  trustedKeys?: string[];
  syncIntervalMinutes?: number;
  lockSettings?: boolean;
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
  /** What the seller may change on the options page. */
  editable: { packUrls: boolean; trustedKeys: boolean; syncIntervalMinutes: boolean };
  /** Problems in the policy itself, for the options page and the admin. */
  policyProblems: string[];
}

const strings = (value: unknown): string[] | undefined =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').map((v) => v.trim()).filter(Boolean) : undefined;

/**
 * Reads what `chrome.storage.managed.get()` returned. Unusable entries are reported; an
 * unusable trusted key is kept (and will verify nothing), so a typo in the policy fails
 * closed instead of silently turning signature checks off.
 */
export function parseManagedPolicy(raw: unknown): { policy: ManagedPolicy | null; problems: string[] } {
  if (!raw || typeof raw !== 'object' || Object.keys(raw).length === 0) return { policy: null, problems: [] };
  const input = raw as Record<string, unknown>;
  const problems: string[] = [];
  const policy: ManagedPolicy = {};
  if (input.packUrls !== undefined) {
    const urls = strings(input.packUrls);
    if (!urls) problems.push('packUrls should be a list of https URLs');
    else
      policy.packUrls = urls.filter((url) => {
        const checked = checkSourceUrl(url);
        if (!checked.ok) problems.push(`packUrls: ${checked.reason}`);
        return checked.ok;
      });
  }
  if (input.trustedKeys !== undefined) {
    const keys = strings(input.trustedKeys);
    if (!keys) problems.push('trustedKeys should be a list of public keys');
    else {
      policy.trustedKeys = keys;
      for (const key of keys) {
        const parsed = parsePublicKey(key);
        if (!parsed.ok) problems.push(`trustedKeys: "${key.slice(0, 24)}…" ${parsed.reason}`);
      }
    }
  }
  if (input.syncIntervalMinutes !== undefined) {
    const minutes = input.syncIntervalMinutes;
    if (typeof minutes !== 'number' || !Number.isFinite(minutes)) problems.push('syncIntervalMinutes should be a number of minutes');
    else policy.syncIntervalMinutes = clampInterval(minutes);
  }
  if (input.lockSettings !== undefined) {
    if (typeof input.lockSettings !== 'boolean') problems.push('lockSettings should be true or false');
    else policy.lockSettings = input.lockSettings;
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
    editable: { packUrls: !locked, trustedKeys: !locked && !policyKeys, syncIntervalMinutes: !locked && policy?.syncIntervalMinutes === undefined },
    policyProblems,
  };
}
