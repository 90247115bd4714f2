import { readFile } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { compilePack } from '../../lib/titles/compile';
import { CoverageCounter, type CoverageReport } from '../../lib/titles/coverage';
import { matchTitle } from '../../lib/titles/match';
import { command } from '../args';
import { readLines, UsageError } from '../io';
import { loadPack } from '../load-pack';

const pct = (share: number) => `${(share * 100).toFixed(1)}%`;

export function formatCoverage(report: CoverageReport): string {
  const lines = [
    `titles: ${report.total}, matched: ${report.matched} (${pct(report.total ? report.matched / report.total : 0)}), unmatched: ${report.unmatched}`,
    '',
  ];
  const width = Math.max(12, ...report.personas.map((r) => r.persona.length)) + 2;
  lines.push(`${'persona'.padEnd(width)}${'kind'.padEnd(11)}${'titles'.padStart(8)}${'share'.padStart(9)}`);
  for (const r of report.personas) {
    lines.push(`${r.persona.padEnd(width)}${r.kind.padEnd(11)}${String(r.count).padStart(8)}${pct(r.share).padStart(9)}`);
    for (const e of r.examples ?? []) lines.push(`${''.padEnd(4)}${String(e.count).padStart(6)}  ${e.title}`);
  }
  lines.push(
    `${'(no match)'.padEnd(width)}${''.padEnd(11)}${String(report.unmatched).padStart(8)}${pct(report.total ? report.unmatched / report.total : 0).padStart(9)}`,
  );
  if (report.topUnmatched.length) {
    lines.push('', 'top unmatched titles:');
    for (const u of report.topUnmatched) lines.push(`${String(u.count).padStart(7)}  ${u.title}  (${u.reasons.join('; ')})`);
  }
  return `${lines.join('\n')}\n`;
}

/** Header cells that name the title column of a CRM or LinkedIn export, in the engine's languages. */
const TITLE_HEADERS = new Set([
  'title',
  'job title',
  'jobtitle',
  'job_title',
  'position',
  'role',
  'headline',
  'occupation',
  'designation',
  'titel',
  'funktion',
  'berufsbezeichnung',
  'poste',
  'fonction',
  'intitulé du poste',
  'cargo',
  'puesto',
  'função',
  'functie',
  'ruolo',
  'qualifica',
  'mansione',
  'befattning',
  'titel/roll',
  'roll',
]);

/**
 * The titles of a CSV export: the column named by `--column` (a header name, or a 1-based
 * number), or the one whose header says "title". The header row is detected (a named column, or
 * a first row whose cell is a header word) and not counted as a title.
 */
export function csvTitles(text: string, column: string | undefined, file: string): string[] {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  const rows = parsed.data;
  if (rows.length === 0) return [];
  const header = rows[0]!.map((c) => c.trim().toLowerCase());
  let index: number;
  let hasHeader: boolean;
  if (column !== undefined && /^\d+$/.test(column)) {
    index = Number(column) - 1;
    if (index < 0 || index >= header.length) throw new UsageError(`${file}: --column ${column} is out of range (the first row has ${header.length} columns)`);
    hasHeader = TITLE_HEADERS.has(header[index]!);
  } else if (column !== undefined) {
    index = header.indexOf(column.trim().toLowerCase());
    if (index < 0) throw new UsageError(`${file}: no column "${column}" in the header row (columns: ${rows[0]!.join(', ')})`);
    hasHeader = true;
  } else {
    index = header.findIndex((h) => TITLE_HEADERS.has(h));
    if (index < 0) throw new UsageError(`${file}: no title column found in the header row (columns: ${rows[0]!.join(', ')}); name it with --column`);
    hasHeader = true;
  }
  return rows.slice(hasHeader ? 1 : 0).map((r) => r[index] ?? '');
}

/** `coverage --pack <file> <titles.txt|export.csv> [--column C] [--examples N] [--json] [--top N]`: share of titles per persona, examples, top unmatched. */
export const coverage = command(
  { pack: { type: 'string' }, top: { type: 'string' }, examples: { type: 'string' }, column: { type: 'string' }, json: { type: 'boolean' } },
  async ({ options, positional }, io) => {
    const packFile = options.pack;
    const titlesFile = positional[0];
    if (typeof packFile !== 'string' || !titlesFile)
      throw new UsageError('coverage needs a pack and a titles file: persona-map coverage --pack pack.json titles.txt [--column "Job Title"] [--examples 5]');
    const pack = await loadPack(packFile, io);
    if (!pack) return 1;
    const compiled = compilePack(pack);
    const counter = new CoverageCounter(compiled.personas.map((p) => ({ id: p.id, pack: p.pack, kind: p.kind })));
    const column = typeof options.column === 'string' ? options.column : undefined;
    if (column !== undefined || /\.csv$/i.test(titlesFile)) {
      if (titlesFile === '-') throw new UsageError('coverage reads a CSV export from a file, not stdin');
      const text = await readFile(resolve(io.cwd, titlesFile), 'utf8');
      for (const title of csvTitles(text, column, titlesFile)) counter.add(matchTitle(title, compiled));
    } else {
      const input = titlesFile === '-' ? io.stdin : createReadStream(resolve(io.cwd, titlesFile));
      await new Promise<void>((ok, fail) => {
        if (input === io.stdin) return ok();
        input.once('open', () => ok());
        input.once('error', fail);
      });
      for await (const line of readLines(input)) counter.add(matchTitle(line, compiled));
    }
    const count = (name: 'top' | 'examples', fallback: number) => {
      const value = typeof options[name] === 'string' ? Number(options[name]) : fallback;
      return Number.isFinite(value) && value >= 0 ? Math.floor(value) : fallback;
    };
    const report = counter.report(count('top', 20) || 20, count('examples', 0));
    io.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatCoverage(report));
    return 0;
  },
);
