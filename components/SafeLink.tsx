import { i18n } from '#i18n';
import type { ReactNode } from 'react';
import { isAllowedUrl } from '../lib/pack/vocabulary';

/** Pack links open only when https: or mailto:, in a new tab that cannot reach back to the panel. */
export function SafeLink({ href, children, label, onOpen }: { href: string; children: ReactNode; label?: string; onOpen?: () => void }) {
  if (!isAllowedUrl(href))
    return (
      <span className="pm-blocked-link" title={i18n.t('link.blocked')}>
        {children}
      </span>
    );
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" aria-label={label} onClick={onOpen} onAuxClick={onOpen}>
      {children}
    </a>
  );
}

/**
 * Opens a pack link from code (a keyboard shortcut rather than a click on a SafeLink), with the
 * same check: true when it opened, false when the link is of a kind that is never opened.
 * Every place that opens a pack URL goes through SafeLink or this.
 */
export function openPackLink(href: string, open: (url: string, target: string, features: string) => unknown = window.open.bind(window)): boolean {
  if (!isAllowedUrl(href)) return false;
  open(href, '_blank', 'noopener,noreferrer');
  return true;
}
