/**
 * The account map: contacts the seller has seen (local history only), grouped by company into
 * accounts, each with the buying-committee roles of the installed packs, who fills them, and
 * what is missing. Nothing here fetches anything: "find them" is a link the seller follows.
 */
import { BUYING_ROLES } from '../pack/vocabulary';
import type { Pack, Persona } from '../pack/schema';
import type { Correction, SeenContact } from '../storage/db';
import { companyDisplayName, companyKey } from './company-name';

export type BuyingRole = (typeof BUYING_ROLES)[number];

export interface AccountMember {
  key: string;
  name: string;
  title: string | null;
  packId: string | null;
  persona: Persona | null;
  seenOn: string | null;
  seenAt: number;
  pageUrl: string | null;
}

export interface RoleCoverage {
  role: BuyingRole;
  /** The personas of the installed packs that play this role (the first is searched for). */
  personas: Array<{ packId: string; persona: Persona }>;
  members: AccountMember[];
}

export interface Account {
  key: string;
  /** The spelling shown: the most seen, without its legal form. */
  name: string;
  /** Every spelling the pages used, for "also seen as". */
  spellings: string[];
  roles: RoleCoverage[];
  filled: number;
  needed: number;
  /** filled / needed, 0 when the packs define no roles. */
  coverage: number;
  /** Seen at the account but with no buying role (no match, or a persona without a role). */
  others: AccountMember[];
  lastSeenAt: number;
}

/** The roles the packs call for: those their buyer personas carry, in the schema's order. */
export function neededRoles(packs: readonly Pack[]): RoleCoverage[] {
  return BUYING_ROLES.map((role) => ({
    role,
    personas: packs.flatMap((pack) => pack.personas.filter((p) => p.kind !== 'negative' && p.role === role).map((persona) => ({ packId: pack.id, persona }))),
    members: [],
  })).filter((r) => r.personas.length > 0);
}

/** The seller's pick wins over the persona recorded when the contact was seen. */
function personaOf(row: SeenContact, packs: readonly Pack[], correction: Correction | undefined): { packId: string; persona: Persona } | null {
  const find = (packId: string | null, personaId: string | null) => {
    if (!personaId) return null;
    for (const pack of packs) {
      if (packId && pack.id !== packId) continue;
      const persona = pack.personas.find((p) => p.id === personaId);
      if (persona) return { packId: pack.id, persona };
    }
    return null;
  };
  if (correction?.chosenPersona) return find(correction.pack, correction.chosenPersona) ?? find(row.pack, row.persona);
  if (correction?.wrongMatch) return null;
  return find(row.pack, row.persona);
}

/**
 * Accounts from the history, best covered first (then the most recently seen). A company where
 * everyone seen is "not a fit" (a university, a recruiting firm) is no account.
 */
export function accountMap(history: readonly SeenContact[], packs: readonly Pack[], corrections: ReadonlyMap<string, Correction> = new Map()): Account[] {
  const byKey = new Map<string, { rows: SeenContact[]; spellings: Map<string, number> }>();
  for (const row of history) {
    const key = companyKey(row.company);
    if (!key || !row.name) continue;
    const entry = byKey.get(key) ?? { rows: [] as SeenContact[], spellings: new Map<string, number>() };
    entry.rows.push(row);
    const spelling = row.company!.trim();
    entry.spellings.set(spelling, (entry.spellings.get(spelling) ?? 0) + 1);
    byKey.set(key, entry);
  }
  const accounts: Account[] = [];
  for (const [key, { rows, spellings }] of byKey) {
    const roles = neededRoles(packs);
    const others: AccountMember[] = [];
    let anyBuyer = false;
    // Newest first, one entry per contact.
    const seen = new Set<string>();
    for (const row of [...rows].sort((a, b) => b.seenAt - a.seenAt)) {
      if (seen.has(row.key)) continue;
      seen.add(row.key);
      const ref = personaOf(row, packs, corrections.get(row.key));
      if (ref?.persona.kind !== 'negative') anyBuyer = true;
      const member: AccountMember = {
        key: row.key,
        name: row.name!,
        title: row.title,
        packId: ref?.packId ?? null,
        persona: ref?.persona ?? null,
        seenOn: row.seenOn ?? null,
        seenAt: row.seenAt,
        pageUrl: row.pageUrl ?? row.profileUrl ?? null,
      };
      const slot = ref && ref.persona.kind !== 'negative' ? roles.find((r) => r.role === ref.persona.role) : undefined;
      if (slot) slot.members.push(member);
      else others.push(member);
    }
    if (!anyBuyer) continue;
    // The most seen spelling; on a tie, one in mixed case ("Fabrikam, Inc." over "FABRIKAM LTD."), then the shortest.
    const shouting = (name: string) => (name === name.toUpperCase() && /\p{Lu}{2}/u.test(name) ? 1 : 0);
    const ranked = [...spellings].sort((a, b) => b[1] - a[1] || shouting(a[0]) - shouting(b[0]) || a[0].length - b[0].length);
    const filled = roles.filter((r) => r.members.length > 0).length;
    accounts.push({
      key,
      name: companyDisplayName(ranked[0]![0]),
      spellings: ranked.map(([s]) => s),
      roles,
      filled,
      needed: roles.length,
      coverage: roles.length ? filled / roles.length : 0,
      others,
      lastSeenAt: Math.max(...rows.map((r) => r.seenAt)),
    });
  }
  return accounts.sort((a, b) => b.coverage - a.coverage || b.lastSeenAt - a.lastSeenAt || a.name.localeCompare(b.name));
}

/** The account a contact belongs to, if the history knows it. */
export function accountOf(accounts: readonly Account[], company: string | null | undefined): Account | undefined {
  const key = companyKey(company);
  return key ? accounts.find((a) => a.key === key) : undefined;
}

const quote = (phrase: string) => (/\s/.test(phrase) ? `"${phrase.replace(/"/g, '')}"` : phrase);

/**
 * "Find them": a LinkedIn people search for the company with keywords from the persona's match
 * rules (its first titles, else its keywords). A normal page the seller opens; nothing is fetched.
 */
export function findThemUrl(company: string, persona: Persona): string {
  const phrases = (
    persona.match.titles?.length ? persona.match.titles : [...(persona.match.keywords?.all ?? []), ...(persona.match.keywords?.any ?? [])]
  ).slice(0, 3);
  const who = phrases.length > 1 ? `(${phrases.map(quote).join(' OR ')})` : phrases.map(quote).join('');
  const keywords = [quote(company), who].filter(Boolean).join(' ');
  return `https://www.linkedin.com/search/results/people/?keywords=${encodeURIComponent(keywords)}&origin=GLOBAL_SEARCH_HEADER`;
}
