/**
 * The account map in the panel: accounts from the contacts seen in this browser, sorted by how
 * much of the buying committee is covered, and one account's roles: who fills each (persona,
 * name, where and when seen) and, for a missing role, a LinkedIn people search to find them.
 */
import type { Account } from '../lib/accounts/account-map';
import { findThemUrl } from '../lib/accounts/account-map';
import { capitalize, humanize } from './persona-model';
import { ago } from './RecentView';
import { SafeLink } from './SafeLink';

const coverageText = (account: Account) => `${account.filled} of ${account.needed} roles covered`;

export function AccountsView({ accounts, onOpen }: { accounts: readonly Account[]; onOpen: (key: string) => void }) {
  return (
    <div className="pm-accounts">
      <h1>Accounts</h1>
      <p className="pm-hint">From the contacts you saw, kept only in this browser. Best covered first.</p>
      {accounts.length === 0 ? (
        <p className="pm-empty">No accounts yet: open LinkedIn profiles, searches or CRM records.</p>
      ) : (
        <ul className="pm-accounts__list" aria-label="Accounts by coverage">
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
        {account.spellings.length > 1 && <span className="pm-hint"> · seen as {account.spellings.join(', ')}</span>}
      </p>
      <ul className="pm-committee" aria-label={`Buying committee of ${account.name}`}>
        {account.roles.map((slot) => {
          const label = capitalize(humanize(slot.role));
          return (
            <li key={slot.role} className={slot.members.length ? 'pm-committee__role' : 'pm-committee__role pm-committee__role--missing'}>
              <span className="pm-committee__label">{label}</span>
              {slot.members.length ? (
                <ul className="pm-committee__people" aria-label={`${label} at ${account.name}`}>
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
                  Missing{' '}
                  <SafeLink href={findThemUrl(account.name, slot.personas[0]!.persona)} label={`Find them: ${label} at ${account.name}`}>
                    Find them
                  </SafeLink>
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {account.others.length > 0 && (
        <>
          <h2>Also seen here</h2>
          <ul className="pm-committee__people" aria-label={`Others seen at ${account.name}`}>
            {account.others.map((m) => (
              <li key={m.key}>
                <span className="pm-committee__name">{m.name}</span> <span className="pm-hint">{m.persona ? m.persona.name : m.title ?? 'no persona'}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
