/**
 * Admin-defined sites from the installed packs, and the host access each needs. Access is
 * asked for here, one site at a time, because a permission request needs the user's click.
 */
import { i18n } from '#i18n';
import { useCallback, useEffect, useState } from 'react';
import { siteStatuses, type SitePermissions, type SiteStatus } from '../../lib/adapters/site-permissions';
import type { Pack } from '../../lib/pack/schema';

export interface SitesSectionProps {
  packs: Pack[];
  browser: {
    permissions: SitePermissions['permissions'] & { request(p: { origins: string[] }): Promise<boolean>; remove(p: { origins: string[] }): Promise<boolean> };
  };
}

export function SitesSection({ packs, browser }: SitesSectionProps) {
  const [statuses, setStatuses] = useState<SiteStatus[] | null>(null);
  const [message, setMessage] = useState('');
  const refresh = useCallback(() => void siteStatuses(browser, packs).then(setStatuses), [browser, packs]);
  useEffect(refresh, [refresh]);

  const toggle = async (status: SiteStatus) => {
    const changed = status.granted
      ? await browser.permissions.remove({ origins: status.origins })
      : await browser.permissions.request({ origins: status.origins });
    const site = status.site.name;
    setMessage(changed ? (status.granted ? i18n.t('sites.removed', { site }) : i18n.t('sites.granted', { site })) : i18n.t('sites.unchanged', { site }));
    refresh();
  };

  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{i18n.t('sites.heading')}</h2>
      <p>{i18n.t('sites.intro')}</p>
      {statuses === null ? null : statuses.length === 0 ? (
        <p>{i18n.t('sites.none')}</p>
      ) : (
        <ul className="rows">
          {statuses.map((status) => (
            <li key={`${status.packId}/${status.site.id}`}>
              <span>
                <strong>{status.site.name}</strong> <small>{status.origins.join(', ')}</small>
              </span>
              <span className={status.granted ? 'ok' : 'muted'}>{status.granted ? i18n.t('sites.allowed') : i18n.t('sites.notAllowed')}</span>
              <button type="button" onClick={() => void toggle(status)}>
                {status.granted ? i18n.t('sites.removeAccess') : i18n.t('sites.allowAccess')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status">{message}</p>
    </section>
  );
}
