/**
 * Rewrites lib/policy/managed-schema.json (the manifest's managed storage schema) and
 * lib/policy/managed-types.json (its types alone, which the worker checks) from the zod schema
 * (lib/policy/managed-schema.ts).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateManagedStorageSchema, generatePolicyTypes } from '../lib/policy/managed-schema';

for (const [name, value] of [
  ['managed-schema.json', generateManagedStorageSchema()],
  ['managed-types.json', generatePolicyTypes()],
] as const) {
  const file = resolve(import.meta.dirname, '../lib/policy', name);
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
  console.log(`wrote ${file}`);
}
