import { command } from '../args';
import { UsageError } from '../io';
import { loadPack } from '../load-pack';

/** `validate <pack>` (any authoring form): exit 0 with a one-line summary, or exit 1 with one line per problem. */
export const validate = command({}, async ({ positional }, io) => {
  const file = positional[0];
  if (!file) throw new UsageError('validate needs a pack: persona-map validate pack.json (or pack.yaml, pack.xlsx, a CSV folder)');
  const pack = await loadPack(file, io, io.stdout);
  if (!pack) return 1;
  const objections = pack.personas.reduce((n, p) => n + (p.objections?.length ?? 0), 0);
  io.stdout.write(`${file}: valid ${pack.id}@${pack.version}: ${pack.personas.length} personas, ${objections} objections, ${pack.assets.length} assets\n`);
  return 0;
});
