import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { packJsonSchema } from '../../lib/pack/json-schema';
import { command } from '../args';

/**
 * `schema [-o pack.schema.json]`: the pack's JSON Schema, for editor completion and field help.
 * The same file is committed as docs/persona-pack.schema.json.
 */
export const schema = command({ out: { type: 'string', short: 'o' } }, async ({ options }, io) => {
  const json = `${JSON.stringify(packJsonSchema(), null, 2)}\n`;
  if (typeof options.out === 'string') await writeFile(resolve(io.cwd, options.out), json);
  else io.stdout.write(json);
  return 0;
});
