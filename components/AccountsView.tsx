/**
 * The account map in the panel: accounts from the contacts seen in this browser, sorted by how
 * much of the buying committee is covered, and one account's roles: who fills each (persona,
 * name, where and when seen) and, for a missing role, a LinkedIn people search to find them.
 */
import { i18n } from '#i18n';
import type { Account } from '../lib/accounts/account-map';
import { findThemUrl } from '../lib/accounts/account-map';
import { capitalize } from '../lib/panel/persona-model';
import { buyingRoleName } from '../utils/persona-model-words';
import { ago } from './RecentView';
import { SafeLink } from './SafeLink';

const coverageText = (account: Account) => i18n.t('accounts.coverage', { filled: account.filled, needed: account.needed });

export function AccountsView({ accounts, onOpen }: { accounts: readonly Account[]; onOpen: (key: string) => void }) {
  return (
    <div className="pm-accounts">
      <h1>{i18n.t('accounts.heading')}</h1>
      <p className="pm-hint">{i18n.t('accounts.hint')}</p>
      {accounts.length === 0 ? (
        <p className="pm-empty">{i18n.t('accounts.empty')}</p>
      ) : (
        <ul className="pm-accounts__list" aria-label={i18n.t('accounts.listLabel')}>
          {accounts.map((account) => (
            <li key={account.key} className="pm-account-row">
              <button type="button" className="pm-contact-row__name" onClick={() => onOpen(account.key)}>
                {account.name}
              </button>
              <span className="pm-account-row__coverage">{coverageText(account)}</span>
              <meter className="pm-meter" min={0} max={account.needed} value={account.filled} aria-hidden="true" />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function AccountView({ account, now }: { account: Account; now: number }) {
  return (
    <div className="pm-account">
      <h1>{account.name}</h1>
      <p className="pm-account__coverage">
        <strong>{coverageText(account)}</strong>
        {account.spellings.length > 1 && <span className="pm-hint"> · {i18n.t('accounts.seenAs', { spellings: account.spellings.join(', ') })}</span>}
      </p>
      <ul className="pm-committee" aria-label={i18n.t('accounts.committeeLabel', { account: account.name })}>
        {account.roles.map((slot) => {
          const label = capitalize(buyingRoleName(slot.role));
          return (
            <li key={slot.role} className={slot.members.length ? 'pm-committee__role' : 'pm-committee__role pm-committee__role--missing'}>
              <span className="pm-committee__label">{label}</span>
              {slot.members.length ? (
                <ul className="pm-committee__people" aria-label={i18n.t('accounts.roleAt', { role: label, account: account.name })}>
                  {slot.members.map((m) => (
                    <li key={m.key}>
                      <span className="pm-committee__name">{m.name}</span> <span className="pm-badge pm-badge--persona">{m.persona?.name}</span>{' '}
                      <span className="pm-contact-row__when">
                        {m.seenOn ? `${m.seenOn}, ` : ''}
                        {ago(m.seenAt, now)}
                      </span>
                    </li>
                  ))}
                </ul>
              ) : (
                <span className="pm-committee__missing">
                  {i18n.t('accounts.missing')}{' '}
                  <SafeLink
                    href={findThemUrl(account.name, slot.personas[0]!.persona)}
                    label={i18n.t('accounts.findThemLabel', { role: label, account: account.name })}
                  >
                    {i18n.t('accounts.findThem')}
                  </SafeLink>
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {account.others.length > 0 && (
        <>
          <h2>{i18n.t('accounts.alsoSeen')}</h2>
          <ul className="pm-committee__people" aria-label={i18n.t('accounts.othersLabel', { account: account.name })}>
            {account.others.map((m) => (
              <li key={m.key}>
                <span className="pm-committee__name">{m.name}</span>{' '}
                <span className="pm-hint">{m.persona ? m.persona.name : (m.title ?? i18n.t('accounts.noPersona'))}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
