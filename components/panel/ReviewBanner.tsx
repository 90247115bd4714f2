import { i18n } from '#i18n';
import type { Pack } from '../../lib/pack/schema';
import { isDueForReview } from '../../lib/sync/freshness';
import { formatDay } from '../locale';

/** Personas go stale: a pack past its `reviewBy` date says so wherever it is shown. */
export function ReviewBanner({ packs, now }: { packs: readonly Pack[]; now: number }) {
  const due = packs.filter((pack) => isDueForReview(pack, now));
  if (due.length === 0) return null;
  return (
    <p className="pm-review" role="note">
      {i18n.t('panel.dueForReviewTail', {
        packs: due.map((pack) => i18n.t('panel.dueForReview', { pack: pack.name, date: formatDay(pack.reviewBy!) })).join(i18n.t('panel.listSeparator')),
      })}
    </p>
  );
}
