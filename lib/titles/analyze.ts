/**
 * Title analysis (docs/title-analysis.md): from a raw title or LinkedIn headline to the
 * role part, the employer, the function and the seniority.
 *
 *   raw ─ clean (emoji, pronouns, gender markers, "open to work")
 *       ─ segments (| • · – ; " - ", and "/" between two roles)
 *       ─ per segment: employer ("at", "@", "chez", "bei", "en", "bij"…), qualifier ("to the CFO"),
 *         tokens (normalize.ts), lexicon reading (function, level, ambiguous acronyms)
 *       ─ the segment that reads most like a role wins ("VP, Information Security", not "Speaker")
 */
import { levelRank, type FunctionId, type Level } from '../pack/schema';
import { BoundedMap } from './bounded-map';
import type { CompiledPack, MatchOutcome } from './compile';
import { getLexicon, maxLevel, type LexEntry, type Lexicon } from './lexicon';
import { detached, fold, foldSameLength } from './normalize';
import type { TitleAnalysis } from './types';

interface LexMatch {
  start: number;
  end: number;
  entry: LexEntry;
}

/** What the lexicon makes of one token sequence. */
export interface TokenReading {
  /** Tokens with resolved acronyms spelled out ("cso" → "chief security officer"). */
  tokens: string[];
  /** The tokens with acronyms as written, when some were resolved (pack phrases may say "CSO"). */
  altTokens?: string[];
  function: FunctionId | null;
  functions: FunctionId[];
  level: Level | null;
  /** The phrase that decided the function, and the level. */
  functionPhrase?: string;
  levelPhrase?: string;
  /** The text names a job (a role noun, a level word or a C-level acronym). */
  isRole: boolean;
  hasHeadLevel: boolean;
  decoration: boolean;
  ambiguous: string[];
  resolved: string[];
  /** An ambiguous acronym was read in its usual sense because nothing decided it. */
  guessed: boolean;
  /**
   * The match outcome computed for this reading (match.ts) and the compiled pack it is for:
   * readings are cached per role text, so a repeated title reuses its outcome. Kept on the
   * reading rather than in a map so it goes when the reading does, at no cost to the garbage
   * collector; always present (undefined at first) so every reading has one shape.
   */
  matchedWith: CompiledPack | undefined;
  outcome: MatchOutcome | undefined;
  /** Titles with job-seeking status phrases, which packs may target: outcomes by those phrases as written. */
  outcomeByStatus: Map<string, MatchOutcome> | undefined;
}

const CHIEF = 'chief';
/** Shared by every reading without notes, or without a function; never added to. */
const NO_NOTES: string[] = [];
const NO_FUNCTIONS: FunctionId[] = [];
const OFFICER = 'officer';

function scoreFunctions(matches: LexMatch[]): { fn: FunctionId; score: number; phrase: string }[] {
  const scored: { fn: FunctionId; score: number; phrase: string }[] = [];
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    const fn = m.entry.fn;
    if (!fn || fn === 'none') continue;
    let weight = m.entry.weight;
    // "Security Solutions", "Cloud Platform": a domain the person sells or works on, not their job.
    const next = matches[k + 1];
    if (next && next.start === m.end && next.entry.domainNoun && !m.entry.role) weight = 1;
    let adjacent = m.entry.role;
    if (!adjacent)
      for (const h of matches)
        if (h !== m && (h.entry.role || h.entry.levelKind === 'head') && (h.start === m.end || h.end === m.start)) {
          adjacent = true;
          break;
        }
    scored.push({ fn, score: weight * 10 + (adjacent ? 5 : 0) - m.start * 0.01, phrase: m.entry.phrase });
  }
  if (scored.length > 1) scored.sort((a, b) => b.score - a.score);
  return scored;
}

function formatSenses(token: string, lx: Lexicon): string {
  const senses = lx.ambiguous.get(token)!.senses;
  const fns = [...new Set(senses.map((s) => s.function ?? 'no function'))];
  return `"${token.toUpperCase()}" is ambiguous (${fns.join(' or ')}: ${senses.map((s) => s.expansion).join(', ')})`;
}

/** Reads normalised tokens with the lexicon. */
export function readTokens(
  tokens: string[],
  lx: Lexicon = getLexicon(),
  resolveAcronyms = true,
  /** Functions named elsewhere in the headline, which may decide an acronym ("CSO | Cybersecurity"). */
  context: readonly { fn: FunctionId; phrase: string }[] = [],
): TokenReading {
  const matches: LexMatch[] = [];
  lx.trie.longest(tokens, (start, end, entry) => matches.push({ start, end, entry }));
  const scored = scoreFunctions(matches);

  const ambiguous: string[] = [];
  const resolved: string[] = [];
  const ambiguousLevels: Level[] = [];
  const picks = new Map<number, string[]>();
  let hasAmbiguous = false;
  let guessed = false;
  for (let i = 0; i < tokens.length; i++) {
    const acronym = lx.ambiguous.get(tokens[i]!);
    if (!acronym) continue;
    hasAmbiguous = true;
    if (resolveAcronyms) {
      // The rest of the title decides: the sense whose function it names, best-scored first.
      for (const s of scored) {
        const pick = acronym.senses.find((sense) => sense.function === s.fn);
        if (pick) {
          picks.set(i, pick.tokens);
          resolved.push(`"${acronym.token.toUpperCase()}" read as ${pick.expansion} (decided by "${s.phrase}")`);
          break;
        }
      }
      if (picks.has(i)) continue;
      for (const c of context) {
        const pick = acronym.senses.find((sense) => sense.function === c.fn);
        if (pick) {
          picks.set(i, pick.tokens);
          resolved.push(`"${acronym.token.toUpperCase()}" read as ${pick.expansion} (decided by "${c.phrase}" elsewhere in the headline)`);
          break;
        }
      }
      if (picks.has(i)) continue;
      guessed = true;
      // Nothing decides: read the usual sense (listed first), and say it was a guess.
      const usual = acronym.senses[0]!;
      picks.set(i, usual.tokens);
      ambiguous.push(`${formatSenses(acronym.token, lx)}; read as ${usual.expansion}, the usual sense, as nothing else in the title decides`);
      continue;
    }
    ambiguous.push(formatSenses(acronym.token, lx));
    const levels = new Set(acronym.senses.map((s) => s.level));
    if (levels.size === 1 && acronym.senses[0]!.level) ambiguousLevels.push(acronym.senses[0]!.level);
  }
  if (picks.size > 0) {
    // Read the spelled-out title again; pack phrases may still name the acronym as written.
    const again = readTokens(tokens.flatMap((t, i) => picks.get(i) ?? [t]), lx, false);
    return { ...again, altTokens: tokens, resolved, ambiguous: [...ambiguous, ...again.ambiguous], guessed };
  }

  const heads: Level[] = [...ambiguousLevels];
  const modifiers: Level[] = [];
  let headPhrase: string | undefined;
  let modifierPhrase: string | undefined;
  let isRole = hasAmbiguous;
  let decoration = false;
  let headLevel: Level | undefined;
  for (const m of matches) {
    const e = m.entry;
    if (e.role) isRole = true;
    if (e.decoration) decoration = true;
    if (e.level && e.levelKind === 'head') {
      heads.push(e.level);
      if (maxLevel([e.level, headLevel ?? e.level]) === e.level && e.level !== headLevel) {
        headLevel = e.level;
        headPhrase = e.phrase;
      }
    } else if (e.level && e.levelKind === 'modifier') {
      const before = maxLevel(modifiers);
      modifiers.push(e.level);
      if (maxLevel(modifiers) !== before) modifierPhrase = e.phrase;
    }
  }
  // "Chief … Officer", however many words between (chief information security officer).
  const chief = tokens.indexOf(CHIEF);
  if (chief >= 0) {
    const officer = tokens.indexOf(OFFICER, chief + 1);
    if (officer > chief && officer - chief <= 6) {
      heads.push('cxo');
      isRole = true;
      if (maxLevel([headLevel ?? 'cxo', 'cxo']) === 'cxo') {
        headLevel = 'cxo';
        headPhrase = tokens.slice(chief, officer + 1).join(' ');
      }
    }
  }
  const head = maxLevel(heads);
  const modifier = maxLevel(modifiers);
  let level: Level | null = head ?? null;
  let levelPhrase = head ? headPhrase ?? ambiguous[0] : undefined;
  // "Senior", "junior" adjust only roles at or below professional ("Senior Executive Assistant").
  if (modifier && (!head || levelRank(head) <= levelRank('professional'))) {
    level = modifier;
    levelPhrase = modifierPhrase;
  }
  const fnFound = scored.length > 0;
  if (!level && (isRole || fnFound)) level = 'professional';

  const found: FunctionId[] = [];
  for (const s of scored) if (!found.includes(s.fn)) found.push(s.fn);
  // Exactly as long as it is (see readRole), and one empty list for all readings without.
  const functions = found.length > 0 ? found.slice() : NO_FUNCTIONS;
  return {
    tokens,
    // Present on every reading, so all have one shape.
    altTokens: undefined,
    function: functions[0] ?? null,
    functions,
    level,
    functionPhrase: scored[0]?.phrase,
    levelPhrase,
    isRole,
    hasHeadLevel: head !== undefined && head !== 'professional',
    decoration,
    // Readings are cached by the ten thousand, and most have no notes: one empty list for all.
    ambiguous: ambiguous.length > 0 ? ambiguous : NO_NOTES,
    resolved: resolved.length > 0 ? resolved : NO_NOTES,
    guessed,
    matchedWith: undefined,
    outcome: undefined,
    outcomeByStatus: undefined,
  };
}

// ── Headline clean-up ───────────────────────────────────────────────────────

const CLEAN: [RegExp, string][] = [
  [/[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\uFE0F\u200D\u20E3]/gu, ' '],
  // Pronouns: "(she/her)", "he/him", "they/them/theirs".
  [/\(?\b(?:she|he|they|ze|xe|sie|er|elle|il|iel|ela|ele)\s*\/\s*(?:her|him|them|they|she|he|hers|his|theirs|ihr|ihm|elle|lui|iel|dela|dele)(?:\s*\/\s*[a-z]+)?\b\)?/giu, ' '],
  // Gender markers in German, French and Dutch job titles: (m/w/d), (h/f), (m/v/x), (all genders).
  [/\(\s*[mwfdhvx]\s*(?:\/\s*[mwfdhvx]\s*)+\)|\b[mwfdhv]\s*\/\s*[mwfdhv]\s*\/\s*[dx]\b|\(\s*(?:all genders|gn|f\/h|h\/f)\s*\)/giu, ' '],
  // Credentials with symbols the tokenizer would turn into words: "Security+", "CompTIA A+".
  [/\b(?:security|network|a|cloud|linux|project|server|cysa|pentest|casp)\+/giu, ' '],
];
const SEPARATORS = /\s*(?:[|•·;–—▪►➤◆■]|\s-\s|\/\/|:\s)\s*/u;
/** Present wherever SEPARATORS can match: most titles have a single segment and skip the split. */
const SEPARATOR_HINT = /[|•·;–—▪►➤◆■:/]|\s-\s/u;
/**
 * A role the person no longer holds: "Former CFO", "Ex-CISO", "Retired …", "Previously …",
 * "… (past)", and the same words in the other languages. Such a segment is never the role;
 * after a current role ("VP Sales | ex-Google") it changes nothing.
 */
const PAST_PREFIX =
  /^\s*(?:ex[-\s]|former\b|formerly\b|retired\b|previously\b|prev\.?\s|past\b|ehemalige[rsn]?\b|ehemals\b|fr[üu]her\b|ancien(?:ne)?\b|anciennement\b|antiguo\b|antigua\b|anteriormente\b|voormalig\b|oud-|gi[àa]\b|tidigare\b|f\.d\.\s|pensionerad\b|in pensione\b)/iu;
const PAST_SUFFIX = /\((?:past|former|previous|ehemals|ancien|anterior|tidigare)\)/i;
/** A segment that only says the next one is past: "Previously: VP Sales at Globex". */
const PAST_ONLY = /^\s*(?:previously|formerly|former|past|prev\.?|ehemals|fr[üu]her|anciennement|anteriormente|tidigare|in passato)\s*$/iu;

/** Each clean-up only runs when its cheap trigger is present: most titles need none. */
const CLEAN_TRIGGERS: RegExp[] = [/[^\x00-\x7f]/, /\//, /[(/]/, /\+/];

function clean(raw: string): string {
  let s = raw;
  for (let i = 0; i < CLEAN.length; i++) if (CLEAN_TRIGGERS[i]!.test(s)) s = s.replace(CLEAN[i]![0], CLEAN[i]![1]);
  return s;
}

interface Segment {
  /** The segment as written (after clean-up). */
  text: string;
  /** A role the person no longer holds (PAST_PREFIX). */
  past: boolean;
  roleText: string;
  title: string;
  company: string | null;
  qualifier: string | null;
  reading: TokenReading;
  score: number;
}

interface SegmentRules {
  /** Job-seeking status phrases, in folded text. */
  status: RegExp;
  /** Matches wherever `status` could: each phrase's longest word. Far cheaper to run on every title. */
  statusHint: RegExp;
  marker: RegExp;
  qualifier: RegExp;
  toThe: RegExp;
}

let rules: SegmentRules | undefined;
function segmentRules(lx: Lexicon): SegmentRules {
  if (rules) return rules;
  const words = (list: string[]) =>
    list
      .filter((w) => w !== '@')
      .map((w) => fold(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+').replace(/'/g, "['’]\\s*"))
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
    statusHint: longestWords.includes('') ? /(?:)/ : new RegExp([...new Set(longestWords)].join('|')),
    marker: new RegExp(`(?:^|\\s)(${words(lx.companyMarkers)})\\s+(?=\\S)|\\s*@\\s*(?=\\S)`, 'g'),
    qualifier: new RegExp(`\\b(?:${words(lx.assistantNouns)})\\s+(?:${words(lx.qualifierConnectors)})(?:\\s+|(?<='))(?=\\S)`),
    toThe: /\s+to\s+the\s+(?=\S)/,
  };
  return rules;
}

/** Markers that are also ordinary prepositions ("Ingeniero en Sistemas"): the company must not be a function word. */
const PREPOSITION_MARKERS = new Set(['en', 'em', 'na', 'no']);
const COMPANY_START = /^[\p{Lu}\p{N}]/u;

function findCompany(text: string, lx: Lexicon): { role: string; company: string | null } {
  const folded = foldSameLength(text);
  const { marker } = segmentRules(lx);
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
    return { role, company: rest.replace(/^[\s,.;:]+|[\s,.;:!]+$/g, '') || null };
  }
  return { role: text, company: null };
}

function findQualifier(text: string, lx: Lexicon): { role: string; qualifier: string | null } {
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
    const namesSomeone =
      reading.hasHeadLevel || reading.ambiguous.length > 0 || reading.function === 'general-management' || /\bto\b/i.test(rest.slice(0, 3));
    if (namesSomeone) return { role: text.slice(0, nounEnd), qualifier: rest };
  }
  return { role: text, qualifier: null };
}

/** The displayed title: the role part without credentials ("CISO, CISSP, CISM" → "CISO"). */
function displayTitle(text: string, lx: Lexicon): string {
  if (!text.includes(',') && !text.includes('(')) return text.replace(/\s+/g, ' ').replace(/^[\s,.;:-]+|[\s,;:-]+$/g, '');
  const parts = text
    .replace(/\(\s*\)/g, ' ')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => {
      const words = fold(p).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      return words.length > 0 && !words.every((w) => lx.noise.has(w));
    });
  return parts.join(', ').replace(/\s+/g, ' ').replace(/^[\s,.;:-]+|[\s,;:-]+$/g, '');
}

/** What a role text reads as, whoever's employer follows it: cached, since titles repeat a lot. */
interface RoleReading {
  roleText: string;
  title: string;
  qualifier: string | null;
  reading: TokenReading;
  score: number;
}

const roleCache = new BoundedMap<string, RoleReading>(50_000);

/**
 * Caps the role-text cache (0 turns it off). Real title lists repeat ("Software Engineer",
 * "Account Executive"), so most titles after the first few thousand cost a map lookup. When
 * full, the older half goes (Maps iterate in insertion order), which keeps it bounded.
 */
export function setTitleCacheLimit(limit: number): void {
  roleCache.limit = limit;
  roleCache.clear();
}

/** How much a segment reads like a job; on a tie the first segment wins (the headline's lead role). */
function segmentScore(reading: TokenReading): number {
  let score = (reading.hasHeadLevel ? 4 : 0) + (reading.isRole ? 2 : 0) + (reading.function ? 1 : 0);
  if (reading.decoration) score -= 3;
  // A guessed acronym ("CPO") yields to a segment that spells the role out ("Chief Procurement Officer").
  if (reading.guessed) score -= 0.5;
  return score;
}

function readRole(beforeCompany: string, lx: Lexicon): RoleReading {
  const cached = roleCache.get(beforeCompany);
  if (cached) return cached;
  const { role, qualifier } = findQualifier(beforeCompany, lx);
  // Exactly as long as it is: an array grown by push keeps room for 17, and this reading is
  // cached with tens of thousands of others.
  const reading = readTokens(lx.tokenizer.tokens(role).slice(), lx);
  const title = displayTitle(qualifier ? `${role.trim()} ${qualifier}` : role, lx);
  const score = segmentScore(reading);
  // Kept texts are copies (see detached), one where they are the same text.
  const key = detached(beforeCompany);
  const roleText = role === beforeCompany ? key : detached(role);
  const result = { roleText, title: title === roleText ? roleText : detached(title), qualifier, reading, score };
  roleCache.set(key, result);
  return result;
}

function readSegment(text: string, lx: Lexicon, pastBefore = false): Segment {
  const { role: beforeCompany, company } = findCompany(text, lx);
  const r = readRole(beforeCompany, lx);
  const past = pastBefore || PAST_PREFIX.test(text) || PAST_SUFFIX.test(text);
  const score = r.score + (company ? 1 : 0);
  return { text, past, roleText: r.roleText, title: r.title, company, qualifier: r.qualifier, reading: r.reading, score };
}

/** A level with nothing else: "Director", "Sr. Manager", "Head", "Summer Intern". */
function isBareLevel(read: Segment): boolean {
  const r = read.reading;
  return r.level !== null && r.function === null && r.isRole && !read.company && r.tokens.length <= 4;
}

/**
 * The segments of a headline, read: a bare level before a dash or slash takes the function that
 * follows it ("Director - Cloud Security", "Head / IT Operations"), and a segment that only says
 * "previously" makes the next one past.
 */
function readSegments(pieces: string[], lx: Lexicon): Segment[] {
  const reads: Segment[] = [];
  let pastNext = false;
  for (const piece of pieces) {
    if (PAST_ONLY.test(piece)) {
      pastNext = true;
      continue;
    }
    reads.push(readSegment(piece, lx, pastNext));
    pastNext = false;
  }
  for (let i = 0; i + 1 < reads.length; i++) {
    const level = reads[i]!;
    const rest = reads[i + 1]!;
    if (!isBareLevel(level) || !rest.reading.function || rest.reading.hasHeadLevel || rest.past || rest.reading.decoration) continue;
    const joined = readSegment(`${level.text}, ${rest.text}`, lx, level.past);
    reads.splice(i, 2, joined);
  }
  return reads;
}

function splitSegments(text: string, lx: Lexicon): string[] {
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
    // "CEO/Founder" is two roles; "IT/OT Security Manager" and "Head of Sales/Marketing" are one.
    const parts = trimmed.split('/').map((p) => p.trim()).filter(Boolean);
    const allRoles = parts.length > 1 && parts.every((p) => readTokens(lx.tokenizer.tokens(p), lx).isRole);
    if (allRoles) out.push(...parts);
    else out.push(trimmed.replace(/\//g, ' '));
  }
  return out;
}

/** Takes job-seeking status phrases out of the headline ("Open to Work – Senior Engineer"); null when there are none. */
function takeStatus(text: string, lx: Lexicon): { text: string; statuses: string[] } | null {
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

const NO_STATUSES: readonly string[] = [];

/**
 * What a title reads as: the token reading the matcher needs, and the analysis, built when first
 * asked for. Matching a repeated role text needs only the reading (its outcome is remembered on
 * it): building an analysis for every line cost more than the rest of reading it.
 */
export class DetailedAnalysis {
  private built: TitleAnalysis | undefined;

  constructor(
    readonly input: string,
    readonly reading: TokenReading,
    /** The segment read as the role, if any. */
    private readonly best: Segment | undefined,
    /** Job-seeking status phrases as written ("Open to work"): never the role, but packs may target them. */
    private readonly statuses: readonly string[],
    /** The headline's function (the reading's, or the employer's; none for a slogan). */
    private readonly fn: FunctionId | null,
    private readonly functions: FunctionId[],
    private readonly functionPhrase: string | undefined,
    /** A slogan with no job in it ("Passionate about tech") says nothing about function or level. */
    private readonly noRole: boolean,
  ) {}

  /** The status phrases as written, as one string (undefined when there are none): what outcomes are remembered by. */
  get statusKey(): string | undefined {
    return this.statuses.length === 0 ? undefined : this.statuses.join('\u0000');
  }

  /** Words of the status phrases, or undefined when there are none. */
  get statusTokens(): string[] | undefined {
    if (this.statuses.length === 0) return undefined;
    const { tokenizer } = getLexicon();
    return this.statuses.flatMap((s) => tokenizer.tokens(s));
  }

  get analysis(): TitleAnalysis {
    return (this.built ??= this.build());
  }

  private build(): TitleAnalysis {
    const { input, reading, best, statuses, fn, functions, functionPhrase, noRole } = this;
    const analysis: TitleAnalysis = {
      input,
      title: best?.title ?? statuses[0]?.trim() ?? '',
      company: best?.company ?? null,
      function: fn,
      functions,
      seniority: noRole ? null : reading.level,
      ambiguous: reading.ambiguous,
    };
    if (best?.qualifier) analysis.qualifier = best.qualifier;
    if (reading.resolved.length) analysis.resolved = reading.resolved;
    if (functionPhrase || (reading.levelPhrase && !noRole)) {
      const evidence: NonNullable<TitleAnalysis['evidence']> = {};
      if (functionPhrase) evidence.function = functionPhrase;
      if (reading.levelPhrase && !noRole) evidence.seniority = reading.levelPhrase;
      analysis.evidence = evidence;
    }
    return analysis;
  }
}

/** Analysis plus the token reading the matcher needs. */
export function analyzeDetailed(raw: string): DetailedAnalysis {
  const lx = getLexicon();
  const cleaned = clean(raw);
  const status = takeStatus(cleaned, lx);
  const statuses = status?.statuses ?? NO_STATUSES;
  const reads = readSegments(splitSegments(status?.text ?? cleaned, lx), lx);
  // The rest of the headline (status phrases, other segments, the employer) bears on the reading.
  let contextual = statuses.length > 0;
  // An acronym nothing in its own segment decides may be decided by the others ("CSO | Cybersecurity").
  if (reads.length > 1)
    for (const read of reads) {
      if (!read.reading.guessed) continue;
      const context = reads
        .filter((r) => r !== read && !r.reading.guessed && r.reading.function && r.reading.functionPhrase)
        .map((r) => ({ fn: r.reading.function!, phrase: r.reading.functionPhrase! }));
      if (context.length === 0) continue;
      const again = readTokens(lx.tokenizer.tokens(read.roleText), lx, true, context);
      if (again.guessed) continue;
      read.score += segmentScore(again) - segmentScore(read.reading);
      read.reading = again;
      contextual = true;
    }
  // Past roles are never the role; when all the headline names is past, it names no role.
  let best: Segment | undefined;
  for (const read of reads) if (!read.past && (!best || read.score > best.score)) best = read;
  const onlyPast = !best && reads.length > 0;
  if (onlyPast) best = reads[0];
  let reading = onlyPast ? readTokens([], lx) : best?.reading ?? readTokens([], lx);
  const noRole = onlyPast || (!reading.isRole && (!reading.function || reading.decoration));
  let fn = noRole ? null : reading.function;
  let functions = noRole ? [] : reading.functions;
  let functionPhrase = noRole ? undefined : reading.functionPhrase;
  // "Associate at McKinsey": the employer tells the function the title leaves out.
  if (!fn && !noRole && best?.company) {
    lx.employers.longest(lx.tokenizer.tokens(best.company), (start, _end, employerFn) => {
      if (start === 0 && !fn) {
        fn = employerFn;
        functions = [employerFn];
        functionPhrase = `employer ${best!.company}`;
      }
    });
    if (fn) contextual = true;
  }
  // A new reading object, never the cached one: matching caches outcomes per reading.
  if (contextual && fn !== reading.function) reading = { ...reading, function: fn, functions, functionPhrase, matchedWith: undefined, outcome: undefined, outcomeByStatus: undefined };
  return new DetailedAnalysis(raw, reading, best, statuses, fn, functions, functionPhrase, noRole);
}

/** docs/title-analysis.md, "What analysis produces". */
export function analyzeTitle(raw: string): TitleAnalysis {
  return analyzeDetailed(raw).analysis;
}
