/**
 * The URLs packs sync from (Dexie `packSources`): added by the user on the options page, or
 * by enterprise policy (lib/policy/managed.ts), which the user cannot remove.
 */
import type { PackSource, PersonaMapDb } from '../storage/db';
import { checkSourceUrl, type SourceUrlWords } from './source-url';

export type AddSourceResult = { ok: true; source: PackSource; added: boolean } | { ok: false; reason: string };

export function newSource(url: string, origin: PackSource['origin'], now: number): PackSource {
  return { id: url, url, origin, packId: null, addedAt: now, etag: null, lastResult: null, lastSuccessAt: null, failures: 0, nextAttemptAt: now };
}

/** Adds a source, due for sync at once. Adding a URL twice returns the existing source. */
export async function addPackSource(
  db: PersonaMapDb,
  input: string,
  options: { origin?: PackSource['origin']; now?: number; words?: SourceUrlWords } = {},
): Promise<AddSourceResult> {
  const checked = checkSourceUrl(input, options.words);
  if (!checked.ok) return checked;
  const origin = options.origin ?? 'user';
  return db.transaction('rw', db.packSources, async (): Promise<AddSourceResult> => {
    const existing = await db.packSources.get(checked.url);
    if (existing) {
      if (origin === 'policy' && existing.origin !== 'policy') {
        await db.packSources.update(existing.id, { origin });
        return { ok: true, source: { ...existing, origin }, added: false };
      }
      return { ok: true, source: existing, added: false };
    }
    const source = newSource(checked.url, origin, options.now ?? Date.now());
    await db.packSources.put(source);
    return { ok: true, source, added: true };
  });
}

export const englishSetByPolicy = (url: string) => `${url} is set by your organisation's policy and cannot be removed here`;

/**
 * Stops syncing a URL. The pack it installed stays installed (uninstall it separately).
 * `setByPolicy` says the refusal in the UI language (lib/background/pack-changes.ts passes it).
 */
export async function removePackSource(
  db: PersonaMapDb,
  id: string,
  setByPolicy: (url: string) => string = englishSetByPolicy,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  const source = await db.packSources.get(id);
  if (!source) return { ok: true };
  if (source.origin === 'policy') return { ok: false, reason: setByPolicy(source.url) };
  await db.packSources.delete(id);
  return { ok: true };
}

export function listPackSources(db: PersonaMapDb): Promise<PackSource[]> {
  return db.packSources
    .orderBy('id')
    .toArray()
    .then((rows) => rows.sort((a, b) => a.addedAt - b.addedAt));
}

/**
 * Makes the policy's pack URLs the policy sources: adds missing ones, marks user sources
 * the policy now names, and drops policy sources the policy no longer lists. Returns the
 * URLs the policy named that are not acceptable, with reasons.
 */
export async function applyPolicySources(
  db: PersonaMapDb,
  urls: readonly string[],
  options: { now?: number } = {},
): Promise<{ url: string; reason: string }[]> {
  const rejected: { url: string; reason: string }[] = [];
  const wanted = new Set<string>();
  for (const url of urls) {
    const checked = checkSourceUrl(url);
    if (checked.ok) wanted.add(checked.url);
    else rejected.push({ url, reason: checked.reason });
  }
  await db.transaction('rw', db.packSources, async () => {
    for (const source of await db.packSources
      .where('id')
      .noneOf([...wanted])
      .toArray())
      if (source.origin === 'policy') await db.packSources.delete(source.id);
    for (const url of wanted) {
      const existing = await db.packSources.get(url);
      if (!existing) await db.packSources.put(newSource(url, 'policy', options.now ?? Date.now()));
      else if (existing.origin !== 'policy') await db.packSources.update(url, { origin: 'policy' });
    }
  });
  return rejected;
}

/** The sources whose next attempt is due (under lockSettings only the policy's). */
export async function dueSources(db: PersonaMapDb, now: number, policySourcesOnly = false): Promise<PackSource[]> {
  const due = await db.packSources.where('nextAttemptAt').belowOrEqual(now).toArray();
  return due.filter((source) => !policySourcesOnly || source.origin === 'policy');
}
