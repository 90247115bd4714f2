import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parsePack, syntaxOf } from '../../pack/validate';
import { UsageError, type Command } from '../io';

/** `validate <pack>`: exit 0 with a one-line summary, or exit 1 with one line per problem. */
export const validate: Command = async (args, io) => {
  const file = args[0];
  if (!file) throw new UsageError('validate needs a pack file: persona-map validate pack.json');
  const text = await readFile(resolve(io.cwd, file), 'utf8');
  const result = parsePack(text, syntaxOf(file));
  if (!result.ok) {
    for (const problem of result.problems) io.stdout.write(`${file}: ${problem.path}: ${problem.message}\n`);
    return 1;
  }
  const { pack } = result;
  const objections = pack.personas.reduce((n, p) => n + (p.objections?.length ?? 0), 0);
  io.stdout.write(
    `${file}: valid ${pack.id}@${pack.version}: ${pack.personas.length} personas, ${objections} objections, ${pack.assets.length} assets\n`,
  );
  return 0;
};
