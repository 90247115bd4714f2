/**
 * The pack's JSON Schema, generated from the Zod schema (one source of truth), for editor
 * completion and inline checks: VS Code's `json.schemas` setting, or a
 * `# yaml-language-server: $schema=pack.schema.json` comment at the top of a YAML pack.
 * Cross-field rules (unique ids, proof and stage references) are not expressible here; the
 * CLI's `validate` and `build` still check them.
 */
import * as z from 'zod';
import { PACK_FORMAT, PackSchema } from './schema';

export function packJsonSchema(): Record<string, unknown> {
  // `input`: what an admin writes, so defaulted fields (persona `kind`) are optional.
  const schema = z.toJSONSchema(PackSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    title: `Persona pack (${PACK_FORMAT})`,
    description: 'A persona pack for the Persona Map extension. See the pack format in the project docs; check a file with `persona-map validate`.',
  };
}
