import { createReadStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { renderReport } from '../../lib/report/persona-map';
import { compilePack } from '../../lib/titles/compile';
import { matchTitle } from '../../lib/titles/match';
import { command } from '../args';
import { readLines, UsageError } from '../io';
import { loadPack } from '../load-pack';

/**
 * `report <pack> -o map.html [--titles titles.txt]`: the whole persona map as one printable HTML
 * page, gaps flagged; with a titles file (one per line, e.g. a CRM export's title column) each
 * persona lists the titles it matches.
 */
export const report = command(
  { out: { type: 'string', short: 'o' }, titles: { type: 'string' }, today: { type: 'string' } },
  async ({ options, positional }, io) => {
    const file = positional[0];
    const out = options.out;
    if (!file || typeof out !== 'string') throw new UsageError('report needs a pack and an output file: persona-map report pack.json -o map.html');
    const pack = await loadPack(file, io);
    if (!pack) return 1;

    let matchedTitles: Map<string, Array<[string, number]>> | undefined;
    let titleCounts: { total: number; unmatched: number } | undefined;
    if (typeof options.titles === 'string') {
      const compiled = compilePack(pack);
      const byPersona = new Map<string, Map<string, number>>();
      titleCounts = { total: 0, unmatched: 0 };
      const input = createReadStream(resolve(io.cwd, options.titles));
      await new Promise<void>((ok, fail) => input.once('open', () => ok()).once('error', fail));
      for await (const line of readLines(input)) {
        const title = line.trim();
        if (!title) continue;
        titleCounts.total++;
        const { persona } = matchTitle(title, compiled);
        if (!persona) {
          titleCounts.unmatched++;
          continue;
        }
        const counts = byPersona.get(persona) ?? new Map<string, number>();
        counts.set(title, (counts.get(title) ?? 0) + 1);
        byPersona.set(persona, counts);
      }
      matchedTitles = new Map([...byPersona].map(([id, counts]) => [id, [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))]));
    }
    const today = typeof options.today === 'string' ? options.today : new Date().toISOString().slice(0, 10);
    const target = resolve(io.cwd, out);
    await writeFile(target, renderReport(pack, { today, matchedTitles, titleCounts }));
    io.stdout.write(`${out}: persona map of ${pack.name} ${pack.version} (${pack.personas.length} personas)\n`);
    return 0;
  },
);
