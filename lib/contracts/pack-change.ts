/**
 * A seller's change to packs, sources, keys or the sync interval, as the options page sends it and
 * the worker answers it (lib/background/pack-changes.ts applies it, checked field by field).
 */
export type PackChange =
  | { kind: 'enable'; packId: string; enabled: boolean }
  | { kind: 'order'; packIds: string[] }
  | { kind: 'rollback'; packId: string }
  | { kind: 'add-source'; url: string }
  | { kind: 'remove-source'; id: string }
  | { kind: 'set-keys'; keys: string[] }
  | { kind: 'set-sync-interval'; minutes: number | null }
  | { kind: 'import'; fileName: string; base64: string; signature: string | null; force: boolean };

export type PackChangeResult = { ok: true; message: string; sourceId?: string } | { ok: false; reason: string };
