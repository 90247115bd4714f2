/**
 * What an install would change, shown before a manual import (and usable after a sync):
 * personas and assets added, changed (with the fields that changed) and removed, by id.
 */
import type { Asset, Pack, Persona } from './schema';

export interface EntityChange {
  id: string;
  /** The persona name or asset title (the new one for changes). */
  label: string;
  /** For changes: the top-level fields that differ, e.g. `["match", "objections"]`. */
  fields?: string[];
}

export interface EntityDiff {
  added: EntityChange[];
  changed: EntityChange[];
  removed: EntityChange[];
}

export interface PackDiff {
  packId: string;
  /** null when nothing with this pack id is installed yet. */
  fromVersion: string | null;
  toVersion: string;
  personas: EntityDiff;
  assets: EntityDiff;
  /** Top-level fields other than personas and assets that differ (name, reviewBy, stages…). */
  packFields: string[];
  /** True when no persona, asset or pack field differs. */
  identical: boolean;
}

/** JSON with sorted keys, so key order in the source file is not a change. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function changedFields(before: object, after: object): string[] {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.filter((key) => canonical(b[key]) !== canonical(a[key])).sort();
}

function diffEntities<T extends { id: string }>(before: readonly T[], after: readonly T[], label: (item: T) => string): EntityDiff {
  const old = new Map(before.map((item) => [item.id, item]));
  const now = new Map(after.map((item) => [item.id, item]));
  const diff: EntityDiff = { added: [], changed: [], removed: [] };
  for (const item of after) {
    const previous = old.get(item.id);
    if (!previous) diff.added.push({ id: item.id, label: label(item) });
    else {
      const fields = changedFields(previous, item);
      if (fields.length) diff.changed.push({ id: item.id, label: label(item), fields });
    }
  }
  for (const item of before) if (!now.has(item.id)) diff.removed.push({ id: item.id, label: label(item) });
  return diff;
}

const personaLabel = (p: Persona) => p.name;
const assetLabel = (a: Asset) => a.title;

export function diffPacks(before: Pack | null | undefined, after: Pack): PackDiff {
  const personas = diffEntities(before?.personas ?? [], after.personas, personaLabel);
  const assets = diffEntities(before?.assets ?? [], after.assets, assetLabel);
  const { personas: _p1, assets: _a1, ...restBefore } = before ?? ({} as Partial<Pack>);
  const { personas: _p2, assets: _a2, ...restAfter } = after;
  // The version always changes between installs; it is reported as fromVersion/toVersion.
  const packFields = before ? changedFields(restBefore, restAfter).filter((f) => f !== 'version') : [];
  const count = (d: EntityDiff) => d.added.length + d.changed.length + d.removed.length;
  return {
    packId: after.id,
    fromVersion: before?.version ?? null,
    toVersion: after.version,
    personas,
    assets,
    packFields,
    identical: !!before && count(personas) + count(assets) + packFields.length === 0,
  };
}

/** One line per change, for the CLI and plain-text displays. */
/**
 * The words of a diff's lines. The options page passes them in the UI language
 * (utils/diff-words.ts); the CLI says them in English. Ids, labels and field names stay verbatim.
 */
export interface DiffWords {
  newPack(packId: string, version: string): string;
  persona: string;
  asset: string;
  packFields(fields: string): string;
  identical: string;
}

export const englishDiffWords: DiffWords = {
  newPack: (packId, version) => `${packId}: new pack, version ${version}`,
  persona: 'persona',
  asset: 'asset',
  packFields: (fields) => `~ pack fields: ${fields}`,
  identical: 'no changes to personas, assets or pack fields',
};

export function describeDiff(diff: PackDiff, words: DiffWords = englishDiffWords): string[] {
  const lines: string[] = [diff.fromVersion ? `${diff.packId}: ${diff.fromVersion} → ${diff.toVersion}` : words.newPack(diff.packId, diff.toVersion)];
  const section = (what: string, d: EntityDiff) => {
    for (const c of d.added) lines.push(`+ ${what} ${c.id} (${c.label})`);
    for (const c of d.changed) lines.push(`~ ${what} ${c.id} (${c.label}): ${c.fields!.join(', ')}`);
    for (const c of d.removed) lines.push(`- ${what} ${c.id} (${c.label})`);
  };
  section(words.persona, diff.personas);
  section(words.asset, diff.assets);
  if (diff.packFields.length) lines.push(words.packFields(diff.packFields.join(', ')));
  if (diff.identical) lines.push(words.identical);
  return lines;
}
