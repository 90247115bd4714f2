/**
 * The usage counters as CSV, for the seller to hand to their admin (the options page's export).
 * Apart from ./usage.ts so that the service worker, which only counts, does not load papaparse (./csv.ts).
 */
import type { Pack } from '../pack/schema';
import type { UsageCount, PersonaMapDb } from './db';
import { toCsv } from './csv';
import { describeTarget, USAGE_EVENTS, usageCounts } from './usage';

const USAGE_CSV_COLUMNS = ['event', 'pack', 'id', 'persona', 'name', 'count', 'last_at'] as const;

/**
 * The counters as CSV (UTF-8, header row, CRLF as spreadsheets expect). `packs` lets rows
 * carry the persona (for assets, the personas it serves) and the persona name, objection text
 * or asset title; ids alone work without it.
 */
export function usageToCsv(rows: readonly UsageCount[], packs: readonly Pack[] = []): string {
  const byId = new Map(packs.map((p) => [p.id, p]));
  const data = rows.map((row) => {
    const { persona, name } = describeTarget(row, byId);
    return [row.event, row.packId, row.id, persona, name, row.count, new Date(row.lastAt).toISOString()];
  });
  // Pack names and titles are admin-authored but still not ours: every cell is guarded against formulas.
  return toCsv(USAGE_CSV_COLUMNS, data);
}

export async function exportUsageCsv(db: PersonaMapDb, packs: readonly Pack[] = []): Promise<string> {
  // Grouped as an admin reads them: by event, then pack, most used first.
  const rows = (await usageCounts(db)).sort(
    (a, b) =>
      USAGE_EVENTS.indexOf(a.event) - USAGE_EVENTS.indexOf(b.event) || a.packId.localeCompare(b.packId) || b.count - a.count || a.id.localeCompare(b.id),
  );
  return usageToCsv(rows, packs);
}
