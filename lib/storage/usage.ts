/**
 * Local usage counters (Dexie `usage` table): persona hits, objections opened, assets copied
 * and opened, per pack and id. They stay in this browser: nothing here sends them anywhere;
 * the seller may export them as CSV (./usage-csv.ts) and hand them to their admin.
 *
 * Key format `${event}:${packId}:${id}` (shared with the side panel's writer). For
 * `objection-opened` the id is the objection id; for `persona-hit` the persona id; for the
 * asset events the asset id.
 */
import type { Pack } from '../pack/schema';
import type { PersonaMapDb, UsageCount } from './db';

export type UsageEvent = UsageCount['event'];
export const USAGE_EVENTS: readonly UsageEvent[] = ['persona-hit', 'objection-opened', 'asset-copied', 'asset-opened'];

const usageKey = (event: UsageEvent, packId: string, id: string) => `${event}:${packId}:${id}`;

/** Adds one (or `by`) to a counter; read and write in one transaction so counts never drop. */
export async function recordUsage(db: PersonaMapDb, event: UsageEvent, packId: string, id: string, options: { now?: number; by?: number } = {}): Promise<void> {
  const key = usageKey(event, packId, id);
  const at = options.now ?? Date.now();
  await db.transaction('rw', db.usage, async () => {
    const row = await db.usage.get(key);
    await db.usage.put({ key, event, packId, id, count: (row?.count ?? 0) + (options.by ?? 1), lastAt: Math.max(at, row?.lastAt ?? 0) });
  });
}

/**
 * One persona hit per matched contact of a report, as one counter update per persona: a list
 * page reports dozens of contacts at once, and a transaction per contact kept the worker busy
 * long after the page was read (1,000 transactions for a 1,000-card list).
 */
export async function recordPersonaHits(
  db: PersonaMapDb,
  matches: ReadonlyArray<{ pack: string | null; persona: string | null }>,
  options: { now?: number } = {},
): Promise<void> {
  const hits = new Map<string, { pack: string; persona: string; by: number }>();
  for (const { pack, persona } of matches) {
    if (!pack || !persona) continue;
    const key = usageKey('persona-hit', pack, persona);
    const hit = hits.get(key);
    if (hit) hit.by++;
    else hits.set(key, { pack, persona, by: 1 });
  }
  await Promise.all([...hits.values()].map(({ pack, persona, by }) => recordUsage(db, 'persona-hit', pack, persona, { ...options, by })));
}

/** Every counter, optionally of one pack, most used first. */
export async function usageCounts(db: PersonaMapDb, filter: { packId?: string; event?: UsageEvent } = {}): Promise<UsageCount[]> {
  const rows = filter.packId ? await db.usage.where('packId').equals(filter.packId).toArray() : await db.usage.toArray();
  return rows.filter((r) => !filter.event || r.event === filter.event).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** What a counter is about: the persona it belongs to and the name a person reads. */
export function describeTarget(row: UsageCount, packs: Map<string, Pack>): { persona: string; name: string } {
  const pack = packs.get(row.packId);
  if (!pack) return { persona: '', name: '' };
  if (row.event === 'persona-hit') {
    const persona = pack.personas.find((p) => p.id === row.id);
    return { persona: row.id, name: persona?.name ?? '' };
  }
  if (row.event === 'objection-opened') {
    const persona = pack.personas.find((p) => p.objections?.some((o) => o.id === row.id));
    return { persona: persona?.id ?? '', name: persona?.objections?.find((o) => o.id === row.id)?.text ?? '' };
  }
  const asset = pack.assets.find((a) => a.id === row.id);
  return { persona: assetPersonas(pack, row.id, asset?.personas).join('; '), name: asset?.title ?? '' };
}

/**
 * Who an asset serves, for its usage rows: the personas it names, or else those whose
 * objections or competitors cite it as proof. A counter is kept per asset (the panel records no
 * persona with a copy), so several personas are listed, `;`-separated as in the pack's CSV form.
 */
function assetPersonas(pack: Pack, assetId: string, named: readonly string[] | undefined): string[] {
  if (named?.length) return [...named];
  return pack.personas
    .filter((p) => p.objections?.some((o) => o.proof?.includes(assetId)) || p.competitors?.some((c) => c.proof?.includes(assetId)))
    .map((p) => p.id);
}
