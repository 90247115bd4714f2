import type { Asset } from '../lib/pack/schema';
import { isAllowedUrl } from '../lib/pack/vocabulary';
import { copyText } from './clipboard';
import { assetTypeLabel, pasteLine } from './persona-model';
import { SafeLink } from './SafeLink';
import { useAnnounce, useServices } from './services';

/** One proof asset: open it, copy its link, or copy a line ready to paste into a chat or email. */
export function AssetActions({ asset, packId, note, compact = false }: { asset: Asset; packId: string; note?: string; compact?: boolean }) {
  const announce = useAnnounce();
  const services = useServices();
  const allowed = isAllowedUrl(asset.url);
  const copy = async (text: string, what: string) => {
    const ok = await copyText(text);
    announce(ok ? `${what} copied` : `Could not copy the ${what.toLowerCase()}: the browser refused clipboard access`);
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
          <button type="button" className="pm-button pm-button--small" aria-label={`Copy link: ${asset.title}`} onClick={() => copy(asset.url, 'Link')}>
            Copy link
          </button>
          <button
            type="button"
            className="pm-button pm-button--small"
            aria-label={`Copy line to paste: ${asset.title}`}
            onClick={() => copy(pasteLine(asset), 'Line')}
          >
            Copy line
          </button>
        </div>
      )}
    </div>
  );
}
