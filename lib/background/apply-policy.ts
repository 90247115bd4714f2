/**
 * The worker applies enterprise policy, and nothing else does: the policy's pack URLs become the
 * policy sources in Dexie (lib/sync/sources.ts) before the settings in force are read
 * (lib/policy/effective-settings.ts, the pure read the options page uses too).
 */
import type { EffectiveSettings } from '../policy/managed';
import { readEffectiveSettings, readPolicy, type SettingsSources } from '../policy/effective-settings';
import type { PersonaMapDb } from '../storage/db';
import { applyPolicySources } from '../sync/sources';

export async function applyPolicy(db: PersonaMapDb, sources: SettingsSources): Promise<EffectiveSettings> {
  const policy = await readPolicy(sources);
  const rejected = await applyPolicySources(db, policy.policy?.packUrls ?? []);
  const settings = await readEffectiveSettings(db, sources, policy);
  if (rejected.length === 0) return settings;
  return { ...settings, policyProblems: [...settings.policyProblems, ...rejected.map((r) => `${r.url}: ${r.reason}`)] };
}
