/**
 * The seller's recent contacts, kept only in this browser (Dexie `history` table) and only for
 * the retention period the seller picked (default 30 days). Nothing here is ever sent anywhere.
 */
import { storage } from 'wxt/utils/storage';
import type { DetectedContact } from '../contracts/contact';
import type { MatchResult } from '../titles/types';
import type { PersonaMapDb, SeenContact } from './db';

export const DEFAULT_RETENTION_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface RetentionSetting {
  getValue(): Promise<number>;
  setValue(days: number): Promise<void>;
}

let retentionItem: RetentionSetting | undefined;
/**
 * The retention setting lives in extension storage so the background can purge on its own
 * schedule. Defined on first use: defining it starts a read that fails outside an extension.
 */
function retentionDaysSetting(): RetentionSetting {
  retentionItem ??= storage.defineItem<number>('local:historyRetentionDays', { fallback: DEFAULT_RETENTION_DAYS });
  return retentionItem;
}

export function seenContactFrom(contact: DetectedContact, match: MatchResult | null, seenAt = Date.now()): SeenContact {
  return {
    key: contact.key,
    name: contact.name?.value ?? null,
    title: contact.title?.value ?? null,
    company: contact.company?.value ?? null,
    profileUrl: contact.profileUrl?.value ?? null,
    persona: match?.persona ?? null,
    pack: match?.pack ?? null,
    seenAt,
  };
}

export class ContactHistory {
  constructor(
    private readonly db: PersonaMapDb,
    private readonly retention: RetentionSetting = retentionDaysSetting(),
  ) {}

  /** Upserts: seeing a contact again moves it to the top. */
  async record(contacts: SeenContact[]): Promise<void> {
    if (contacts.length) await this.db.history.bulkPut(contacts);
  }

  /** Most recent first, within the retention period. */
  async recent(limit = 100, now = Date.now()): Promise<SeenContact[]> {
    const since = now - (await this.retentionDays()) * DAY_MS;
    return this.db.history.where('seenAt').aboveOrEqual(since).reverse().limit(limit).toArray();
  }

  /** Everyone seen at a company (case-insensitive), for buying-committee coverage. */
  async atCompany(company: string, now = Date.now()): Promise<SeenContact[]> {
    const since = now - (await this.retentionDays()) * DAY_MS;
    const rows = await this.db.history.where('company').equalsIgnoreCase(company.trim()).toArray();
    return rows.filter((row) => row.seenAt >= since);
  }

  async retentionDays(): Promise<number> {
    const days = await this.retention.getValue();
    return Number.isFinite(days) && days > 0 ? days : DEFAULT_RETENTION_DAYS;
  }

  /** Sets the period and applies it at once. */
  async setRetentionDays(days: number, now = Date.now()): Promise<void> {
    if (!Number.isFinite(days) || days <= 0) throw new Error(`Retention must be a positive number of days, not ${days}`);
    await this.retention.setValue(days);
    await this.purgeExpired(now);
  }

  /** Deletes what is older than the retention period; returns how many contacts were removed. */
  async purgeExpired(now = Date.now()): Promise<number> {
    const cutoff = now - (await this.retentionDays()) * DAY_MS;
    return this.db.history.where('seenAt').below(cutoff).delete();
  }

  /** "Purge now": forgets every contact. */
  async purgeAll(): Promise<void> {
    await this.db.history.clear();
  }
}
