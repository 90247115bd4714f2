import { i18n } from '#i18n';
import { useId, type ReactNode } from 'react';
import type { Pack } from '../lib/pack/schema';
import type { MatchedContact } from '../lib/contracts/tab-state';
import type { Correction, SeenContact } from '../lib/storage/db';
import { capitalize, committeeCoverage, findPersona, groupByPersona, type CoveragePerson } from '../lib/panel/persona-model';
import { buyingRoleName, personaModelWords } from '../utils/persona-model-words';

/**
 * A list page (search results, a company's people): every contact with its persona, grouped by
 * persona so an SDR sees who to message first, then buying-committee coverage per company.
 */
export function ListView({
  contacts,
  packs,
  corrections,
  history,
  onOpenContact,
}: {
  contacts: readonly MatchedContact[];
  packs: readonly Pack[];
  corrections: ReadonlyMap<string, Correction>;
  /** Earlier contacts count toward a company's coverage too. */
  history: readonly SeenContact[];
  onOpenContact: (key: string) => void;
}) {
  const groups = groupByPersona(contacts, packs, corrections, personaModelWords());
  const regionId = useId();
  const people: CoveragePerson[] = [
    ...groups.flatMap((g) =>
      g.contacts.map(({ item, persona }) => ({ name: item.contact.name?.value ?? item.contact.key, company: item.contact.company?.value ?? null, persona })),
    ),
    ...history.map((h) => {
      const c = corrections.get(h.key);
      return {
        name: h.name ?? h.key,
        company: h.company,
        persona: c?.chosenPersona ? findPersona(packs, c.pack, c.chosenPersona) : findPersona(packs, h.pack, h.persona),
      };
    }),
  ];
  const pageCompanies = new Set(contacts.map((c) => c.contact.company?.value.trim().toLowerCase()).filter(Boolean));
  const coverage = committeeCoverage(people, packs).filter((c) => pageCompanies.has(c.company.toLowerCase()));

  return (
    <div className="pm-list">
      <h1>{i18n.t('list.heading', contacts.length)}</h1>
      <section aria-labelledby={regionId} className="pm-section">
        <h2 id={regionId} className="pm-visually-hidden">
          {i18n.t('list.byPersona')}
        </h2>
        {groups.map((group) => (
          <ContactGroupList key={group.id} label={group.label} tone={group.tone} count={group.contacts.length}>
            {group.contacts.map(({ item, persona }) => (
              <li key={item.contact.key} className="pm-contact-row">
                <button type="button" className="pm-contact-row__name" onClick={() => onOpenContact(item.contact.key)}>
                  {item.contact.name?.value || i18n.t('contact.unnamed')}
                </button>
                <span className={`pm-badge ${persona?.persona.kind === 'negative' ? 'pm-badge--negative' : persona ? 'pm-badge--persona' : 'pm-badge--none'}`}>
                  {persona
                    ? persona.persona.kind === 'negative'
                      ? i18n.t('list.notAFit', { persona: persona.persona.name })
                      : persona.persona.name
                    : i18n.t('list.noMatch')}
                </span>
                {item.contact.title?.value && <span className="pm-contact-row__title">{item.contact.title.value}</span>}
                {item.contact.company?.value && <span className="pm-contact-row__company">{item.contact.company.value}</span>}
              </li>
            ))}
          </ContactGroupList>
        ))}
      </section>
      {coverage.length > 0 && (
        <section aria-label={i18n.t('list.coverageLabel')} className="pm-section">
          <h2>{i18n.t('list.committee')}</h2>
          {coverage.map((c) => (
            <div key={c.company} className="pm-coverage">
              <h3>{c.company}</h3>
              <ul aria-label={i18n.t('list.rolesSeen', { company: c.company })} className="pm-coverage__seen">
                {c.seen.map(({ role, people: names }) => (
                  <li key={role}>
                    <span className="pm-badge pm-badge--covered">{capitalize(buyingRoleName(role))}</span> {names.join(', ')}
                  </li>
                ))}
              </ul>
              {c.missing.length > 0 ? (
                <p className="pm-coverage__missing">
                  <span>{i18n.t('list.missing')} </span>
                  {c.missing.map((r) => capitalize(buyingRoleName(r))).join(', ')}
                </p>
              ) : (
                <p className="pm-coverage__complete">{i18n.t('list.complete')}</p>
              )}
            </div>
          ))}
        </section>
      )}
    </div>
  );
}

function ContactGroupList({ label, tone, count, children }: { label: string; tone: string; count: number; children: ReactNode }) {
  const id = useId();
  return (
    <div className={`pm-group pm-group--${tone}`}>
      <h3 id={id} className="pm-group__title">
        {label} <span className="pm-count">({count})</span>
      </h3>
      <ul aria-labelledby={id}>{children}</ul>
    </div>
  );
}
