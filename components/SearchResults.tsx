import { i18n } from '#i18n';
import type { SearchHit } from '../lib/search/search-index';
import { DemoLabel } from './DemoLabel';

/**
 * The result list of the search combobox. Options are not focusable themselves: focus stays in
 * the search box and `aria-activedescendant` points at the active row (WAI-ARIA combobox pattern).
 */
export function SearchResults({
  listId,
  query,
  hits,
  active,
  onActivate,
  onHover,
  demoPackIds = new Set(),
}: {
  listId: string;
  query: string;
  hits: readonly SearchHit[];
  active: number;
  onActivate: (hit: SearchHit, openLink: boolean) => void;
  onHover: (index: number) => void;
  /** Packs whose hits are sample content, labelled DEMO. */
  demoPackIds?: ReadonlySet<string>;
}) {
  return (
    <div className="pm-results">
      <p className="pm-hint" id={`${listId}-hint`}>
        {hits.length === 0 ? i18n.t('search.nothingFound', { query }) : i18n.t('search.results', hits.length)}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the combobox pattern: the search box owns focus and the keys, and points at the active option with aria-activedescendant. */}
      <ul id={listId} role="listbox" aria-label={i18n.t('search.listLabel')} className="pm-results__list">
        {hits.map((hit, i) => (
          // biome-ignore lint/a11y/useFocusableInteractive lint/a11y/useKeyWithClickEvents: an option of the combobox above: never focused itself; the search box handles the keys.
          <li
            key={hit.id}
            id={optionId(listId, i)}
            // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: an option of the combobox (see the list above).
            role="option"
            aria-selected={i === active}
            className={`pm-result pm-result--${hit.kind}${i === active ? ' pm-result--active' : ''}`}
            onMouseDown={(e) => e.preventDefault() /* keep focus in the search box */}
            onClick={(e) => onActivate(hit, e.shiftKey)}
            onMouseMove={() => i !== active && onHover(i)}
          >
            <span className="pm-result__title">{hit.title}</span>
            <span className="pm-result__context">
              {hit.context} <DemoLabel demo={demoPackIds.has(hit.packId)} />
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export const optionId = (listId: string, index: number) => `${listId}-option-${index}`;
