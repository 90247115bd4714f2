import { i18n } from '#i18n';
import type { MatchedContact } from '../../lib/contracts/tab-state';
import type { Pack } from '../../lib/pack/schema';
import { effectivePersona, pasteLine } from '../../lib/panel/persona-model';
import type { SearchHit } from '../../lib/search/search-index';
import type { Correction } from '../../lib/storage/db';
import { copyText } from '../clipboard';
import type { PersonaFocus } from '../PersonaView';
import { openPackLink } from '../SafeLink';
import type { PanelServices } from '../services';
import type { PanelView } from './use-navigation';

/**
 * What choosing a search hit does, and the usage it counts: an asset is copied as a paste line
 * (or opened, with Shift); anything else opens its persona at the part that matched, in place
 * when the contact on screen already has that persona. `opened` runs after a persona opens.
 */
export function useOpenHit({
  packs,
  services,
  announce,
  single,
  corrections,
  push,
  opened,
}: {
  packs: readonly Pack[];
  services: PanelServices;
  announce: (text: string) => void;
  /** The one contact on screen (a profile or record page), if any. */
  single: MatchedContact | undefined;
  corrections: ReadonlyMap<string, Correction>;
  push: (view: PanelView) => void;
  opened: () => void;
}): (hit: SearchHit, openLink: boolean) => Promise<void> {
  return async (hit, openLink) => {
    if (hit.kind === 'asset') {
      const asset = packs.find((p) => p.id === hit.packId)?.assets.find((a) => a.id === hit.refId);
      if (!asset) return;
      if (openLink) {
        // The database may hold a row no validation produced (an old version, a damaged store).
        if (!openPackLink(asset.url)) return announce(i18n.t('panel.linkNotOpened', { title: asset.title }));
        services.recordUsage?.('asset-opened', hit.packId, asset.id);
        return;
      }
      const ok = await copyText(pasteLine(asset));
      announce(ok ? i18n.t('panel.lineCopied', { title: asset.title }) : i18n.t('panel.copyRefused'));
      if (ok) services.recordUsage?.('asset-copied', hit.packId, asset.id);
      return;
    }
    const focus: PersonaFocus | undefined =
      hit.kind === 'objection'
        ? { objectionId: hit.refId }
        : hit.kind === 'question'
          ? { questionIndex: Number(hit.refId) }
          : hit.kind === 'quote'
            ? { section: 'voice' }
            : hit.kind === 'competitor'
              ? { section: 'competitors' }
              : undefined;
    if (hit.kind === 'objection') services.recordUsage?.('objection-opened', hit.packId, hit.refId);
    // The contact on screen already has this persona: answer in place, keeping the contact in view.
    const current = single && effectivePersona(packs, single.match, corrections.get(single.contact.key));
    if (single && current && current.pack.id === hit.packId && current.persona.id === hit.personaId) {
      push({ kind: 'contact', key: single.contact.key, focus });
    } else if (hit.personaId) {
      push({ kind: 'persona', packId: hit.packId, personaId: hit.personaId, focus });
    }
    opened();
  };
}
