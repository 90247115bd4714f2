/**
 * `npm run bench`: runs every bench module listed here and prints its tables.
 * To add a bench, write a module exporting `bench: BenchModule` and add it to BENCHES.
 */
import { BrowserMissing } from '../e2e/find-browser';
import { bench as browser } from './browser';
import { bench as coldStart } from './cold-start';
import { bench as content } from './content';
import { bench as loadDelay } from './load-delay';
import { bench as pages } from './pages';
import { bench as search } from './search';
import { bench as skeleton } from './skeleton';
import { bench as titles } from './titles';

export interface BenchTable {
  title: string;
  columns: string[];
  rows: (string | number)[][];
  notes?: string[];
}

export interface BenchModule {
  name: string;
  run(): Promise<BenchTable[]>;
}

const BENCHES: BenchModule[] = [titles, search, content, pages, browser, skeleton, coldStart, loadDelay];

export function formatTable(table: BenchTable): string {
  const cells = [table.columns, ...table.rows.map((r) => r.map(String))];
  const widths = table.columns.map((_c, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const out = [table.title, line(table.columns), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)];
  for (const note of table.notes ?? []) out.push(`  ${note}`);
  return out.join('\n');
}

const only = process.argv.slice(2);
try {
  for (const b of BENCHES) {
    if (only.length && !only.includes(b.name)) continue;
    console.log(`\n== ${b.name} ==\n`);
    for (const table of await b.run()) console.log(`${formatTable(table)}\n`);
  }
} catch (error) {
  // No browser for the browser bench: its one sentence, not a stack trace.
  if (!(error instanceof BrowserMissing)) throw error;
  console.error(error.message);
  process.exit(1);
}
