import { parsePack, syntaxOf } from '../../pack/validate';
import { readPackText, UsageError, type Command } from '../io';

/** `validate <pack>`: exit 0 with a one-line summary, or exit 1 with one line per problem. */
export const validate: Command = async (args, io) => {
  const file = args[0];
  if (!file) throw new UsageError('validate needs a pack file: persona-map validate pack.json');
  const decoded = await readPackText(file, io);
  const result = decoded.ok ? parsePack(decoded.text, syntaxOf(file)) : ({ ok: false, problems: [{ path: '$', message: decoded.message }] } as const);
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
