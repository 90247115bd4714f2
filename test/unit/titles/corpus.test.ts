/**
 * The development corpus (test/eval/corpus.jsonl, written by test/eval/corpus/generate.ts): big
 * enough, in every language, and split so that no group of variants straddles the locked 30%.
 */
import { describe, expect, it } from 'vitest';
import { splitOf } from '../../eval/corpus/split';
import { accuracy, CORPUS_FILE, loadDevSet, loadEvalPack, scoreCase } from './devset-data';
import { readFileSync } from 'node:fs';

const rows = readFileSync(CORPUS_FILE, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { input: string; lang: string; split: string; group: string; kind: string });

describe('development corpus', () => {
  it('holds at least 3,000 titles in all eight languages', () => {
    expect(loadDevSet(CORPUS_FILE).length).toBeGreaterThanOrEqual(3000);
    const langs = new Set(rows.map((r) => r.lang));
    for (const lang of ['en', 'de', 'fr', 'es', 'pt', 'nl', 'it', 'sv']) expect(langs, lang).toContain(lang);
    for (const lang of langs) expect(rows.filter((r) => r.lang === lang).length, lang).toBeGreaterThanOrEqual(100);
  });

  it('puts each group wholly in the split its hash says, about 30% locked', () => {
    const byGroup = new Map<string, Set<string>>();
    for (const r of rows) {
      expect(r.split, r.input).toBe(splitOf(r.group, r.kind));
      byGroup.set(r.group, (byGroup.get(r.group) ?? new Set()).add(r.split));
    }
    for (const [group, splits] of byGroup) expect(splits.size, group).toBe(1);
    const locked = rows.filter((r) => r.split === 'locked').length / rows.length;
    expect(locked).toBeGreaterThan(0.25);
    expect(locked).toBeLessThan(0.35);
  });

  it('keeps the titles written for the lexicon vocabulary out of the locked split', () => {
    const vocabulary = rows.filter((r) => r.kind === 'vocabulary');
    expect(vocabulary.length).toBeGreaterThanOrEqual(100);
    for (const r of vocabulary) expect(r.split, r.input).toBe('tuned');
  });

  it('lists every title once', () => {
    expect(new Set(rows.map((r) => r.input)).size).toBe(rows.length);
  });

  // The bar: the locked split (never tuned on) within 3 points of the tuned one.
  it('scores the locked split within 3 points of the tuned split, and at least 0.95', () => {
    const compiled = loadEvalPack();
    const scored = loadDevSet(CORPUS_FILE).map((c) => scoreCase(c, compiled));
    const locked = scored.filter((s) => s.case.split === 'locked');
    const tuned = scored.filter((s) => s.case.split === 'tuned');
    for (const key of ['functionOk', 'seniorityOk', 'personaOk'] as const) {
      const l = accuracy(locked, key).rate;
      const t = accuracy(tuned, key).rate;
      expect(Math.abs(l - t), key).toBeLessThanOrEqual(0.03);
      expect(l, key).toBeGreaterThanOrEqual(0.95);
    }
  });
});
