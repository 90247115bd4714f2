/**
 * The packs the extension matches against. On first run the bundled demo pack is installed,
 * so the extension is useful before any admin acts.
 */
import demoPack from '../pack/demo-pack.json';
import type { Pack } from '../pack/schema';
import { validatePack } from '../pack/validate';
import type { PersonaMapDb } from './db';

export const BUNDLED_SOURCE = 'bundled';

export async function ensureBundledPack(db: PersonaMapDb): Promise<void> {
  if ((await db.packs.count()) > 0) return;
  const checked = validatePack(demoPack);
  if (!checked.ok) throw new Error(`The bundled demo pack is invalid: ${checked.problems[0]!.path}: ${checked.problems[0]!.message}`);
  const { pack } = checked;
  await db.packs.put({
    key: `${pack.id}@${pack.version}`,
    packId: pack.id,
    version: pack.version,
    pack,
    installedAt: Date.now(),
    source: BUNDLED_SOURCE,
    active: 1,
  });
}

export async function loadActivePacks(db: PersonaMapDb): Promise<Pack[]> {
  const rows = await db.packs.where('active').equals(1).sortBy('installedAt');
  return rows.map((row) => row.pack);
}
