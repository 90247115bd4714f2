/** Rewrites lib/policy/managed-schema.json from the zod schema (lib/policy/managed-schema.ts). */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateManagedStorageSchema } from '../lib/policy/managed-schema';

const file = resolve(import.meta.dirname, '../lib/policy/managed-schema.json');
writeFileSync(file, `${JSON.stringify(generateManagedStorageSchema(), null, 2)}\n`);
console.log(`wrote ${file}`);
