import { i18n } from '#i18n';
import { useId } from 'react';
import type { Pack } from '../lib/pack/schema';
import type { Correction, SeenContact } from '../lib/storage/db';
import { effectivePersona } from '../lib/panel/persona-model';

const RETENTION_CHOICES = [1, 7, 30, 90, 365];

/** "5 min ago", "2 h ago", "3 days ago". */
export function ago(then: number, now: number): string {
  const minutes = Math.max(0, Math.round((now - then) / 60_000));
  if (minutes < 1) return i18n.t('time.justNow');
  if (minutes < 60) return i18n.t('time.minutesAgo', { minutes });
  const hours = Math.round(minutes / 60);
  if (hours < 24) return i18n.t('time.hoursAgo', { hours });
  return i18n.t('time.daysAgo', Math.round(hours / 24));
}

/** Contacts seen lately, kept only in this browser for the chosen number of days. */
export function RecentView({
  history,
  packs,
  corrections,
  retentionDays,
  now,
  onRetentionChange,
  onPurge,
  onOpenPersona,
}: {
  history: readonly SeenContact[];
  packs: readonly Pack[];
  /** The seller's picks win over the persona recorded when the contact was seen. */
  corrections: ReadonlyMap<string, Correction>;
  retentionDays: number;
  now: number;
  onRetentionChange: (days: number) => void;
  onPurge: () => void;
  onOpenPersona: (packId: string, personaId: string) => void;
}) {
  const selectId = useId();
  const choices = RETENTION_CHOICES.includes(retentionDays) ? RETENTION_CHOICES : [...RETENTION_CHOICES, retentionDays].sort((a, b) => a - b);
  return (
    <div className="pm-recent">
      <h1>{i18n.t('recent.heading')}</h1>
      <p className="pm-hint">{i18n.t('recent.hint')}</p>
      <div className="pm-retention">
        <label htmlFor={selectId}>{i18n.t('recent.keepFor')}</label>
        <select id={selectId} value={retentionDays} onChange={(e) => onRetentionChange(Number(e.target.value))}>
          {choices.map((d) => (
            <option key={d} value={d}>
              {i18n.t('time.days', d)}
            </option>
          ))}
        </select>
        <button type="button" className="pm-button pm-button--small pm-button--warn" onClick={onPurge}>
          {i18n.t('recent.purge')}
        </button>
      </div>
      {history.length === 0 ? (
        <p className="pm-empty">{i18n.t('recent.empty')}</p>
      ) : (
        <ul className="pm-recent__list" aria-label={i18n.t('recent.heading')}>
          {history.map((h) => {
            const ref = effectivePersona(packs, h, corrections.get(h.key));
            return (
              <li key={h.key} className="pm-contact-row">
                <span className="pm-contact-row__name-text">{h.name ?? i18n.t('contact.unnamed')}</span>
                {ref ? (
                  <button type="button" className="pm-badge pm-badge--persona pm-badge--button" onClick={() => onOpenPersona(ref.pack.id, ref.persona.id)}>
                    {ref.persona.kind === 'negative' ? i18n.t('list.notAFit', { persona: ref.persona.name }) : ref.persona.name}
                  </button>
                ) : (
                  <span className="pm-badge pm-badge--none">{i18n.t('list.noMatch')}</span>
                )}
                {(h.title || h.company) && <span className="pm-contact-row__title">{[h.title, h.company].filter(Boolean).join(' · ')}</span>}
                <span className="pm-contact-row__when">
                  {h.seenOn ? `${h.seenOn}, ` : ''}
                  {ago(h.seenAt, now)}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
