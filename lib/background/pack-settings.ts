/**
 * The pack settings in force: enterprise policy (managed storage) merged with the seller's
 * own choices, policy winning. Read fresh each time: policy can change while the browser runs.
 */
import { mergeSettings, parseManagedPolicy, type EffectiveSettings, type PolicyWords } from '../policy/managed';
import type { PersonaMapDb } from '../storage/db';
import { applyPolicySources, listPackSources } from '../sync/sources';

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

export async function effectiveSettings(db: PersonaMapDb, sources: SettingsSources): Promise<EffectiveSettings> {
  const raw = await sources.readManaged().catch(() => null);
  const { policy, problems } = parseManagedPolicy(raw, sources.policyWords);
  const rejected = await applyPolicySources(db, policy?.packUrls ?? []);
  const userUrls = (await listPackSources(db)).filter((s) => s.origin === 'user').map((s) => s.url);
  const userInterval = (await sources.readUserSyncInterval?.()) ?? null;
  const user = { packUrls: userUrls, trustedKeys: await sources.readUserKeys(), ...(userInterval !== null ? { syncIntervalMinutes: userInterval } : {}) };
  return mergeSettings(policy, user, [
    ...problems,
    ...rejected.map((r) => `${r.url}: ${r.reason}`),
  ]);
}
