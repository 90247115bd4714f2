/**
 * The installed packs (Dexie `packs` and `packPrefs` tables). Never lose a good pack: an
 * install or rollback swaps the active version in one transaction, so a failure anywhere
 * leaves the previous version in use; the previous five versions of each pack are kept.
 * Callers validate and verify first (lib/sync); installPack validates again because it is
 * the last line before the seller's panel.
 */
import type { Pack } from '../pack/schema';
import { validatePack } from '../pack/validate';
import type { InstalledPack, PackPrefs, PersonaMapDb } from './db';

/** Versions kept besides the one in use, for rollback. */
const KEPT_PREVIOUS_VERSIONS = 5;

/** Where a pack came from, besides an https URL. */
export const IMPORT_SOURCE = 'import';

/** Semver precedence: <0 when a is older than b, 0 when equal (build metadata ignored). */
export function compareVersions(a: string, b: string): number {
  const split = (v: string) => {
    const [core = '', pre] = v.split('+', 1)[0]!.split(/-(.*)/s, 2);
    return { core: core.split('.').map(Number), pre: pre === undefined ? null : pre.split('.') };
  };
  const x = split(a);
  const y = split(b);
  for (let i = 0; i < 3; i++) {
    const d = (x.core[i] ?? 0) - (y.core[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  if (!x.pre || !y.pre) return x.pre ? -1 : y.pre ? 1 : 0;
  for (let i = 0; i < Math.max(x.pre.length, y.pre.length); i++) {
    const p = x.pre[i];
    const q = y.pre[i];
    if (p === undefined) return -1;
    if (q === undefined) return 1;
    const pn = /^\d+$/.test(p);
    const qn = /^\d+$/.test(q);
    if (pn && qn && Number(p) !== Number(q)) return Math.sign(Number(p) - Number(q));
    if (pn !== qn) return pn ? -1 : 1;
    if (p !== q) return p < q ? -1 : 1;
  }
  return 0;
}

export interface InstallOptions {
  /** `import`, `bundled`, or the https URL the pack was synced from. */
  source: string;
  /** Install even when the version is not higher, or was rolled back from. */
  force?: boolean;
  /** The trusted key that signed it (sign.ts keyId). */
  signedBy?: string;
  now?: number;
}

export type InstallRefusal = 'invalid' | 'not-newer' | 'rolled-back';
export type InstallResult =
  | { ok: true; packId: string; version: string; previousVersion: string | null }
  | { ok: false; code: InstallRefusal; reason: string; installedVersion: string | null };

const keyOf = (packId: string, version: string) => `${packId}@${version}`;

async function activeRecord(db: PersonaMapDb, packId: string): Promise<InstalledPack | undefined> {
  return db.packs.where('[packId+active]').equals([packId, 1]).first();
}

/** The version in use of one pack, or undefined. */
export function installedPack(db: PersonaMapDb, packId: string): Promise<InstalledPack | undefined> {
  return activeRecord(db, packId);
}

/** Every kept version of a pack, most recently installed first. */
export async function packVersions(db: PersonaMapDb, packId: string): Promise<InstalledPack[]> {
  const rows = await db.packs.where('packId').equals(packId).toArray();
  return rows.sort((a, b) => b.installedAt - a.installedAt);
}

/**
 * Installs a checked pack as the version in use, atomically. Refuses (leaving everything
 * as it was) a version that is not higher than the installed one, or one the user rolled
 * back from, unless forced.
 */
export async function installPack(db: PersonaMapDb, pack: Pack, options: InstallOptions): Promise<InstallResult> {
  const checked = validatePack(pack);
  if (!checked.ok) {
    const current = await activeRecord(db, pack.id);
    const first = checked.problems[0]!;
    return {
      ok: false,
      code: 'invalid',
      reason: `the pack is not valid: ${first.path}: ${first.message}${checked.problems.length > 1 ? ` (and ${checked.problems.length - 1} more problems)` : ''}`,
      installedVersion: current?.version ?? null,
    };
  }
  const valid = checked.pack;
  const now = options.now ?? Date.now();
  return db.transaction('rw', db.packs, db.packPrefs, async (): Promise<InstallResult> => {
    const current = await activeRecord(db, valid.id);
    const prefs = await db.packPrefs.get(valid.id);
    if (current && !options.force) {
      if (compareVersions(valid.version, current.version) <= 0)
        return {
          ok: false,
          code: 'not-newer',
          reason: `version ${valid.version} is not newer than the installed ${current.version}; only a higher version installs (publish a higher "version", or force the install)`,
          installedVersion: current.version,
        };
      if (prefs?.skippedVersions.includes(valid.version))
        return {
          ok: false,
          code: 'rolled-back',
          reason: `version ${valid.version} was rolled back; it installs again only when forced, and the next higher version installs as usual`,
          installedVersion: current.version,
        };
    }
    const versions = await db.packs.where('packId').equals(valid.id).toArray();
    // Strictly increasing per pack, so "most recent" is well defined even with a coarse clock.
    const installedAt = Math.max(now, ...versions.map((v) => v.installedAt + 1));
    await db.packs.where('[packId+active]').equals([valid.id, 1]).modify({ active: 0 });
    const key = keyOf(valid.id, valid.version);
    const record: InstalledPack = {
      key,
      packId: valid.id,
      version: valid.version,
      pack: valid,
      installedAt,
      source: options.source,
      active: 1,
      ...(options.signedBy ? { signedBy: options.signedBy } : {}),
      ...(current && current.key !== key ? { replacedKey: current.key } : {}),
    };
    await db.packs.put(record);

    if (!prefs) {
      const last = await db.packPrefs.orderBy('precedence').last();
      await db.packPrefs.put({ packId: valid.id, enabled: true, precedence: (last?.precedence ?? -1) + 1, skippedVersions: [] });
    } else if (prefs.skippedVersions.includes(valid.version)) {
      await db.packPrefs.update(valid.id, { skippedVersions: prefs.skippedVersions.filter((v) => v !== valid.version) });
    }

    const kept = [...versions.filter((v) => v.key !== key), record].sort((a, b) => b.installedAt - a.installedAt);
    const stale = kept.slice(KEPT_PREVIOUS_VERSIONS + 1).filter((v) => v.key !== key);
    if (stale.length) await db.packs.bulkDelete(stale.map((v) => v.key));
    return { ok: true, packId: valid.id, version: valid.version, previousVersion: current?.version ?? null };
  });
}

/** The refusals of a rollback, in the UI language when the caller passes them (lib/background/pack-changes.ts). */
export interface RollbackWords {
  notInstalled(packId: string): string;
  notKept(version: string, packId: string, kept: string): string;
  nothingEarlier(packId: string): string;
  cannotRollBack(version: string, reason: string): string;
}

export const englishRollbackWords: RollbackWords = {
  notInstalled: (packId) => `no pack "${packId}" is installed`,
  notKept: (version, packId, kept) => `version ${version} of "${packId}" is not kept (kept: ${kept || 'none'})`,
  nothingEarlier: (packId) => `no earlier version of "${packId}" is kept to roll back to`,
  cannotRollBack: (version, reason) => `cannot roll back to ${version}: ${reason}`,
};

export type RollbackResult = { ok: true; packId: string; from: string; to: string } | { ok: false; reason: string };

/**
 * Puts back the version that was in use before the current one (or `toVersion`, any kept
 * version). The version rolled back from is remembered so a sync does not reinstall it.
 */
export async function rollback(
  db: PersonaMapDb,
  packId: string,
  options: {
    toVersion?: string /** Why a version may not be put back in use (lib/policy/pack-rules.ts), or null. */;
    refuse?: (target: InstalledPack) => string | null;
    words?: RollbackWords;
  } = {},
): Promise<RollbackResult> {
  return db.transaction('rw', db.packs, db.packPrefs, async (): Promise<RollbackResult> => {
    const w = options.words ?? englishRollbackWords;
    const current = await activeRecord(db, packId);
    if (!current) return { ok: false, reason: w.notInstalled(packId) };
    const versions = (await db.packs.where('packId').equals(packId).toArray()).filter((v) => v.key !== current.key);
    const prefs = await db.packPrefs.get(packId);
    const skipped = new Set(prefs?.skippedVersions ?? []);
    let target: InstalledPack | undefined;
    if (options.toVersion !== undefined) {
      target = versions.find((v) => v.version === options.toVersion);
      if (!target)
        return {
          ok: false,
          reason: w.notKept(
            options.toVersion,
            packId,
            [...versions]
              .sort((a, b) => b.installedAt - a.installedAt)
              .map((v) => v.version)
              .join(', '),
          ),
        };
    } else {
      target =
        versions.find((v) => v.key === current.replacedKey) ??
        versions.filter((v) => v.installedAt < current.installedAt && !skipped.has(v.version)).sort((a, b) => b.installedAt - a.installedAt)[0];
      if (!target) return { ok: false, reason: w.nothingEarlier(packId) };
    }
    const refused = options.refuse?.(target);
    if (refused) return { ok: false, reason: w.cannotRollBack(target.version, refused) };
    await db.packs.update(current.key, { active: 0 });
    await db.packs.update(target.key, { active: 1 });
    const skippedVersions = [...new Set([...(prefs?.skippedVersions ?? []), current.version])].filter((v) => v !== target.version);
    if (prefs) await db.packPrefs.update(packId, { skippedVersions });
    else await db.packPrefs.put({ packId, enabled: true, precedence: Number.MAX_SAFE_INTEGER, skippedVersions });
    return { ok: true, packId, from: current.version, to: target.version };
  });
}

function byPrecedence(prefs: Map<string, PackPrefs>) {
  // Packs without prefs (the bundled demo pack installed by installed-packs.ts) come last.
  const rank = (packId: string) => prefs.get(packId)?.precedence ?? Number.MAX_SAFE_INTEGER;
  return (a: InstalledPack, b: InstalledPack) => rank(a.packId) - rank(b.packId) || a.installedAt - b.installedAt;
}

/** The version in use of every enabled pack the trust rule allows, in precedence order (first wins ties). */
export async function activePacks(db: PersonaMapDb): Promise<InstalledPack[]> {
  const [rows, prefs] = await Promise.all([db.packs.where('active').equals(1).toArray(), db.packPrefs.toArray()]);
  const byId = new Map(prefs.map((p) => [p.packId, p]));
  return rows.filter((r) => (byId.get(r.packId)?.enabled ?? true) && !byId.get(r.packId)?.blocked).sort(byPrecedence(byId));
}

export interface InstalledPackSummary {
  packId: string;
  name: string;
  version: string;
  source: string;
  installedAt: number;
  signedBy: string | null;
  reviewBy: string | null;
  /** The pack says it is sample content (the bundled demo pack does). */
  demo: boolean;
  enabled: boolean;
  /** Why the trust and policy rule keeps it out of use (then it is off whatever `enabled` says). */
  blocked: string | null;
  precedence: number;
  /** Every kept version, most recent install first. */
  versions: { version: string; installedAt: number; source: string; active: boolean }[];
  /** Whether `rollback(db, packId)` has somewhere to go. */
  canRollBack: boolean;
}

/** For the options page: one row per installed pack (enabled or not), in precedence order. */
export async function listInstalledPacks(db: PersonaMapDb): Promise<InstalledPackSummary[]> {
  const [rows, prefs] = await Promise.all([db.packs.toArray(), db.packPrefs.toArray()]);
  const byId = new Map(prefs.map((p) => [p.packId, p]));
  const active = rows.filter((r) => r.active === 1).sort(byPrecedence(byId));
  return active.map((current) => {
    const versions = rows.filter((r) => r.packId === current.packId).sort((a, b) => b.installedAt - a.installedAt);
    const skipped = new Set(byId.get(current.packId)?.skippedVersions ?? []);
    const earlier = versions.some((v) => v.key === current.replacedKey || (v.installedAt < current.installedAt && !skipped.has(v.version)));
    return {
      packId: current.packId,
      name: current.pack.name,
      version: current.version,
      source: current.source,
      installedAt: current.installedAt,
      signedBy: current.signedBy ?? null,
      reviewBy: current.pack.reviewBy ?? null,
      demo: current.pack.demo === true,
      enabled: byId.get(current.packId)?.enabled ?? true,
      blocked: byId.get(current.packId)?.blocked ?? null,
      precedence: byId.get(current.packId)?.precedence ?? Number.MAX_SAFE_INTEGER,
      versions: versions.map((v) => ({ version: v.version, installedAt: v.installedAt, source: v.source, active: v.active === 1 })),
      canRollBack: earlier,
    };
  });
}

async function prefsFor(db: PersonaMapDb, packId: string): Promise<PackPrefs> {
  return (await db.packPrefs.get(packId)) ?? { packId, enabled: true, precedence: Number.MAX_SAFE_INTEGER, skippedVersions: [] };
}

/** Turns a pack on or off for matching; it stays installed and keeps syncing. */
export async function setPackEnabled(db: PersonaMapDb, packId: string, enabled: boolean, { byUser = true } = {}): Promise<void> {
  await db.transaction('rw', db.packPrefs, async () => {
    const prefs = await prefsFor(db, packId);
    await db.packPrefs.put({ ...prefs, enabled, userToggled: byUser || prefs.userToggled });
  });
}

/** Sets precedence from an ordered list of pack ids (first wins); packs not listed keep their order after them. */
export async function setPackOrder(db: PersonaMapDb, packIds: readonly string[]): Promise<void> {
  await db.transaction('rw', db.packPrefs, db.packs, async () => {
    const all = [...new Set([...(await db.packs.orderBy('packId').uniqueKeys()).map(String), ...(await db.packPrefs.toCollection().primaryKeys())])];
    const current = new Map((await db.packPrefs.toArray()).map((p) => [p.packId, p]));
    const rest = all
      .filter((id) => !packIds.includes(id))
      .sort((a, b) => (current.get(a)?.precedence ?? Number.MAX_SAFE_INTEGER) - (current.get(b)?.precedence ?? Number.MAX_SAFE_INTEGER));
    const order = [...packIds, ...rest];
    await db.packPrefs.bulkPut(await Promise.all(order.map(async (packId, precedence) => ({ ...(await prefsFor(db, packId)), precedence }))));
  });
}

/** Removes every version of a pack and its prefs. */
export async function uninstallPack(db: PersonaMapDb, packId: string): Promise<void> {
  await db.transaction('rw', db.packs, db.packPrefs, async () => {
    await db.packs.where('packId').equals(packId).delete();
    await db.packPrefs.delete(packId);
  });
}
