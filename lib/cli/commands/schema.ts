import { packJsonSchema } from '../../pack/json-schema';
import type { Command } from '../io';

/** `schema`: the pack's JSON Schema, for editor completion (`persona-map schema > pack.schema.json`). */
export const schema: Command = async (_args, io) => {
  io.stdout.write(`${JSON.stringify(packJsonSchema(), null, 2)}\n`);
  return 0;
};
