/**
 * The managed policy's one definition: this zod schema gives the `ManagedPolicy` type and
 * generates the managed storage schema (lib/policy/managed-schema.json, which the manifest's
 * `storage.managed_schema` ships; `npm run generate:managed-schema` rewrites it, and a unit test
 * fails while the committed file differs from this).
 *
 * zod stays out of the service worker (test/unit/background/cold-path.test.ts): the worker and the
 * options page read a policy with lib/policy/managed.ts, which imports only this module's type and
 * checks each value's shape against the generated JSON file (docs/architecture.md, "Policy").
 */
import { z } from 'zod';
import { DEFAULT_SYNC_INTERVAL_MINUTES } from '../sync/backoff';
import { MAX_SYNC_INTERVAL_MINUTES, MIN_SYNC_INTERVAL_MINUTES } from './limits';

export const managedPolicySchema = z.object({
  packUrls: z.array(z.string()).optional().meta({
    title: 'Persona pack URLs',
    description: 'https URLs of the persona packs every seller syncs (an org pack and team packs). Sellers cannot remove them.',
  }),
  trustedKeys: z.array(z.string()).optional().meta({
    title: 'Trusted pack signing keys',
    description:
      'Public keys (the one line in a .pub file from "persona-map keygen") whose signatures make a pack installable. When set, unsigned packs and packs signed with other keys are refused, and sellers cannot add keys.',
  }),
  // No minimum/maximum in the generated schema on purpose: Chromium drops a value outside the
  // schema's range before the extension sees it, so an admin's 5 would silently become the
  // default. The extension clamps it to the range instead and says so on the options page.
  syncIntervalMinutes: z
    .number()
    .int()
    .optional()
    .meta({
      title: 'Sync interval (minutes)',
      description: `How often packs are checked for a new version (${MIN_SYNC_INTERVAL_MINUTES} to ${MAX_SYNC_INTERVAL_MINUTES}; default ${DEFAULT_SYNC_INTERVAL_MINUTES}; values outside the range are clamped to it).`,
    }),
  lockSettings: z.boolean().optional().meta({
    title: 'Lock pack settings',
    description:
      'When true, sellers cannot change what policy decides: which packs are on, their order, pack URLs, trusted keys, rollback and import. Only the packs from packUrls are used.',
  }),
});

export type ManagedPolicy = z.infer<typeof managedPolicySchema>;

/** One property of Chrome's managed storage schema: the subset of JSON Schema the extension uses. */
export interface ManagedPropertySchema {
  title?: string;
  description?: string;
  type: 'array' | 'string' | 'integer' | 'boolean';
  items?: ManagedPropertySchema;
}

export interface ManagedStorageSchema {
  type: 'object';
  properties: Record<keyof ManagedPolicy, ManagedPropertySchema>;
}

type JsonSchema = { title?: string; description?: string; type?: string; items?: JsonSchema; properties?: Record<string, JsonSchema> };

/**
 * Keeps what Chrome's schema reader knows and the extension means (type, title, description,
 * properties, items): zod also writes `$schema`, `additionalProperties: false` (Chrome would drop an
 * admin's unknown key silently either way) and safe-integer bounds on integers, which would
 * make Chromium drop out-of-range intervals instead of letting the extension clamp and report them.
 */
function chromeSubset(schema: JsonSchema): ManagedPropertySchema {
  const { title, description, type, items } = schema;
  return {
    ...(title !== undefined ? { title } : {}),
    ...(description !== undefined ? { description } : {}),
    type: type as ManagedPropertySchema['type'],
    ...(items ? { items: chromeSubset(items) } : {}),
  };
}

/** The managed storage schema generated from `managedPolicySchema`. */
export function generateManagedStorageSchema(): ManagedStorageSchema {
  const json = z.toJSONSchema(managedPolicySchema) as JsonSchema;
  const properties = Object.fromEntries(Object.entries(json.properties ?? {}).map(([key, value]) => [key, chromeSubset(value)]));
  return { type: 'object', properties: properties as ManagedStorageSchema['properties'] };
}

/**
 * The types alone of each policy property, with no title or description: what the service worker
 * checks a policy against (lib/policy/managed.ts), so the admins' texts stay out of background.js.
 */
export function generatePolicyTypes(): ManagedStorageSchema['properties'] {
  const withoutText = ({ type, items }: ManagedPropertySchema): ManagedPropertySchema => ({ type, ...(items ? { items: withoutText(items) } : {}) });
  const { properties } = generateManagedStorageSchema();
  return Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, withoutText(value)])) as ManagedStorageSchema['properties'];
}
