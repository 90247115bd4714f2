import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Pack } from '../../../lib/pack/schema';
import { validatePack } from '../../../lib/pack/validate';
import type { PersonaMapDb } from '../../../lib/storage/db';
import { recordPersonaHits, recordUsage, usageCounts } from '../../../lib/storage/usage';
import { exportUsageCsv } from '../../../lib/storage/usage-csv';
import { freshDb, makePack } from '../sync/test-support';

let db: PersonaMapDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

const acme = (): Pack => {
  const checked = validatePack(makePack('1.0.0', { name: 'Acme' }));
  if (!checked.ok) throw new Error('fixture');
  checked.pack.assets[0]!.title = '=HYPERLINK("https://evil.example")';
  return checked.pack;
};

describe('local usage counters', () => {
  it("counts a report's persona hits once per matched contact, in one update per persona", async () => {
    await recordUsage(db, 'persona-hit', 'acme', 'security-gatekeeper', { now: 10 });
    const puts: unknown[] = [];
    db.usage.hook('creating', (key) => void puts.push(key));
    db.usage.hook('updating', (_changes, key) => void puts.push(key));
    await recordPersonaHits(
      db,
      [
        { pack: 'acme', persona: 'security-gatekeeper' },
        { pack: 'acme', persona: 'economic-buyer' },
        { pack: null, persona: null },
        { pack: 'acme', persona: 'security-gatekeeper' },
        { pack: 'acme', persona: 'security-gatekeeper' },
      ],
      { now: 20 },
    );
    const counts = Object.fromEntries((await usageCounts(db)).map((c) => [c.id, [c.count, c.lastAt]]));
    expect(counts).toEqual({ 'security-gatekeeper': [4, 20], 'economic-buyer': [1, 20] });
    expect(puts).toHaveLength(2);
  });

  it('counts events per pack and id, concurrently without losing any', async () => {
    await Promise.all(Array.from({ length: 10 }, (_, i) => recordUsage(db, 'persona-hit', 'acme', 'security-gatekeeper', { now: 1000 + i })));
    await recordUsage(db, 'asset-copied', 'acme', 'soc2-report', { now: 5 });
    await recordUsage(db, 'objection-opened', 'acme', 'soc2', { now: 6 });
    const counts = await usageCounts(db);
    expect(counts.map((c) => [c.key, c.count])).toEqual([
      ['persona-hit:acme:security-gatekeeper', 10],
      ['asset-copied:acme:soc2-report', 1],
      ['objection-opened:acme:soc2', 1],
    ]);
    expect(counts[0]!.lastAt).toBe(1009);
  });

  it('exports CSV with names, and defuses spreadsheet formulas', async () => {
    await recordUsage(db, 'persona-hit', 'acme', 'security-gatekeeper', { now: Date.parse('2026-03-01T10:00:00Z') });
    await recordUsage(db, 'asset-copied', 'acme', 'soc2-report', { now: Date.parse('2026-03-02T10:00:00Z') });
    const csv = await exportUsageCsv(db, [acme()]);
    const rows = Papa.parse<string[]>(csv.trim()).data;
    expect(rows).toEqual([
      ['event', 'pack', 'id', 'persona', 'name', 'count', 'last_at'],
      ['persona-hit', 'acme', 'security-gatekeeper', 'security-gatekeeper', 'Security Gatekeeper', '1', '2026-03-01T10:00:00.000Z'],
      ['asset-copied', 'acme', 'soc2-report', 'security-gatekeeper', `'=HYPERLINK("https://evil.example")`, '1', '2026-03-02T10:00:00.000Z'],
    ]);
    expect(csv).toContain('\r\n');
  });

  it('names the personas an asset serves on its rows: those it lists, or those citing it as proof', async () => {
    const pack = acme();
    pack.personas.push({ ...pack.personas[0]!, id: 'auditor', name: 'Auditor', objections: [] });
    pack.assets.push({ id: 'deck', title: 'Deck', type: 'other', url: 'https://example.com/deck', personas: ['security-gatekeeper', 'auditor'] });
    pack.assets[0] = { ...pack.assets[0]!, personas: undefined };
    await recordUsage(db, 'asset-copied', 'acme', 'soc2-report');
    await recordUsage(db, 'asset-opened', 'acme', 'deck');
    const rows = Papa.parse<Record<string, string>>((await exportUsageCsv(db, [pack])).trim(), { header: true }).data;
    expect(rows.map((r) => [r.event, r.id, r.persona])).toEqual([
      ['asset-copied', 'soc2-report', 'security-gatekeeper'],
      ['asset-opened', 'deck', 'security-gatekeeper; auditor'],
    ]);
  });
});
