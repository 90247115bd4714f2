import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { compilePack } from '../../titles/compile';
import { CoverageCounter, type CoverageReport } from '../../titles/coverage';
import { matchTitle } from '../../titles/match';
import { parseArgs, readLines, UsageError, type Command } from '../io';
import { loadPack } from './match';

const pct = (share: number) => `${(share * 100).toFixed(1)}%`;

export function formatCoverage(report: CoverageReport): string {
  const lines = [`titles: ${report.total}, matched: ${report.matched} (${pct(report.total ? report.matched / report.total : 0)}), unmatched: ${report.unmatched}`, ''];
  const width = Math.max(12, ...report.personas.map((r) => r.persona.length)) + 2;
  lines.push(`${'persona'.padEnd(width)}${'kind'.padEnd(11)}${'titles'.padStart(8)}${'share'.padStart(9)}`);
  for (const r of report.personas) lines.push(`${r.persona.padEnd(width)}${r.kind.padEnd(11)}${String(r.count).padStart(8)}${pct(r.share).padStart(9)}`);
  lines.push(`${'(no match)'.padEnd(width)}${''.padEnd(11)}${String(report.unmatched).padStart(8)}${pct(report.total ? report.unmatched / report.total : 0).padStart(9)}`);
  if (report.topUnmatched.length) {
    lines.push('', 'top unmatched titles:');
    for (const u of report.topUnmatched) lines.push(`${String(u.count).padStart(7)}  ${u.title}  (${u.reasons.join('; ')})`);
  }
  return lines.join('\n') + '\n';
}

/** `coverage --pack <file> <titles.txt> [--json] [--top N]`: share of titles per persona, top unmatched titles. */
export const coverage: Command = async (args, io) => {
  const { options, positional } = parseArgs(args, ['pack', 'top']);
  const packFile = options.pack;
  const titlesFile = positional[0];
  if (typeof packFile !== 'string' || !titlesFile)
    throw new UsageError('coverage needs a pack and a titles file: persona-map coverage --pack pack.json titles.txt');
  const pack = await loadPack(packFile, io);
  if (!pack) return 1;
  const compiled = compilePack(pack);
  const counter = new CoverageCounter(compiled.personas.map((p) => ({ id: p.id, pack: p.pack, kind: p.kind })));
  const input = titlesFile === '-' ? io.stdin : createReadStream(resolve(io.cwd, titlesFile));
  const opened = new Promise<void>((ok, fail) => {
    if (input === io.stdin) return ok();
    input.once('open', () => ok());
    input.once('error', fail);
  });
  await opened;
  for await (const line of readLines(input)) counter.add(matchTitle(line, compiled));
  const top = typeof options.top === 'string' ? Number(options.top) : 20;
  const report = counter.report(Number.isFinite(top) && top > 0 ? top : 20);
  io.stdout.write(options.json ? JSON.stringify(report, null, 2) + '\n' : formatCoverage(report));
  return 0;
};
