/**
 * The packs the extension matches against. On first run the bundled demo pack is installed,
 * so the extension is useful before any admin acts.
 */
import demoPack from '../pack/demo-pack.json';
import type { Pack } from '../pack/schema';
import { validatePack } from '../pack/validate';
import type { PersonaMapDb } from './db';
import { activePacks, installPack } from './pack-store';

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
