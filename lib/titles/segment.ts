/**
 * Headline structure: clean-up (emoji, pronouns, gender markers, credentials with symbols),
 * segments (| • · – ; " - ", and "/" between two roles), job-seeking status phrases, the
 * employer ("at", "@", "chez", "bei", "presso", "på"…), the person an assistant works for ("to
 * the CFO"), past-role markers, and the displayed title.
 */
import type { Lexicon } from './lexicon';
import { fold, foldSameLength } from './normalize';
import { readTokens } from './reading';

// ── Headline clean-up ───────────────────────────────────────────────────────

const CLEAN: [RegExp, string][] = [
  [/[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\uFE0F\u200D\u20E3]/gu, ' '],
  // Pronouns: "(she/her)", "he/him", "they/them/theirs".
  [
    /\(?\b(?:she|he|they|ze|xe|sie|er|elle|il|iel|ela|ele)\s*\/\s*(?:her|him|them|they|she|he|hers|his|theirs|ihr|ihm|elle|lui|iel|dela|dele)(?:\s*\/\s*[a-z]+)?\b\)?/giu,
    ' ',
  ],
  // Gender markers in German, French and Dutch job titles: (m/w/d), (h/f), (m/v/x), (all genders).
  [/\(\s*[mwfdhvx]\s*(?:\/\s*[mwfdhvx]\s*)+\)|\b[mwfdhv]\s*\/\s*[mwfdhv]\s*\/\s*[dx]\b|\(\s*(?:all genders|gn|f\/h|h\/f)\s*\)/giu, ' '],
  // Credentials with symbols the tokenizer would turn into words: "Security+", "CompTIA A+".
  [/\b(?:security|network|a|cloud|linux|project|server|cysa|pentest|casp)\+/giu, ' '],
  // "PA to the CEO": the token "pa" is Swedish "på" (a dropped word) once folded, so the English
  // acronym is spelt out while its capitals still tell it apart.
  [/\bPA(?=\s+(?:to|TO)\s)/gu, 'Personal Assistant'],
];
const SEPARATORS = /\s*(?:[|•·;–—▪►➤◆■]|\s-\s|\/\/|:\s)\s*/u;
/**
 * ", now …" after a past role starts the current one: "Former Marketing Director, now freelance
 * copywriter", "Ex Responsabile IT, ora Consulente". English first, then de, fr, es, pt, nl, it, sv.
 */
const NOW_SEPARATOR =
  /,\s*(?:now|currently|jetzt|heute|inzwischen|maintenant|aujourd['’]hui|actuellement|ahora|actualmente|agora|hoje|atualmente|nu|tegenwoordig|ora|oggi|attualmente|numera)\s+(?=\S)/giu;
/** Present wherever SEPARATORS can match: most titles have a single segment and skip the split. */
const SEPARATOR_HINT = /[|•·;–—▪►➤◆■:/]|\s-\s/u;
/**
 * A role the person no longer holds: "Former CFO", "Ex-CISO", "Retired …", "Previously …",
 * "… (past)", and the same words in the other languages. Such a segment is never the role;
 * after a current role ("VP Sales | ex-Google") it changes nothing.
 */
// Each word ends where no letter or digit follows: `\b` does not see the end of "già" or "retraité".
// Once after the group, not after each word: a letter class under the `iu` flags is costly to
// compile (its case closure), and two dozen of them made these two regular expressions 20 ms of
// a started worker's first title. Backtracking still tries the next word when one fails the end.
const END = '(?![\\p{L}\\p{N}])';
const pastWords = (words: string) => `(?:${words})${END}`;
/** Words that start a past role, English first, then de, fr, es, pt, nl, it, sv. */
const PAST_START =
  'former|formerly|retired|previously|past|ehemalige[rsn]?|ehemals|fr[üu]her|pensioniert|ancien(?:ne)?|anciennement|retrait[ée]e?|antiguo|antigua|' +
  'anteriormente|jubilad[oa]|antigo|antiga|aposentad[oa]|voormalig|gepensioneerd|gi[àa]|in pensione|pensionat[oa]|tidigare|pensionerad';
/** Words that end one, in brackets ("(retired)") or after a comma (", retired"). */
const PAST_END =
  'past|former|previous|retired|ret\\.?|ehemals|ehemalig|a\\.\\s?d\\.?|i\\.\\s?r\\.?|im ruhestand|ancien(?:ne)?|retrait[ée]e?|anterior|jubilad[oa]|' +
  'aposentad[oa]|gepensioneerd|in pensione|tidigare|pensionerad';
export const PAST_PREFIX = new RegExp(`^\\s*(?:ex[-\\s]|prev\\.?\\s|fmr\\.?\\s|ehem\\.\\s?|oud-|f\\.d\\.\\s|${pastWords(PAST_START)})`, 'iu');
/** "… (past)", "… (retired)", "Geschäftsführer a.D.", "HR Director, retired". */
export const PAST_SUFFIX = new RegExp(
  `\\(\\s*(?:${pastWords(PAST_END)})\\s*\\)|(?:^|\\s)(?:a\\.\\s?d|i\\.\\s?r)\\.\\s*$|,\\s*(?:${pastWords(PAST_END)})\\s*$`,
  'iu',
);
/** Every PAST_SUFFIX form holds one of these: a bracket, a comma or the dot of "a.D.". */
const PAST_SUFFIX_HINT = /[(,.]/;

/** A role the person no longer holds: "Former CFO", "CFO (retired)". PAST_SUFFIX scans the whole text, so a cheap scan for its punctuation goes first. */
export function isPastRole(text: string): boolean {
  return PAST_PREFIX.test(text) || (PAST_SUFFIX_HINT.test(text) && PAST_SUFFIX.test(text));
}

/** A segment that only says the next one is past: "Previously: VP Sales at Globex". */
export const PAST_ONLY = /^\s*(?:previously|formerly|former|past|prev\.?|ehemals|fr[üu]her|anciennement|anteriormente|tidigare|in passato)\s*$/iu;

/** Each clean-up only runs when its cheap trigger is present: most titles need none. */
const CLEAN_TRIGGERS: RegExp[] = [/[^\x00-\x7f]/, /\//, /[(/]/, /\+/, /PA\s/];
/** Any of the triggers: one scan that most titles (plain ASCII, no slash, bracket or plus) end at. */
const ANY_CLEAN_TRIGGER = /[\u0080-\uffff/(+]|PA\s/;

export function clean(raw: string): string {
  if (!ANY_CLEAN_TRIGGER.test(raw)) return raw;
  let s = raw;
  for (let i = 0; i < CLEAN.length; i++) if (CLEAN_TRIGGERS[i]!.test(s)) s = s.replace(CLEAN[i]![0], CLEAN[i]![1]);
  return s;
}

interface SegmentRules {
  /** Job-seeking status phrases, in folded text. */
  status: RegExp;
  /** Matches wherever `status` could: each phrase's longest word. Far cheaper to run on every title. */
  statusHint: RegExp;
  marker: RegExp;
  /** `marker` without its "@" branch, for the many texts with no "@": the same matches, found in half the time. */
  markerWord: RegExp;
  qualifier: RegExp;
  toThe: RegExp;
}

/**
 * A pattern that finds any of `words` (letters and digits, no regular expression syntax) in a
 * text, written as a prefix tree ("op(?:en|portunities)" for "open" and "opportunities"): at each position the regular
 * expression follows one branch per letter instead of trying every word. It is for `test`: a word
 * that starts with another listed word finds nothing more, so it is left out.
 */
export function prefixTreePattern(words: readonly string[]): string {
  return prefixTreeBranches(words).join('|');
}

/** The branches of prefixTreePattern, one per first letter; none when the empty word is listed (it finds everything). */
function prefixTreeBranches(words: readonly string[]): string[] {
  if (words.includes('')) return [];
  const rests = new Map<string, string[]>();
  for (const word of words) {
    const list = rests.get(word[0]!);
    if (list) list.push(word.slice(1));
    else rests.set(word[0]!, [word.slice(1)]);
  }
  const branches: string[] = [];
  for (const [first, rest] of rests) {
    const tails = prefixTreeBranches(rest);
    branches.push(tails.length > 1 ? `${first}(?:${tails.join('|')})` : first + (tails[0] ?? ''));
  }
  return branches;
}

let rules: SegmentRules | undefined;
function segmentRules(lx: Lexicon): SegmentRules {
  if (rules) return rules;
  const words = (list: string[]) =>
    list
      .filter((w) => w !== '@')
      .map((w) =>
        fold(w)
          .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
          .replace(/\s+/g, '\\s+')
          .replace(/'/g, "['’]\\s*"),
      )
      .sort((a, b) => b.length - a.length)
      .join('|');
  const longestWords = lx.statusPhrases.map((phrase) =>
    fold(phrase)
      .split(/[^a-z0-9]+/)
      .reduce((a, b) => (b.length > a.length ? b : a), ''),
  );
  rules = {
    status: new RegExp(`(?:^|(?<=[^a-z0-9#]))#?(?:${words(lx.statusPhrases)})(?=$|[^a-z0-9])`, 'g'),
    // A phrase with no such word could match anything: then the hint must always pass.
    statusHint: longestWords.includes('') ? /(?:)/ : new RegExp(prefixTreePattern(longestWords)),
    marker: new RegExp(`(?:^|\\s)(${words(lx.companyMarkers)})\\s+(?=\\S)|\\s*@\\s*(?=\\S)`, 'g'),
    markerWord: new RegExp(`(?:^|\\s)(${words(lx.companyMarkers)})\\s+(?=\\S)`, 'g'),
    qualifier: new RegExp(`\\b(?:${words(lx.assistantNouns)})\\s+(?:${words(lx.qualifierConnectors)})(?:\\s+|(?<='))(?=\\S)`),
    toThe: /\s+to\s+the\s+(?=\S)/,
  };
  return rules;
}

/** Markers that are also ordinary prepositions ("Ingeniero en Sistemas"): the company must not be a function word. */
const PREPOSITION_MARKERS = new Set(['en', 'em', 'na', 'no']);
const COMPANY_START = /^[\p{Lu}\p{N}]/u;
/** Punctuation an employer may start or end with ("at Acme."), to strip; `text` is trimmed, and most employers have none. */
function hasEdgePunctuation(text: string): boolean {
  return ',.;:'.includes(text[0]!) || ',.;:!'.includes(text[text.length - 1]!);
}

export function findCompany(text: string, lx: Lexicon): { role: string; company: string | null } {
  const folded = foldSameLength(text);
  const rules = segmentRules(lx);
  const marker = folded.includes('@') ? rules.marker : rules.markerWord;
  marker.lastIndex = 0;
  for (let m = marker.exec(folded); m; m = marker.exec(folded)) {
    const word = m[1];
    const after = m.index + m[0].length;
    const rest = text.slice(after).trim();
    if (!rest) continue;
    if (word && word !== 'at' && !COMPANY_START.test(rest)) continue;
    if (word && PREPOSITION_MARKERS.has(word)) {
      const first = lx.tokenizer.tokens(rest.split(/\s+/).slice(0, 3).join(' '));
      let namesFunction = false;
      lx.trie.longest(first, (start, _end, entry) => {
        if (start === 0 && (entry.fn || entry.role || entry.level)) namesFunction = true;
      });
      if (namesFunction) continue;
    }
    const role = text.slice(0, m.index).trim();
    if (!role) continue;
    return { role, company: (hasEdgePunctuation(rest) ? rest.replace(/^[\s,.;:]+|[\s,.;:!]+$/g, '') : rest) || null };
  }
  return { role: text, company: null };
}

export function findQualifier(text: string, lx: Lexicon): { role: string; qualifier: string | null } {
  const folded = foldSameLength(text);
  const { toThe, qualifier } = segmentRules(lx);
  const universal = toThe.exec(folded);
  if (universal && universal.index > 0) return { role: text.slice(0, universal.index), qualifier: text.slice(universal.index).trim() };
  const m = qualifier.exec(folded);
  if (m) {
    // Where the connector starts: after the assistant noun and its spaces.
    const nounEnd = m.index + m[0].search(/\s/);
    const rest = text.slice(nounEnd).trim();
    const reading = readTokens(lx.tokenizer.tokens(rest), lx);
    const namesSomeone = reading.hasHeadLevel || reading.ambiguous.length > 0 || reading.function === 'general-management' || /\bto\b/i.test(rest.slice(0, 3));
    if (namesSomeone) return { role: text.slice(0, nounEnd), qualifier: rest };
  }
  return { role: text, qualifier: null };
}

/** What tidying a displayed title changes: a run of spaces, a space other than " ", punctuation at either end. */
const UNTIDY = /\s\s|[^\S ]|^[\s,.;:-]|[\s,;:-]$/;

/** The displayed title: the role part without credentials ("CISO, CISSP, CISM" → "CISO"). */
export function displayTitle(text: string, lx: Lexicon): string {
  if (!text.includes(',') && !text.includes('(')) {
    // Most role texts are tidy already: one test instead of two replacements.
    if (!UNTIDY.test(text)) return text;
    return text.replace(/\s+/g, ' ').replace(/^[\s,.;:-]+|[\s,;:-]+$/g, '');
  }
  const parts = text
    .replace(/\(\s*\)/g, ' ')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => {
      const words = fold(p)
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean);
      return words.length > 0 && !words.every((w) => lx.noise.has(w));
    });
  return parts
    .join(', ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.;:-]+|[\s,;:-]+$/g, '');
}

export function splitSegments(text: string, lx: Lexicon): string[] {
  if (text.includes(',')) text = text.replace(NOW_SEPARATOR, ' | ');
  // Most titles are one segment: no separator, no slash.
  if (!SEPARATOR_HINT.test(text) && !text.includes('/')) {
    const trimmed = text.trim();
    return trimmed ? [trimmed] : [];
  }
  const out: string[] = [];
  for (const piece of text.split(SEPARATORS)) {
    const trimmed = piece.trim();
    if (!trimmed) continue;
    if (!trimmed.includes('/')) {
      out.push(trimmed);
      continue;
    }
    // "CEO/Founder" is two roles held together, read like "CEO & Founder" (the highest level, a
    // functional C-role's function); "IT/OT Security Manager" and "Head of Sales/Marketing" are one role.
    const parts = trimmed
      .split('/')
      .map((p) => p.trim())
      .filter(Boolean);
    // "Cyber Security / Ex-Deloitte": a past role after a slash is a segment of its own.
    const firstPast = parts.findIndex((p, i) => i > 0 && isPastRole(p));
    if (firstPast > 0) {
      out.push(parts.slice(0, firstPast).join(' '), ...parts.slice(firstPast));
      continue;
    }
    const allRoles = parts.length > 1 && parts.every((p) => readTokens(lx.tokenizer.tokens(p), lx).isRole);
    out.push(allRoles ? parts.join(' & ') : trimmed.replace(/\//g, ' '));
  }
  return out;
}

/** Takes job-seeking status phrases out of the headline ("Open to Work – Senior Engineer"); null when there are none. */
export function takeStatus(text: string, lx: Lexicon): { text: string; statuses: string[] } | null {
  const { status, statusHint } = segmentRules(lx);
  const folded = foldSameLength(text);
  if (!statusHint.test(folded)) return null;
  status.lastIndex = 0;
  let m = status.exec(folded);
  if (!m) return null;
  const statuses: string[] = [];
  let out = '';
  let last = 0;
  for (; m; m = status.exec(folded)) {
    out += `${text.slice(last, m.index)} | `;
    statuses.push(text.slice(m.index, m.index + m[0].length));
    last = m.index + m[0].length;
  }
  return { text: out + text.slice(last), statuses };
}
