/**
 * The JSON Schema editors use (VS Code's json.schemas, yaml-language-server): generated from the
 * Zod schema, with a description on every field so completion explains what it offers, and
 * committed as docs/persona-pack.schema.json, which must stay what the schema generates.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packJsonSchema } from '../../../lib/pack/json-schema';

type Node = Record<string, unknown>;

/** Every property of every object in the schema, with its path, whatever nests it (items, unions, defs). */
function properties(node: unknown, path = '$'): { path: string; schema: Node }[] {
  if (!node || typeof node !== 'object') return [];
  if (Array.isArray(node)) return node.flatMap((child, i) => properties(child, `${path}[${i}]`));
  const found: { path: string; schema: Node }[] = [];
  for (const [key, value] of Object.entries(node as Node)) {
    if (key === 'properties' && value && typeof value === 'object')
      for (const [name, schema] of Object.entries(value as Record<string, Node>)) {
        found.push({ path: `${path}.${name}`, schema });
        found.push(...properties(schema, `${path}.${name}`));
      }
    else if (key !== 'enum' && key !== 'default') found.push(...properties(value, key === 'items' ? `${path}[]` : path));
  }
  return found;
}

describe('the pack JSON Schema', () => {
  const schema = packJsonSchema();
  const all = properties(schema);

  it('reaches the nested fields (the walk is not vacuous)', () => {
    const paths = all.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '$.personas',
        '$.personas[].match.keywords.any',
        '$.personas[].objections[].proof',
        '$.sites[].person.profileUrl',
        '$.accounts[].plays[].persona',
      ]),
    );
    expect(all.length).toBeGreaterThan(100);
  });

  it('has a description on every property', () => {
    const undescribed = all.filter((p) => typeof p.schema.description !== 'string' || (p.schema.description as string).trim() === '').map((p) => p.path);
    expect(undescribed).toEqual([]);
  });

  it('is committed as docs/persona-pack.schema.json, as the schema generates it', () => {
    const committed = readFileSync(fileURLToPath(new URL('../../../docs/persona-pack.schema.json', import.meta.url)), 'utf8');
    // Regenerate with: npm run -s persona-map -- schema -o docs/persona-pack.schema.json
    expect(committed).toBe(`${JSON.stringify(schema, null, 2)}\n`);
  });
});
