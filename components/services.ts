/**
 * What the panel needs from the outside world, passed in so components stay testable: the
 * side-panel entrypoint wires the Dexie stores, tests pass in-memory fakes or fake-indexeddb.
 */
import { createContext, useContext } from 'react';
import type { Correction, SeenContact, UsageCount } from '../lib/storage/db';

export interface PanelServices {
  corrections: {
    list(): Promise<Correction[]>;
    save(correction: Correction): Promise<void>;
    remove(key: string): Promise<void>;
  };
  history: {
    recent(): Promise<SeenContact[]>;
    record(contacts: SeenContact[]): Promise<void>;
    retentionDays(): Promise<number>;
    setRetentionDays(days: number): Promise<void>;
    purgeAll(): Promise<void>;
  };
  /** Local usage counters (never sent anywhere); optional. */
  recordUsage?(event: UsageCount['event'], packId: string, id: string): void;
  /** Brings a tab to the front (the tab a kept contact was seen in). */
  showTab?(tabId: number): void;
  /** Opens this panel in its own window; absent when already popped out. */
  popOut?(): void;
  /**
   * "Save page structure for your admin": the tab's page skeleton (lib/content/skeleton.ts),
   * downloaded as a file; absent where no tab can be asked.
   */
  savePageStructure?(tabId: number): Promise<{ ok: true; fileName: string } | { ok: false; message: string }>;
  /** Now, for "seen 3 min ago" (tests pin it). */
  now?(): number;
}

/** Keeps everything in memory: for tests and for a panel opened without a database. */
export function memoryServices(initial: { corrections?: Correction[]; history?: SeenContact[] } = {}): PanelServices {
  const corrections = new Map((initial.corrections ?? []).map((c) => [c.key, c]));
  const history = new Map((initial.history ?? []).map((h) => [h.key, h]));
  let retention = 30;
  return {
    corrections: {
      list: async () => [...corrections.values()].sort((a, b) => b.at - a.at),
      save: async (c) => void corrections.set(c.key, c),
      remove: async (key) => void corrections.delete(key),
    },
    history: {
      recent: async () => [...history.values()].sort((a, b) => b.seenAt - a.seenAt),
      record: async (rows) => rows.forEach((r) => history.set(r.key, r)),
      retentionDays: async () => retention,
      setRetentionDays: async (days) => void (retention = days),
      purgeAll: async () => history.clear(),
    },
  };
}

export const ServicesContext = createContext<PanelServices>(memoryServices());
export const useServices = () => useContext(ServicesContext);

/** Announces short results ("Link copied") to screen readers and sighted users alike. */
export const AnnounceContext = createContext<(message: string) => void>(() => {});
export const useAnnounce = () => useContext(AnnounceContext);
