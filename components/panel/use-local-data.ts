/**
 * The panel's local data: the seller's corrections and the contact history. Every write goes
 * through the services (the Dexie stores in the side panel, fakes in tests), never from the view.
 */
import { i18n } from '#i18n';
import { useCallback, useEffect, useState } from 'react';
import type { TabState } from '../../lib/contracts/tab-state';
import type { Correction, SeenContact } from '../../lib/storage/db';
import type { PanelServices } from '../services';

export interface Corrections {
  corrections: ReadonlyMap<string, Correction>;
  /** Saves the seller's correction for a contact, or removes it (null), and says so. */
  saveCorrection(key: string, correction: Correction | null): Promise<void>;
}

export function useCorrections(services: PanelServices, announce: (text: string) => void): Corrections {
  const [corrections, setCorrections] = useState<Map<string, Correction>>(new Map());
  useEffect(() => {
    let live = true;
    void services.corrections.list().then((rows) => live && setCorrections(new Map(rows.map((c) => [c.key, c]))));
    return () => {
      live = false;
    };
  }, [services]);

  const saveCorrection = async (key: string, correction: Correction | null) => {
    if (correction) await services.corrections.save(correction);
    else await services.corrections.remove(key);
    setCorrections((prev) => {
      const next = new Map(prev);
      if (correction) next.set(key, correction);
      else next.delete(key);
      return next;
    });
    announce(correction ? (correction.chosenPersona ? i18n.t('panel.personaSaved') : i18n.t('panel.markedWrong')) : i18n.t('panel.correctionRemoved'));
  };
  return { corrections, saveCorrection };
}

export interface History {
  history: SeenContact[];
  retentionDays: number;
  refreshHistory(): Promise<void>;
  setRetentionDays(days: number): Promise<void>;
  purgeHistory(): Promise<void>;
}

/** The background records every contact it sees; the list here loads once and then follows. */
export function useHistory(services: PanelServices, state: TabState | null, announce: (text: string) => void): History {
  const [history, setHistory] = useState<SeenContact[]>([]);
  const [retentionDays, setRetention] = useState(30);
  const refreshHistory = useCallback(async () => {
    const [rows, days] = await Promise.all([services.history.recent(), services.history.retentionDays()]);
    setHistory(rows);
    setRetention(days);
  }, [services]);
  useEffect(() => {
    void refreshHistory();
  }, [refreshHistory]);
  useEffect(() => {
    if (state?.contacts.length) void refreshHistory().catch(() => {});
  }, [state, refreshHistory]);

  const setRetentionDays = async (days: number) => {
    await services.history.setRetentionDays(days);
    await refreshHistory();
    announce(i18n.t('panel.historyKept', days));
  };
  const purgeHistory = async () => {
    await services.history.purgeAll();
    await refreshHistory();
    announce(i18n.t('panel.historyPurged'));
  };
  return { history, retentionDays, refreshHistory, setRetentionDays, purgeHistory };
}
