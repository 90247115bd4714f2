import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatBuildProblem } from '../../lib/pack/build';
import { command } from '../args';
import { UsageError } from '../io';
import { buildPackFrom } from '../load-pack';

/** `build <pack.yaml|pack.xlsx|folder> [-o out.json]`: the pack JSON on stdout (or in the file), problems on stderr. */
export const build = command({ out: { type: 'string', short: 'o' } }, async ({ positional, options }, io) => {
  const input = positional[0];
  if (!input) throw new UsageError('build needs a YAML file, an Excel workbook (.xlsx) or a folder of CSV files');
  const result = await buildPackFrom(input, io);
  if (!result.ok) {
    for (const problem of result.problems) io.stderr.write(`${formatBuildProblem(problem)}\n`);
    io.stderr.write(`${input}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}; no pack was written\n`);
    return 1;
  }
  const json = `${JSON.stringify(result.pack, null, 2)}\n`;
  if (typeof options.out === 'string') {
    await writeFile(resolve(io.cwd, options.out), json);
    const { pack } = result;
    io.stderr.write(`${options.out}: ${pack.id}@${pack.version}: ${pack.personas.length} personas, ${pack.assets.length} assets\n`);
  } else io.stdout.write(json);
  return 0;
});
