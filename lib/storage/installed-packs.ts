/**
 * The packs the extension matches against. On first run the bundled demo pack is installed,
 * so the extension is useful before any admin acts.
 */
import demoPack from '../pack/demo-pack.json';
import type { Pack } from '../pack/schema';
import { validatePack } from '../pack/validate';
import type { PersonaMapDb } from './db';
import { activePacks, installPack, setPackEnabled } from './pack-store';

export const BUNDLED_SOURCE = 'bundled';

export async function ensureBundledPack(db: PersonaMapDb): Promise<void> {
  if ((await db.packs.count()) > 0) return;
  const checked = validatePack(demoPack);
  if (!checked.ok) throw new Error(`The bundled demo pack is invalid: ${checked.problems[0]!.path}: ${checked.problems[0]!.message}`);
  await installPack(db, checked.pack, { source: BUNDLED_SOURCE });
}

/** The version in use of every enabled pack, in precedence order. */
export async function loadActivePacks(db: PersonaMapDb): Promise<Pack[]> {
  return (await activePacks(db)).map((row) => row.pack);
}

/**
 * Once a real pack arrives (synced or imported), the fictitious demo personas only get in the
 * way: turn the bundled pack off, unless the seller has already decided about it themselves.
 * (When policy names pack URLs the trust rule keeps it off at once: lib/policy/pack-rules.ts.)
 */
export async function retireBundledPack(db: PersonaMapDb): Promise<boolean> {
  const rows = await db.packs.where('active').equals(1).toArray();
  const bundled = rows.find((row) => row.source === BUNDLED_SOURCE);
  if (!bundled || !rows.some((row) => row.source !== BUNDLED_SOURCE)) return false;
  const prefs = await db.packPrefs.get(bundled.packId);
  if (prefs?.userToggled || prefs?.enabled === false) return false;
  await setPackEnabled(db, bundled.packId, false, { byUser: false });
  return true;
}
