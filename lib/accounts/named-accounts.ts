/**
 * Account-based notes: a pack's named accounts (by name, aliases or domain) with notes and a play
 * per persona, found for a contact's company with the same normalisation as the account map.
 */
import type { NamedAccount, Pack } from '../pack/schema';
import { companyKey } from './company-name';

export interface NamedAccountMatch {
  packId: string;
  account: NamedAccount;
  /** The play for the persona shown, if the pack has one. */
  play?: string;
}

/** "fabrikam.com" and "fabrikam.co.uk" name the company "fabrikam". */
const domainKey = (domain: string) => companyKey(domain.replace(/^www\./, '').split('.')[0]!);

export function namedAccountFor(packs: readonly Pack[], company: string | null | undefined, personaId?: string | null): NamedAccountMatch | undefined {
  const raw = company?.trim() ?? '';
  // Some CRMs show the company as its website ("fabrikam.com").
  const key = /^[\w-]+(\.[\w-]+)+$/.test(raw) ? domainKey(raw.toLowerCase()) : companyKey(raw);
  if (!key) return undefined;
  for (const pack of packs)
    for (const account of pack.accounts ?? []) {
      const names = [account.name, ...(account.aliases ?? [])].map(companyKey);
      if (names.includes(key) || (account.domains ?? []).some((d) => domainKey(d) === key))
        return { packId: pack.id, account, play: account.plays?.find((p) => p.persona === personaId)?.text };
    }
  return undefined;
}
