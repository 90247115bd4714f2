/**
 * Dates and numbers in the UI language, the one the browser chose the messages for
 * (browser.i18n.getUILanguage), so a German panel says "31. März 2026", not "March 31, 2026".
 */
import { browser } from 'wxt/browser';

export const uiLanguage = (): string => browser.i18n.getUILanguage();

/** A moment (ms since the epoch) as date and time, the way the locale writes both. */
export const formatDateTime = (ms: number): string => new Date(ms).toLocaleString(uiLanguage());

/** A calendar day written YYYY-MM-DD (a pack's `reviewBy`); anything else is shown as written. */
export function formatDay(day: string): string {
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime())) return day;
  return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'long', timeZone: 'UTC' }).format(parsed);
}

export const formatNumber = (value: number): string => new Intl.NumberFormat(uiLanguage()).format(value);
