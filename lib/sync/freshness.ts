/** Packs past their `reviewBy` date are shown as "due for review": personas go stale. */
import type { Pack } from '../pack/schema';

const DAY_MS = 24 * 60 * 60 * 1000;

/** True from the day after `reviewBy` (UTC); a pack without `reviewBy` is never due. */
export function isDueForReview(pack: Pick<Pack, 'reviewBy'>, now: number | Date = Date.now()): boolean {
  const days = daysUntilReview(pack, now);
  return days !== null && days < 0;
}

/** Whole days left until `reviewBy` (0 on the day itself, negative once past), or null. */
export function daysUntilReview(pack: Pick<Pack, 'reviewBy'>, now: number | Date = Date.now()): number | null {
  if (!pack.reviewBy) return null;
  const due = Date.parse(`${pack.reviewBy}T00:00:00Z`);
  if (Number.isNaN(due)) return null;
  const t = typeof now === 'number' ? now : now.getTime();
  const today = Math.floor(t / DAY_MS) * DAY_MS;
  return Math.round((due - today) / DAY_MS);
}
