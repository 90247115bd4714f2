/**
 * Every cache of the title engine, in one place. Two kinds:
 *
 * - Reading caches, the same for every pack: role text → its reading (titles repeat: "Software
 *   Engineer"), status phrase → its words (analyze.ts), and the tokenizer's word tables (compound splits, interned words, misspellings,
 *   folded characters). All are bounded (BoundedMap) so endless input stays in bounded memory.
 * - Match caches, one set per compiled pack and gone with it (WeakMap): a reading's outcome, and
 *   the distinct outcomes by content, so readings that decide alike share one object, and outcomes by
 *   the phrases a title hits, so titles that hit alike are judged once. A reading
 *   carries no matcher state: the same reading serves any number of packs.
 *
 * These are the speed tricks the extension's own path pays for (a people list repeats titles; a
 * panel re-matches when packs change). What only the CLI needs (encoded output lines, the input
 * line cache) lives in the CLI (cli/commands/match.ts).
 */
import { BoundedMap } from './bounded-map';
import type { CompiledPack, MatchOutcome } from './compile';
import type { TokenReading } from './reading';

/** Bound of each reading cache. */
export const READING_CACHE_LIMIT = 50_000;
/** Distinct outcomes remembered per compiled pack. */
const OUTCOME_LIMIT = 50_000;

const readingTables: BoundedMap<unknown, unknown>[] = [];

/** A bounded cache for the reading side, registered so it can be capped and cleared with the rest. */
export function readingCache<K, V>(limit = READING_CACHE_LIMIT): BoundedMap<K, V> {
  const table = new BoundedMap<K, V>(limit);
  readingTables.push(table as BoundedMap<unknown, unknown>);
  return table;
}

/** Role text → what it reads as (analyze.ts). */
export const roleReadings = readingCache<string, unknown>();

/**
 * Caps the role-text cache (0 turns it off; the bench measures titles read cold this way). Real
 * title lists repeat, so most titles after the first few thousand cost a map lookup.
 */
export function setTitleCacheLimit(limit: number): void {
  roleReadings.limit = limit;
  roleReadings.clear();
}

/** Empties every reading cache (tests that change the lexicon's inputs). */
export function clearReadingCaches(): void {
  for (const table of readingTables) table.clear();
}

export interface PackMemo {
  /** A reading's outcome when the title has no job-seeking status phrase. */
  outcomes: WeakMap<TokenReading, MatchOutcome>;
  /** Outcomes by the headline context (status phrases, segment notes) for titles that have some. */
  outcomesByContext: WeakMap<TokenReading, Map<string, MatchOutcome>>;
  /** Distinct outcomes by content (match.ts `shared`). */
  distinct: BoundedMap<string, MatchOutcome>;
  /** Outcomes of titles without notes by the phrases they hit and what they read as (match.ts `decide`). */
  decisions: BoundedMap<string, MatchOutcome>;
}

const packMemos = new WeakMap<CompiledPack, PackMemo>();

/** The match caches of one compiled pack, made on first use. */
export function packMemo(compiled: CompiledPack): PackMemo {
  let memo = packMemos.get(compiled);
  if (!memo)
    packMemos.set(
      compiled,
      (memo = { outcomes: new WeakMap(), outcomesByContext: new WeakMap(), distinct: new BoundedMap(OUTCOME_LIMIT), decisions: new BoundedMap(OUTCOME_LIMIT) }),
    );
  return memo;
}
