import { lintPack } from '../../lib/titles/lint';
import { command } from '../args';
import { UsageError } from '../io';
import { loadPack } from '../load-pack';

/** `lint <pack>`: one line per warning (path and what to do); exit 0 even with warnings, 1 on an invalid pack. */
export const lint = command({}, async ({ positional }, io) => {
  const file = positional[0];
  if (!file) throw new UsageError('lint needs a pack file: persona-map lint pack.json');
  const pack = await loadPack(file, io);
  if (!pack) return 1;
  const warnings = lintPack(pack);
  for (const w of warnings) io.stdout.write(`${file}: ${w.path}: ${w.kind}: ${w.message}\n`);
  io.stdout.write(`${file}: ${warnings.length === 0 ? 'no warnings' : `${warnings.length} warning${warnings.length > 1 ? 's' : ''}`}\n`);
  return 0;
});
