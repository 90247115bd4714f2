import { i18n } from '#i18n';
import { useId, useState } from 'react';
import type { Pack } from '../lib/pack/schema';
import type { MatchedContact } from '../lib/contracts/tab-state';
import type { Account } from '../lib/accounts/account-map';
import { namedAccountFor } from '../lib/accounts/named-accounts';
import type { Correction } from '../lib/storage/db';
import { reasonWords, sayReasonIn } from '../utils/reason-words';
import { effectivePersona, findPersona, isUnsure } from '../lib/panel/persona-model';
import { PersonaView, type PersonaFocus } from './PersonaView';

export interface ContactViewProps {
  item: MatchedContact;
  packs: readonly Pack[];
  correction: Correction | undefined;
  /** Saves a correction, or removes the contact's correction when given null. */
  onCorrect: (correction: Correction | null) => void;
  stage: string;
  onStageChange: (stage: string) => void;
  focus?: PersonaFocus;
  /** The contact's account in the local account map, when known. */
  account?: Account;
  onOpenAccount?: (key: string) => void;
}

/** A contact on the page: who they are, which persona and why, and a way to fix the match. */
export function ContactView({ item, packs, correction, onCorrect, stage, onStageChange, focus, account, onOpenAccount }: ContactViewProps) {
  const { contact, match } = item;
  const target = effectivePersona(packs, match, correction);
  const engine = findPersona(packs, match.pack, match.persona);
  const name = contact.name?.value || i18n.t('contact.unnamed');
  const title = contact.title?.value || match.input;

  const base = { key: contact.key, title, matchedPersona: match.persona };
  const choose = (packId: string, personaId: string) =>
    onCorrect({ ...base, chosenPersona: personaId, pack: packId, wrongMatch: personaId !== match.persona || packId !== match.pack, at: Date.now() });
  const markWrong = () => onCorrect({ ...base, chosenPersona: null, pack: match.pack, wrongMatch: true, at: Date.now() });

  return (
    <div className="pm-contact">
      {/* One line: the page already shows who this is; the panel's room is for what to say. */}
      <header className="pm-contact__head" title={[name, title, contact.company?.value].filter(Boolean).join(' · ')}>
        <h1 className="pm-contact__name">{name}</h1>
        {title && <span className="pm-contact__title">{title}</span>}
        {contact.company?.value && <span className="pm-contact__company">{contact.company.value}</span>}
      </header>
      {account && onOpenAccount && (
        <p className="pm-account-link">
          <button type="button" className="pm-button pm-button--link" onClick={() => onOpenAccount(account.key)}>
            {i18n.t('contact.accountLink', { account: account.name, filled: account.filled, needed: account.needed })}
          </button>
        </p>
      )}

      <NamedAccountNote packs={packs} company={contact.company?.value} personaId={target?.persona.id} />

      {correction && (
        <p className="pm-correction-note" role="note">
          {correctionNote(packs, correction, engine?.persona.name)}{' '}
          <button type="button" className="pm-button pm-button--link" onClick={() => onCorrect(null)}>
            {i18n.t('contact.undo')}
          </button>
        </p>
      )}

      {!target && !correction && (
        <div className="pm-nomatch">
          <h2>{i18n.t('contact.noMatch')}</h2>
          <p>{i18n.t('contact.noMatchBody', { title })}</p>
        </div>
      )}

      <MatchExplanation item={item} packs={packs} onChoose={choose} onWrongMatch={markWrong} corrected={!!correction} />

      {target && <PersonaView target={target} stage={stage} onStageChange={onStageChange} level={2} focus={focus} />}
    </div>
  );
}

/** "You picked X for this contact; the rules said Y." or "You marked Y as a wrong match." */
function correctionNote(packs: readonly Pack[], correction: Correction, rules: string | undefined): string {
  if (!correction.chosenPersona) return rules ? i18n.t('contact.youMarkedWrong', { persona: rules }) : i18n.t('contact.youMarkedMatchWrong');
  const picked = findPersona(packs, correction.pack, correction.chosenPersona)?.persona.name ?? correction.chosenPersona;
  return rules ? i18n.t('contact.youPickedOverRules', { picked, rules }) : i18n.t('contact.youPicked', { picked });
}

function MatchExplanation({
  item,
  packs,
  onChoose,
  onWrongMatch,
  corrected,
}: {
  item: MatchedContact;
  packs: readonly Pack[];
  onChoose: (packId: string, personaId: string) => void;
  onWrongMatch: () => void;
  corrected: boolean;
}) {
  const { match } = item;
  const unsure = isUnsure(match);
  const [open, setOpen] = useState(unsure);
  const pickerId = useId();
  const [picked, setPicked] = useState('');
  const words = reasonWords();
  const runnersUp = match.alternatives
    .map((alt) => ({ alt, ref: findPersona(packs, alt.pack, alt.persona) }))
    .filter((r) => r.ref)
    .slice(0, 3);

  return (
    <details className={`pm-why${unsure ? ' pm-why--unsure' : ''}`} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{match.persona ? (unsure ? i18n.t('contact.whyUnsure') : i18n.t('contact.why')) : i18n.t('contact.whyNone')}</summary>
      {match.reasons.length > 0 ? (
        <ul className="pm-reasons" aria-label={i18n.t('contact.reasons')}>
          {match.reasons.map((r, i) => (
            <li key={i}>{sayReasonIn(r, words)}</li>
          ))}
        </ul>
      ) : (
        <p className="pm-empty">{i18n.t('contact.noReason')}</p>
      )}
      {runnersUp.length > 0 && (
        <>
          <p className="pm-why__sub">{i18n.t('contact.runnersUp')}</p>
          <ul className="pm-runnersup" aria-label={i18n.t('contact.runnersUp')}>
            {runnersUp.map(({ alt, ref }) => (
              <li key={`${alt.pack}/${alt.persona}`}>
                <span className="pm-runnerup__name">{ref!.persona.name}</span>
                {alt.reasons[0] && <span className="pm-runnerup__reason"> {sayReasonIn(alt.reasons[0], words)}</span>}{' '}
                <button type="button" className="pm-button pm-button--small" onClick={() => onChoose(alt.pack, alt.persona)}>
                  {i18n.t('contact.use', { persona: ref!.persona.name })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="pm-picker">
        <label htmlFor={pickerId}>{i18n.t('contact.pickerLabel')}</label>
        <div className="pm-picker__row">
          <select id={pickerId} value={picked} onChange={(e) => setPicked(e.target.value)}>
            <option value="">{i18n.t('contact.choose')}</option>
            {packs.map((pack) => (
              <optgroup key={pack.id} label={pack.name}>
                {pack.personas.map((p) => (
                  <option key={p.id} value={`${pack.id}/${p.id}`}>
                    {p.kind === 'negative' ? i18n.t('contact.notAFitOption', { persona: p.name }) : p.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <button
            type="button"
            className="pm-button pm-button--small"
            disabled={!picked}
            onClick={() => {
              const [packId, personaId] = picked.split('/');
              if (packId && personaId) onChoose(packId, personaId);
              setPicked('');
            }}
          >
            {i18n.t('contact.usePersona')}
          </button>
        </div>
        {match.persona && !corrected && (
          <button type="button" className="pm-button pm-button--small pm-button--warn" onClick={onWrongMatch}>
            {i18n.t('contact.wrongMatch')}
          </button>
        )}
      </div>
    </details>
  );
}

/** A pack's notes for a named account, and its play for the persona shown. */
function NamedAccountNote({ packs, company, personaId }: { packs: readonly Pack[]; company?: string; personaId?: string }) {
  const named = namedAccountFor(packs, company, personaId);
  if (!named) return null;
  return (
    <aside className="pm-named" aria-label={i18n.t('contact.namedAccount', { account: named.account.name })}>
      <strong>{i18n.t('contact.namedAccountTitle', { account: named.account.name })}</strong>
      {named.play && (
        <p className="pm-named__play">
          <span className="pm-cta__label">{i18n.t('contact.play')}</span> {named.play}
        </p>
      )}
      {named.account.notes && <p className="pm-named__notes">{named.account.notes}</p>}
    </aside>
  );
}
