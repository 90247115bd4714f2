/**
 * Title analysis (docs/title-analysis.md): from a raw title or LinkedIn headline to the
 * role part, the employer, the function and the seniority.
 *
 *   raw ─ clean, status phrases, segments, employer, qualifier      segment.ts
 *       ─ tokens (case, accents, abbreviations, compounds, typos)       normalize.ts, lexicon.ts
 *       ─ per segment: function, level, ambiguous acronyms             reading.ts
 *       ─ a bare level joins the function after it; past roles drop; the segment that reads
 *         most like a role wins ("VP, Information Security", not "Speaker")     here
 *
 * Matching (compile.ts, match.ts) reads the result; caches live in memo.ts.
 */
import type { FunctionId, Level } from '../pack/schema';
import { getLexicon, levelIndex, type Lexicon } from './lexicon';
import { readingCache, roleReadings } from './memo';
import { detached } from './normalize';
import { readTokens, type TokenReading } from './reading';
import { clean, displayTitle, findCompany, findQualifier, isPastRole, PAST_ONLY, splitSegments, takeStatus } from './segment';
import { sayReason, type ReasonOf } from './reasons';
import type { TitleAnalysis } from './types';

interface Segment {
  /** The segment as written (after clean-up). */
  text: string;
  /** A role the person no longer holds (isPastRole). */
  past: boolean;
  roleText: string;
  title: string;
  company: string | null;
  qualifier: string | null;
  reading: TokenReading;
  score: number;
}

/** What a role text reads as, whoever's employer follows it: cached, since titles repeat a lot. */
interface RoleReading {
  roleText: string;
  title: string;
  qualifier: string | null;
  reading: TokenReading;
  score: number;
}

/** Role text → its reading, in the memo module (memo.ts). */
const roleCache = roleReadings as Map<string, RoleReading>;

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
  const past = pastBefore || isPastRole(text);
  const score = r.score + (company ? 1 : 0);
  return { text, past, roleText: r.roleText, title: r.title, company, qualifier: r.qualifier, reading: r.reading, score };
}

/**
 * A level with nothing else: "Director", "Sr. Manager", "Head", "Summer Intern", "Principal"; or a
 * level whose function is only a default, which a function named after it replaces: a level
 * word's own ("Executive Director"), below the top levels, or a generic role's ("Country
 * Director", "Regional Director": general management alone, the function named otherwise).
 */
function isBareLevel(read: Segment, lx: Lexicon): boolean {
  const r = read.reading;
  if (r.level === null || read.company || r.tokens.length > 4) return false;
  if (r.function === null) return r.isRole || r.levelPhrase !== undefined;
  // A past role ("Ex-DAF | Aujourd'hui consultante") is a whole role, not a level waiting for its function.
  if (read.past) return false;
  if (r.functionPhrase === r.levelPhrase) return levelIndex(r.level) < levelIndex('cxo');
  if (!r.isRole || r.functions.length > 1 || !r.functionPhrase) return false;
  const entry = lx.trie.get(r.functionPhrase.split(' '));
  // An owner stays general management ("Founder - Cybersecurity" founded a cybersecurity business).
  return !!entry?.role && entry.weight <= 1 && entry.level !== undefined && entry.level !== 'owner';
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
    if (!isBareLevel(level, lx) || !rest.reading.function || rest.reading.hasHeadLevel || rest.past || rest.reading.decoration) continue;
    const joined = readSegment(`${level.text}, ${rest.text}`, lx, level.past);
    reads.splice(i, 2, joined);
  }
  return reads;
}

const NO_STATUSES: readonly string[] = [];

/** Status phrase as written → its words: a few phrases ("Open to work") recur on many headlines. */
const statusTokenCache = readingCache<string, string[]>();

function tokenizeStatus(status: string, tokenizer: Lexicon['tokenizer']): string[] {
  const tokens = tokenizer.tokens(status);
  statusTokenCache.set(detached(status), tokens);
  return tokens;
}

/**
 * A partner of a firm ("Partner", "Managing Partner", "Socia", "Sócio-Diretor") practises what the
 * firm does: law, consulting. The partner words as the tokenizer gives them, in the eight languages.
 */
const PARTNER_WORDS: ReadonlySet<string> = new Set(['partner', 'socio', 'socia', 'associe', 'associee', 'vennoot', 'delagare']);
const PRACTICES: ReadonlySet<FunctionId> = new Set<FunctionId>(['legal', 'consulting']);
const NO_TEXTS: readonly string[] = [];

/** A law or consulting firm among the tokens (at their start, or anywhere in a role text), with its practice. */
function employerPractice(tokens: string[], lx: Lexicon, anywhere: boolean): { fn: FunctionId; name: string } | undefined {
  let found: { fn: FunctionId; name: string } | undefined;
  lx.employers.longest(tokens, (start, end, employerFn) => {
    if (!found && (anywhere || start === 0) && PRACTICES.has(employerFn)) found = { fn: employerFn, name: tokens.slice(start, end).join(' ') };
  });
  return found;
}

/**
 * What a title reads as: the token reading the matcher needs, and the analysis, built when first
 * asked for. Matching a repeated role text needs only the reading (its outcome is remembered per
 * pack in memo.ts): building an analysis for every line cost more than the rest of reading it.
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
    /** The headline's function (the reading's, or the employer's; none for a slogan): the analysis's `function`. */
    readonly fn: FunctionId | null,
    private readonly functions: FunctionId[],
    private readonly functionPhrase: string | undefined,
    /** A slogan with no job in it ("Passionate about tech") says nothing about function or level. */
    private readonly noRole: boolean,
    /** Which segment was read as the role over which others, and which were past roles: for the reasons. */
    readonly segmentNotes: readonly SegmentNote[],
  ) {
    this.notes = segmentNotes.length > 0 ? segmentNotes.map((note) => sayReason(note)) : NO_TEXTS;
  }

  /** The segment notes in English: TitleAnalysis's `notes`. */
  readonly notes: readonly string[];

  /**
   * What besides the reading bears on the outcome: status phrases as written and the notes, as
   * one string (undefined when there are none). Outcomes are remembered per reading and this key.
   */
  get contextKey(): string | undefined {
    if (this.statuses.length === 0 && this.notes.length === 0) return undefined;
    return [...this.statuses, '', ...this.notes].join('\u0000');
  }

  /** Words of the status phrases, or undefined when there are none. */
  get statusTokens(): string[] | undefined {
    if (this.statuses.length === 0) return undefined;
    const { tokenizer } = getLexicon();
    if (this.statuses.length === 1) return statusTokenCache.get(this.statuses[0]!) ?? tokenizeStatus(this.statuses[0]!, tokenizer);
    return this.statuses.flatMap((s) => statusTokenCache.get(s) ?? tokenizeStatus(s, tokenizer));
  }

  /** The analysis's `seniority`, without building the analysis (matching needs only these three). */
  get seniority(): Level | null {
    return this.noRole ? null : this.reading.level;
  }

  /** The analysis's `qualifier` ("to the CFO"), or null. */
  get qualifier(): string | null {
    return this.best?.qualifier ?? null;
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
    if (this.notes.length) analysis.notes = [...this.notes];
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

type SegmentNote = ReasonOf<'past-role'> | ReasonOf<'role-segment'>;
const NO_NOTES: readonly SegmentNote[] = [];

/** Which segment is the role and why, over which other roles; which segments are past roles. */
function segmentNotes(reads: readonly Segment[], best: Segment | undefined): readonly SegmentNote[] {
  if (reads.length < 2 && !reads[0]?.past) return NO_NOTES;
  const notes: SegmentNote[] = [];
  const shown = (read: Segment) => read.title || read.text;
  for (const read of reads) if (read.past) notes.push({ code: 'past-role', segment: shown(read) });
  if (best) {
    const others = reads.filter((r) => r !== best && !r.past && r.reading.isRole && !r.reading.decoration);
    if (others.length > 0) notes.push({ code: 'role-segment', segment: shown(best), over: others.map(shown), tie: others.some((o) => o.score === best.score) });
  }
  return notes.length ? notes : NO_NOTES;
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
  let reading = onlyPast ? readTokens([], lx) : (best?.reading ?? readTokens([], lx));
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
  // "Managing Partner | Litigation": a partner's function is the practice another segment names.
  if (!noRole && best && reading.level === 'owner' && reading.levelPhrase?.split(' ').some((w) => PARTNER_WORDS.has(w))) {
    const practice = reads.find((r) => r !== best && !r.past && !r.reading.decoration && r.reading.function && PRACTICES.has(r.reading.function));
    if (practice && practice.reading.function !== fn) {
      fn = practice.reading.function;
      functions = [fn!, ...functions.filter((f) => f !== fn)];
      functionPhrase = practice.reading.functionPhrase;
      contextual = true;
    } else if (!practice && fn === 'general-management') {
      // "Partner, BCG", "Managing Director & Partner at Bain": or the practice of the firm named.
      const firm = employerPractice(best.company ? lx.tokenizer.tokens(best.company) : reading.tokens, lx, !best.company);
      if (firm) {
        fn = firm.fn;
        functions = [fn, ...functions.filter((f) => f !== fn)];
        functionPhrase = `employer ${firm.name}`;
        contextual = true;
      }
    }
  }
  // A new reading object, never the cached one: matching caches outcomes per reading.
  if (contextual && fn !== reading.function) reading = { ...reading, function: fn, functions, functionPhrase };
  return new DetailedAnalysis(raw, reading, best, statuses, fn, functions, functionPhrase, noRole, segmentNotes(reads, onlyPast ? undefined : best));
}

/** docs/title-analysis.md, "What analysis produces". */
export function analyzeTitle(raw: string): TitleAnalysis {
  return analyzeDetailed(raw).analysis;
}
