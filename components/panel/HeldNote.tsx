import { i18n } from '#i18n';
import type { TabState } from '../../lib/contracts/tab-state';

function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return i18n.t('panel.anotherTab');
  }
}

/** "Still showing the contact from salesforce.com, seen 2 min ago": one click back, or pin it. */
export function HeldNote({
  state,
  pinned,
  onPin,
  now,
  onShowTab,
}: {
  state: TabState;
  pinned: boolean;
  onPin: (pinned: boolean) => void;
  now: number;
  onShowTab?: (tabId: number) => void;
}) {
  const minutes = Math.max(0, Math.round((now - state.updatedAt) / 60_000));
  const when = minutes < 1 ? i18n.t('time.justNow') : i18n.t('time.minutesAgo', { minutes });
  const seen = { site: siteOf(state.url), when };
  return (
    <p className="pm-held" role="note" aria-label={i18n.t('panel.keptLabel')}>
      <span>{pinned ? i18n.t('panel.pinnedSeen', seen) : i18n.t('panel.keptSeen', seen)}</span>{' '}
      {onShowTab && (
        <button type="button" className="pm-button pm-button--small" onClick={() => onShowTab(state.tabId)}>
          {i18n.t('panel.backToTab')}
        </button>
      )}{' '}
      <button type="button" className="pm-button pm-button--small" aria-pressed={pinned} onClick={() => onPin(!pinned)}>
        {pinned ? i18n.t('panel.unpin') : i18n.t('panel.pin')}
      </button>
    </p>
  );
}
