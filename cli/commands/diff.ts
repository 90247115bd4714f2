import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { describeDiff, diffPacks } from '../../lib/pack/diff';
import type { Pack } from '../../lib/pack/schema';
import { compilePack } from '../../lib/titles/compile';
import { matchTitle } from '../../lib/titles/match';
import { command } from '../args';
import { readLines, UsageError, type CliIO } from '../io';
import { loadPack } from '../load-pack';

const personaName = (pack: Pack, id: string | null) => (id ? (pack.personas.find((p) => p.id === id)?.name ?? id) : '(no persona)');

/** Titles whose persona differs between the two packs: what sellers would see change on the badge. */
async function movedTitles(before: Pack, after: Pack, titlesFile: string, io: CliIO): Promise<string[]> {
  const [old, now] = [compilePack(before), compilePack(after)];
  const moves = new Map<string, number>();
  const input = createReadStream(resolve(io.cwd, titlesFile));
  await new Promise<void>((ok, fail) => input.once('open', () => ok()).once('error', fail));
  for await (const line of readLines(input)) {
    const title = line.trim();
    if (!title) continue;
    const [a, b] = [matchTitle(title, old).persona, matchTitle(title, now).persona];
    if (a === b) continue;
    const key = `${title}: ${personaName(before, a)} → ${personaName(after, b)}`;
    moves.set(key, (moves.get(key) ?? 0) + 1);
  }
  return [...moves].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([move, n]) => `${n > 1 ? `${n}× ` : ''}${move}`);
}

/**
 * `diff <old> <new> [--titles titles.txt]`: what a seller would see change between two versions
 * of a pack: personas and assets added, changed (which fields) and removed; with titles, every
 * title whose persona changes.
 */
export const diff = command({ titles: { type: 'string' } }, async ({ options, positional }, io) => {
  const [oldFile, newFile] = positional;
  if (!oldFile || !newFile) throw new UsageError('diff needs two packs: persona-map diff old.json new.json');
  const before = await loadPack(oldFile, io);
  const after = await loadPack(newFile, io);
  if (!before || !after) return 1;
  if (before.id !== after.id) io.stdout.write(`note: comparing different packs (${before.id} and ${after.id})\n`);
  for (const line of describeDiff(diffPacks(before, after))) io.stdout.write(`${line}\n`);
  if (typeof options.titles === 'string') {
    const moved = await movedTitles(before, after, options.titles, io);
    io.stdout.write(
      moved.length ? `titles that change persona (${moved.length}):\n${moved.map((m) => `  ${m}`).join('\n')}\n` : 'no title in the list changes persona\n',
    );
  }
  return 0;
});
