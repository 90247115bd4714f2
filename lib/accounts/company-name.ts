/**
 * One account is one account: "Fabrikam, Inc.", "FABRIKAM GmbH", "@ Fabrikam" and "The Fabrikam
 * Ltd." are the same company as far as a seller's buying committee goes. Plain functions, run in
 * the panel and in Node tests.
 */

/**
 * Legal-form words, compared after lower-casing and dropping dots ("Inc." → "inc", "S.A." → "sa").
 * Only forms that never name a business on their own: "Group", "Holdings", "Labs" stay, since
 * "Fabrikam Group" and "Fabrikam Labs" may well be different accounts.
 */
const LEGAL_FORMS = new Set([
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'llc',
  'llp',
  'lp',
  'ltd',
  'limited',
  'plc',
  'gmbh',
  'mbh',
  'ag',
  'kg',
  'kgaa',
  'ug',
  'se',
  'sa',
  'sas',
  'sarl',
  'sasu',
  'srl',
  'spa',
  'sl',
  'bv',
  'nv',
  'vof',
  'ab',
  'as',
  'asa',
  'oy',
  'oyj',
  'aps',
  'pty',
  'pte',
  'kk',
  'sdn',
  'bhd',
  'ltda',
  'cv',
]);
/** Multi-word forms, dot-free and lower-case, matched at the end of the name. */
const LEGAL_PHRASES = [
  'gmbh co kg',
  'gmbh und co kg',
  'gmbh and co kg',
  'sa de cv',
  's de rl',
  'pty ltd',
  'pvt ltd',
  'private limited',
  'public limited company',
];

function words(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '') // "Lumière" and "Lumiere" are one account
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\.(?=\p{L})/gu, '') // "S.A." → "SA", "Co." stays a word
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** What a page puts around a company name: "@ Acme", "Acme | Hiring", "Acme (formerly Foo)". */
function clean(raw: string): string {
  return raw
    .replace(/\s[|·•–—]\s.*$/u, '')
    .replace(/\((?:formerly|ex|now|part of|acquired by)\b[^)]*\)/giu, '')
    .replace(/^\s*@\s*/u, '')
    .trim();
}

/**
 * The key accounts are grouped by: case, punctuation, accents, a leading "The" and trailing legal
 * forms do not count. Empty when nothing is left (a name that is only "Inc.").
 */
export function companyKey(raw: string | null | undefined): string {
  if (!raw) return '';
  let parts = words(clean(raw));
  if (parts[0] === 'the' && parts.length > 1) parts = parts.slice(1);
  for (let changed = true; changed && parts.length > 1; ) {
    changed = false;
    const tail = parts.join(' ');
    const phrase = LEGAL_PHRASES.find((p) => tail.endsWith(` ${p}`));
    if (phrase) {
      parts = parts.slice(0, parts.length - phrase.split(' ').length);
      changed = true;
    } else if (LEGAL_FORMS.has(parts[parts.length - 1]!)) {
      parts = parts.slice(0, -1);
      changed = true;
    }
  }
  return parts.join(' ');
}

/**
 * The name a seller reads and searches for: the page's spelling without the decorations and
 * legal form ("Fabrikam, Inc." → "Fabrikam"), keeping its case and accents.
 */
export function companyDisplayName(raw: string): string {
  const tokens = clean(raw)
    .replace(/^the\s+(?=\S)/iu, '')
    .split(/\s+/)
    .filter(Boolean);
  const key = companyKey(raw);
  // The shortest run of the page's words that still names the account: the rest is legal form.
  for (let n = 1; n <= tokens.length; n++) {
    const prefix = tokens.slice(0, n).join(' ');
    if (companyKey(prefix) === key) return prefix.replace(/[\s,.;:]+$/u, '') || prefix;
  }
  return raw.trim();
}
