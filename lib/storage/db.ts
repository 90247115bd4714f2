/**
 * The extension's database (Dexie over IndexedDB). Opened only from extension pages and the
 * background: a content script would open the *page's* IndexedDB (docs/pages.md).
 * Each table has one owner module beside this file; schema changes go through a new
 * `this.version(n)` with an upgrade, never an edit of an old one.
 */
import Dexie, { type DexieOptions, type EntityTable, type Transaction } from 'dexie';
import type { Pack } from '../pack/schema';
import type { SaidText } from '../said';

/** One installed version of a pack (pack-store.ts). */
export interface InstalledPack {
  /** `${packId}@${version}` */
  key: string;
  packId: string;
  version: string;
  pack: Pack;
  installedAt: number;
  /** Where it came from: `bundled`, `import`, or the https URL it was synced from. */
  source: string;
  /** 1 for the version in use; exactly one per packId. */
  active: 0 | 1;
  /** Id of the trusted key whose signature was checked (sign.ts keyId), when one was. */
  signedBy?: string;
  /** The key of the version this one replaced when installed: where a rollback returns to. */
  replacedKey?: string;
}

/** The outcome of the last sync attempt of a source, as the options page shows it. */
export interface SyncStatus {
  /** `installed`, `not-modified` (HTTP 304), `up-to-date` (no newer version) or `failed`. */
  kind: 'installed' | 'not-modified' | 'up-to-date' | 'failed';
  /** For failures, what went wrong (lib/sync/sync-source.ts SyncFailureCode). */
  code?: string;
  /** A sentence for people: the HTTP status and URL, the JSON path, the signature problem; in the language of the sync. */
  reason: string;
  /**
   * The same reason as recorded (lib/said.ts), said again in the language of whoever reads it.
   * Absent in results stored before reasons were recorded: `reason` is shown as it is.
   */
  said?: SaidText;
  httpStatus?: number;
  at: number;
}

/** A URL packs are synced from (lib/sync). Added by the user or by enterprise policy. */
export interface PackSource {
  /** The https URL itself. */
  id: string;
  url: string;
  origin: 'user' | 'policy';
  /** The pack this URL serves, learned on the first successful sync; a URL never switches pack. */
  packId: string | null;
  addedAt: number;
  /** From the last accepted response, sent back as If-None-Match. */
  etag: string | null;
  lastResult: SyncStatus | null;
  lastSuccessAt: number | null;
  /** Consecutive failures; drives the back-off, reset by a success. */
  failures: number;
  /** When the scheduler may try again (back-off after failures, the interval after success). */
  nextAttemptAt: number;
}

/** The user's choices about one installed pack (pack-store.ts). */
export interface PackPrefs {
  packId: string;
  enabled: boolean;
  /** Lower comes first: an earlier pack wins when personas of several packs match. */
  precedence: number;
  /** Versions the user rolled back from: a sync does not reinstall them unless forced. */
  skippedVersions: string[];
  /** The user turned this pack on or off themselves (the app then leaves `enabled` alone). */
  userToggled?: boolean;
  /** Why the trust and policy rule (lib/policy/pack-rules.ts) keeps it out of use, whatever `enabled` says. */
  blocked?: string;
}

/** A contact the seller saw (contact-history.ts); kept for the retention period only. */
export interface SeenContact {
  key: string;
  name: string | null;
  title: string | null;
  company: string | null;
  profileUrl: string | null;
  persona: string | null;
  pack: string | null;
  seenAt: number;
  /** Where the seller saw them ("LinkedIn", "Salesforce", …) and the page, for the account view. Not indexed. */
  seenOn?: string;
  pageUrl?: string;
}

/** A seller's correction of a match (corrections.ts), exported as CSV for admins. */
export interface Correction {
  /** The contact key: one correction per contact, the latest wins. */
  key: string;
  title: string;
  matchedPersona: string | null;
  /** The persona the seller picked instead, or null for "wrong match" without a pick. */
  chosenPersona: string | null;
  pack: string | null;
  wrongMatch: boolean;
  at: number;
}

/** Local usage counters (usage.ts): never sent anywhere. */
export interface UsageCount {
  /** `${event}:${packId}:${id}` */
  key: string;
  event: 'persona-hit' | 'objection-opened' | 'asset-copied' | 'asset-opened';
  packId: string;
  id: string;
  count: number;
  lastAt: number;
}

/** Small facts about the database itself (recovery.ts keeps its marker here). */
export interface MetaEntry {
  key: string;
  value: string;
}

export class PersonaMapDb extends Dexie {
  packs!: EntityTable<InstalledPack, 'key'>;
  history!: EntityTable<SeenContact, 'key'>;
  corrections!: EntityTable<Correction, 'key'>;
  usage!: EntityTable<UsageCount, 'key'>;
  packSources!: EntityTable<PackSource, 'id'>;
  packPrefs!: EntityTable<PackPrefs, 'packId'>;
  meta!: EntityTable<MetaEntry, 'key'>;

  /** `options` lets tests pass fake-indexeddb's `indexedDB` and `IDBKeyRange`. */
  constructor(name = 'persona-map', options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      packs: 'key, packId, active, [packId+active]',
      history: 'key, seenAt, company',
      corrections: 'key, at',
      usage: 'key, event, packId',
    });
    // Version 2: several packs with their own sources, sync status and user choices.
    this.version(2)
      .stores({
        packSources: 'id, packId, nextAttemptAt',
        packPrefs: 'packId, precedence',
      })
      .upgrade(upgradeToVersion2);
    // Version 3: a marker that tells a lost and recreated database from the one in use (recovery.ts).
    this.version(3).stores({ meta: 'key' });
  }
}

/**
 * Gives every pack installed under version 1 its prefs (enabled, precedence in install
 * order), a sync source for packs that came from a URL, and exactly one active version.
 */
async function upgradeToVersion2(tx: Transaction): Promise<void> {
  const packs = tx.table<InstalledPack, string>('packs');
  const rows = await packs.toArray();
  const byPack = new Map<string, InstalledPack[]>();
  for (const row of [...rows].sort((a, b) => a.installedAt - b.installedAt)) {
    const list = byPack.get(row.packId) ?? [];
    list.push(row);
    byPack.set(row.packId, list);
  }
  let precedence = 0;
  for (const [packId, versions] of byPack) {
    const active = versions.filter((v) => v.active === 1);
    const keep = active.length === 1 ? active[0]! : versions[versions.length - 1]!;
    for (const v of versions) if (v.active !== (v === keep ? 1 : 0)) await packs.update(v.key, { active: v === keep ? 1 : 0 });
    await tx.table<PackPrefs, string>('packPrefs').put({ packId, enabled: true, precedence: precedence++, skippedVersions: [] });
    if (keep.source.startsWith('https:')) {
      await tx.table<PackSource, string>('packSources').put({
        id: keep.source,
        url: keep.source,
        origin: 'user',
        packId,
        addedAt: keep.installedAt,
        etag: null,
        lastResult: null,
        lastSuccessAt: keep.installedAt,
        failures: 0,
        nextAttemptAt: 0,
      });
    }
  }
}
