/**
 * The pack settings in force: enterprise policy (managed storage) merged with the seller's own
 * choices, policy winning. A pure read (it writes nothing), so the options page can show it; only
 * the worker applies policy (lib/background/apply-policy.ts). Read fresh each time: policy can
 * change while the browser runs.
 */
import type { PersonaMapDb } from '../storage/db';
import { listPackSources } from '../sync/sources';
import { mergeSettings, parseManagedPolicy, type EffectiveSettings, type PolicyWords } from './managed';

export interface SettingsSources {
  /** `browser.storage.managed.get()`; rejects where the browser has no managed storage. */
  readManaged(): Promise<unknown>;
  /** The seller's own trusted keys (extension storage). */
  readUserKeys(): Promise<string[]>;
  /** The seller's own sync interval in minutes, or null for the default. */
  readUserSyncInterval?(): Promise<number | null>;
  /** The policy problems' sentences in the UI language; English when absent. */
  policyWords?: PolicyWords;
}

export type ReadPolicy = ReturnType<typeof parseManagedPolicy>;

/** The managed policy as it is now, with its problems. */
export async function readPolicy(sources: SettingsSources): Promise<ReadPolicy> {
  const raw = await sources.readManaged().catch(() => null);
  return parseManagedPolicy(raw, sources.policyWords);
}

/** `policy`: the policy already read (the worker reads it once to apply it, then this). */
export async function readEffectiveSettings(db: PersonaMapDb, sources: SettingsSources, policy?: ReadPolicy): Promise<EffectiveSettings> {
  const { policy: managed, problems } = policy ?? (await readPolicy(sources));
  const userUrls = (await listPackSources(db)).filter((s) => s.origin === 'user').map((s) => s.url);
  const userInterval = (await sources.readUserSyncInterval?.()) ?? null;
  const user = { packUrls: userUrls, trustedKeys: await sources.readUserKeys(), ...(userInterval !== null ? { syncIntervalMinutes: userInterval } : {}) };
  return mergeSettings(managed, user, problems);
}
