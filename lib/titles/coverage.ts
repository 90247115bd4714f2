/**
 * How well a pack covers real titles (the CLI's `coverage`): the share of titles per persona
 * and the most frequent titles that match nothing, with what they read as.
 */
import { sayReasons } from './reasons';
import type { MatchResult } from './types';

export interface CoverageRow {
  persona: string;
  pack: string;
  kind: string;
  count: number;
  share: number;
  /** The titles that matched it, most frequent first: an admin spots false positives here ("Quality Controller" in finance). */
  examples?: { title: string; count: number }[];
}

/** Distinct matched titles remembered per persona (counts of titles already seen keep growing). */
const MAX_EXAMPLES_KEPT = 2_000;

export interface UnmatchedRow {
  title: string;
  count: number;
  /** What the title reads as and which persona came closest, in English (the CLI prints them). */
  reasons: string[];
}

export interface CoverageReport {
  total: number;
  matched: number;
  unmatched: number;
  personas: CoverageRow[];
  topUnmatched: UnmatchedRow[];
}

export class CoverageCounter {
  private total = 0;
  private readonly perPersona = new Map<string, CoverageRow>();
  private readonly unmatched = new Map<string, UnmatchedRow>();
  private readonly examples = new Map<string, Map<string, { title: string; count: number }>>();

  constructor(personas: { id: string; pack: string; kind: string }[] = []) {
    // Listed up front so personas that nothing matches show with 0.
    for (const p of personas) this.perPersona.set(`${p.pack}/${p.id}`, { persona: p.id, pack: p.pack, kind: p.kind, count: 0, share: 0 });
  }

  add(result: MatchResult): void {
    if (!result.input.trim()) return;
    this.total++;
    if (result.persona) {
      const key = `${result.pack}/${result.persona}`;
      const row = this.perPersona.get(key) ?? { persona: result.persona, pack: result.pack ?? '', kind: result.kind ?? 'primary', count: 0, share: 0 };
      row.count++;
      this.perPersona.set(key, row);
      const title = result.input.trim();
      let seen = this.examples.get(key);
      if (!seen) this.examples.set(key, (seen = new Map()));
      const example = seen.get(title.toLowerCase());
      if (example) example.count++;
      else if (seen.size < MAX_EXAMPLES_KEPT) seen.set(title.toLowerCase(), { title, count: 1 });
      return;
    }
    const title = result.analysis.title || result.input.trim();
    const key = title.toLowerCase().replace(/\s+/g, ' ');
    const row = this.unmatched.get(key);
    if (row) row.count++;
    else this.unmatched.set(key, { title, count: 1, reasons: sayReasons(result.reasons.slice(1)) });
  }

  /** `top` unmatched titles; with `examples`, that many matched titles per persona. */
  report(top = 20, examples = 0): CoverageReport {
    const matched = [...this.perPersona.values()].reduce((n, r) => n + r.count, 0);
    const share = (n: number) => (this.total ? n / this.total : 0);
    return {
      total: this.total,
      matched,
      unmatched: this.total - matched,
      personas: [...this.perPersona.entries()]
        .map(([key, r]) => {
          const row: CoverageRow = { ...r, share: share(r.count) };
          if (examples > 0)
            row.examples = [...(this.examples.get(key)?.values() ?? [])].sort((a, b) => b.count - a.count || a.title.localeCompare(b.title)).slice(0, examples);
          return row;
        })
        .sort((a, b) => b.count - a.count),
      topUnmatched: [...this.unmatched.values()].sort((a, b) => b.count - a.count || a.title.localeCompare(b.title)).slice(0, top),
    };
  }
}
