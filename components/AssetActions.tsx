import { i18n } from '#i18n';
import type { Asset } from '../lib/pack/schema';
import { isAllowedUrl } from '../lib/pack/vocabulary';
import { copyText } from './clipboard';
import { pasteLine } from '../lib/panel/persona-model';
import { SafeLink } from './SafeLink';
import { useAnnounce, useServices } from './services';
import { assetTypeLabel } from '../utils/persona-model-words';

/** One proof asset: open it, copy its link, or copy a line ready to paste into a chat or email. */
export function AssetActions({ asset, packId, note, compact = false }: { asset: Asset; packId: string; note?: string; compact?: boolean }) {
  const announce = useAnnounce();
  const services = useServices();
  const allowed = isAllowedUrl(asset.url);
  const copy = async (text: string, what: 'link' | 'line') => {
    const ok = await copyText(text);
    if (ok) announce(i18n.t('asset.copied', { what: what === 'link' ? i18n.t('asset.link') : i18n.t('asset.line') }));
    else announce(what === 'link' ? i18n.t('asset.copyFailedLink') : i18n.t('asset.copyFailedLine'));
    if (ok) services.recordUsage?.('asset-copied', packId, asset.id);
  };
  return (
    <div className={`pm-asset${compact ? ' pm-asset--compact' : ''}`}>
      <div className="pm-asset__head">
        <span className="pm-badge pm-badge--type">{assetTypeLabel(asset.type)}</span>
        <SafeLink href={asset.url} onOpen={() => services.recordUsage?.('asset-opened', packId, asset.id)}>
          {asset.title}
        </SafeLink>
      </div>
      {!compact && asset.summary && <p className="pm-asset__summary">{asset.summary}</p>}
      {note && <p className="pm-asset__note">{note}</p>}
      {allowed && (
        <div className="pm-asset__buttons">
          <button
            type="button"
            className="pm-button pm-button--small"
            aria-label={i18n.t('asset.copyLinkLabel', { title: asset.title })}
            onClick={() => copy(asset.url, 'link')}
          >
            {i18n.t('asset.copyLink')}
          </button>
          <button
            type="button"
            className="pm-button pm-button--small"
            aria-label={i18n.t('asset.copyLineLabel', { title: asset.title })}
            onClick={() => copy(pasteLine(asset), 'line')}
          >
            {i18n.t('asset.copyLine')}
          </button>
        </div>
      )}
    </div>
  );
}

/** The asset type as the seller reads it, in the UI language. */
