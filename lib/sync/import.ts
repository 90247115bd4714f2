/**
 * Manual import from the options page: check the file (and its .sig when trusted keys are
 * set), show what would change, then install. Same checks as a sync, same atomic install.
 */
import { diffPacks, type PackDiff } from '../pack/diff';
import type { Pack } from '../pack/schema';
import { syntaxOf } from '../pack/validate';
import type { PersonaMapDb } from '../storage/db';
import { compareVersions, IMPORT_SOURCE, installedPack, installPack, type InstallResult } from '../storage/pack-store';
import { checkPackBytes, englishPackCheckWords, type PackCheck, type PackCheckWords } from './check-pack';

export interface ImportOptions {
  fileName: string;
  /** Contents of the `.sig` file picked with the pack, or null. */
  signature: string | null;
  trustedKeys: readonly string[];
  crypto?: Crypto;
  /** The refusal's sentences in the UI language; English when absent. */
  words?: PackCheckWords;
}

export type ImportPreview =
  | {
      ok: true;
      pack: Pack;
      signedBy: string | null;
      diff: PackDiff;
      installedVersion: string | null;
      /** `new` (not installed), `newer`, `same` or `older` than the installed version. */
      relation: 'new' | 'newer' | 'same' | 'older';
      /** Installing needs `force` (same or older version, or one the user rolled back from). */
      needsForce: boolean;
    }
  | Extract<PackCheck, { ok: false }>;

export async function previewImport(db: PersonaMapDb, bytes: Uint8Array, options: ImportOptions): Promise<ImportPreview> {
  const check = await checkPackBytes(bytes, {
    trustedKeys: options.trustedKeys,
    signature: options.signature,
    signatureMissingBecause: options.signature === null ? (options.words ?? englishPackCheckWords).noSignatureChosen(options.fileName) : undefined,
    where: options.fileName,
    syntax: syntaxOf(options.fileName),
    crypto: options.crypto,
    words: options.words,
  });
  if (!check.ok) return check;
  const current = await installedPack(db, check.pack.id);
  const prefs = await db.packPrefs.get(check.pack.id);
  const cmp = current ? compareVersions(check.pack.version, current.version) : 1;
  const relation = !current ? 'new' : cmp > 0 ? 'newer' : cmp === 0 ? 'same' : 'older';
  return {
    ok: true,
    pack: check.pack,
    signedBy: check.signedBy,
    diff: diffPacks(current?.pack, check.pack),
    installedVersion: current?.version ?? null,
    relation,
    needsForce: relation === 'same' || relation === 'older' || !!prefs?.skippedVersions.includes(check.pack.version),
  };
}

/** Checks again (the file may have changed since the preview) and installs. */
export async function importPack(
  db: PersonaMapDb,
  bytes: Uint8Array,
  options: ImportOptions & { force?: boolean; now?: number },
): Promise<InstallResult | Extract<PackCheck, { ok: false }>> {
  const preview = await previewImport(db, bytes, options);
  if (!preview.ok) return preview;
  return installPack(db, preview.pack, {
    source: IMPORT_SOURCE,
    force: options.force,
    signedBy: preview.signedBy ?? undefined,
    now: options.now,
  });
}
