/**
 * The extension's database (Dexie over IndexedDB). Opened only from extension pages and the
 * background: a content script would open the *page's* IndexedDB (shared/notes/pages.md).
 * Each table has one owner module beside this file; schema changes go through a new
 * `this.version(n)` with an upgrade, never an edit of an old one.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Pack } from '../pack/schema';

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

export class PersonaMapDb extends Dexie {
  packs!: EntityTable<InstalledPack, 'key'>;
  history!: EntityTable<SeenContact, 'key'>;
  corrections!: EntityTable<Correction, 'key'>;
  usage!: EntityTable<UsageCount, 'key'>;

  constructor(name = 'persona-map') {
    super(name);
    this.version(1).stores({
      packs: 'key, packId, active, [packId+active]',
      history: 'key, seenAt, company',
      corrections: 'key, at',
      usage: 'key, event, packId',
    });
  }
}
