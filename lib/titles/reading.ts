/**
 * The lexicon reading of normalised tokens: function (best-scored phrase), level (head nouns
 * and modifiers, "Chief … Officer"), and ambiguous acronyms resolved by the rest of the title or
 * read in their usual sense. Knows nothing of headlines (segment.ts) or packs (match.ts).
 */
import { levelRank, type FunctionId, type Level } from '../pack/vocabulary';
import { getLexicon, maxLevel, type AmbiguousAcronym, type LexEntry, type Lexicon } from './lexicon';
import { sayReason, type AcronymSense, type ReasonOf } from './reasons';

type AmbiguousNote = ReasonOf<'acronym-ambiguous'>;
type ResolvedNote = ReasonOf<'acronym-resolved'>;

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
  /** The notes on acronyms, in English (sayReason of the notes below): TitleAnalysis's `ambiguous` and `resolved`. */
  ambiguous: string[];
  resolved: string[];
  /** The same notes as reasons, for the side panel to say in the UI language. */
  ambiguousNotes: AmbiguousNote[];
  resolvedNotes: ResolvedNote[];
  /** An ambiguous acronym was read in its usual sense because nothing decided it. */
  guessed: boolean;
}

const CHIEF = 'chief';
/** Shared by every reading without notes, or without a function; never added to. */
const NO_NOTES: string[] = [];
const NO_AMBIGUOUS: AmbiguousNote[] = [];
const NO_RESOLVED: ResolvedNote[] = [];
const NO_FUNCTIONS: FunctionId[] = [];
const OFFICER = 'officer';

/**
 * Where "Chief … Officer" ends (the index after "officer"), or -1. In "Chief Legal & Compliance
 * Officer" the words between name the functions in the order the person gives them: the
 * "compliance officer" at its end is not a role noun of its own.
 */
function chiefOfficerEnd(tokens: readonly string[]): number {
  const chief = tokens.indexOf(CHIEF);
  if (chief < 0) return -1;
  const officer = tokens.indexOf(OFFICER, chief + 1);
  return officer > chief && officer - chief <= 6 ? officer + 1 : -1;
}

function scoreFunctions(matches: LexMatch[], officerEnd = -1): { fn: FunctionId; score: number; phrase: string }[] {
  const scored: { fn: FunctionId; score: number; phrase: string }[] = [];
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    const fn = m.entry.fn;
    if (!fn || fn === 'none') continue;
    let weight = m.entry.weight;
    // "Chief Legal & Compliance Officer": the last function before "Officer" weighs as the others.
    if (m.end === officerEnd && m.start > 0 && matches.some((o) => o !== m && o.end <= m.start && o.entry.fn && o.entry.fn !== 'none' && o.entry.weight >= 2))
      weight = Math.min(weight, 2);
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

/** Each acronym's senses as its notes list them: one list per acronym, shared by all its notes. */
const sensesOfAcronym = new WeakMap<AmbiguousAcronym, AcronymSense[]>();

function ambiguousNote(acronym: AmbiguousAcronym, usual?: string): AmbiguousNote {
  let senses = sensesOfAcronym.get(acronym);
  if (!senses) sensesOfAcronym.set(acronym, (senses = acronym.senses.map((s) => ({ fn: s.function ?? null, expansion: s.expansion }))));
  const note: AmbiguousNote = { code: 'acronym-ambiguous', acronym: acronym.token.toUpperCase(), senses };
  if (usual !== undefined) note.usual = usual;
  return note;
}

const resolvedNote = (acronym: AmbiguousAcronym, expansion: string, phrase: string, elsewhere: boolean): ResolvedNote => ({
  code: 'acronym-resolved',
  acronym: acronym.token.toUpperCase(),
  expansion,
  phrase,
  elsewhere,
});

/** Notes in English, and one empty list for all readings without. */
const english = (notes: readonly (AmbiguousNote | ResolvedNote)[]): string[] => (notes.length > 0 ? notes.map((note) => sayReason(note)) : NO_NOTES);

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
  const scored = scoreFunctions(matches, chiefOfficerEnd(tokens));

  const ambiguous: AmbiguousNote[] = [];
  const resolved: ResolvedNote[] = [];
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
          resolved.push(resolvedNote(acronym, pick.expansion, s.phrase, false));
          break;
        }
      }
      if (picks.has(i)) continue;
      for (const c of context) {
        const pick = acronym.senses.find((sense) => sense.function === c.fn);
        if (pick) {
          picks.set(i, pick.tokens);
          resolved.push(resolvedNote(acronym, pick.expansion, c.phrase, true));
          break;
        }
      }
      if (picks.has(i)) continue;
      guessed = true;
      // Nothing decides: read the usual sense (listed first), and say it was a guess.
      const usual = acronym.senses[0]!;
      picks.set(i, usual.tokens);
      ambiguous.push(ambiguousNote(acronym, usual.expansion));
      continue;
    }
    ambiguous.push(ambiguousNote(acronym));
    const levels = new Set(acronym.senses.map((s) => s.level));
    if (levels.size === 1 && acronym.senses[0]!.level) ambiguousLevels.push(acronym.senses[0]!.level);
  }
  if (picks.size > 0) {
    // Read the spelled-out title again; pack phrases may still name the acronym as written.
    const again = readTokens(
      tokens.flatMap((t, i) => picks.get(i) ?? [t]),
      lx,
      false,
    );
    const ambiguousNotes = again.ambiguousNotes.length > 0 ? [...ambiguous, ...again.ambiguousNotes] : ambiguous.length > 0 ? ambiguous : NO_AMBIGUOUS;
    const resolvedNotes = resolved.length > 0 ? resolved : NO_RESOLVED;
    return {
      ...again,
      altTokens: tokens,
      resolved: english(resolvedNotes),
      ambiguous: english(ambiguousNotes),
      resolvedNotes,
      ambiguousNotes,
      guessed,
    };
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
  const ambiguousNotes = ambiguous.length > 0 ? ambiguous : NO_AMBIGUOUS;
  const ambiguousTexts = english(ambiguousNotes);
  let levelPhrase = head ? (headPhrase ?? ambiguousTexts[0]) : undefined;
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
    ambiguous: ambiguousTexts,
    resolved: english(resolved),
    ambiguousNotes,
    resolvedNotes: resolved.length > 0 ? resolved : NO_RESOLVED,
    guessed,
  };
}
