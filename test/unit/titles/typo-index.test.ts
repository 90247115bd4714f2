/**
 * The tokenizer finds a misspelling's word through two half keys per vocabulary word, which
 * the worker builds in a fraction of the time the symmetric-delete index (one key per deleted
 * letter) took. It must read every misspelling as that index did: here against a copy of it,
 * over edits of every vocabulary word (a letter dropped, doubled, changed, swapped).
 */
import { describe, expect, it } from 'vitest';
import { getLexicon } from '../../../lib/titles/lexicon';
import { oneEditApart, Tokenizer, type TokenizerTables } from '../../../lib/titles/normalize';
import { seededRandom } from '../../bench/seeded-random';

/** The tokenizer's correct() rule over the symmetric-delete index it used to have. */
function symmetricDeleteCorrector(tables: TokenizerTables) {
  const deletionsOf = (word: string) => [...word].map((_c, i) => word.slice(0, i) + word.slice(i + 1));
  const deletions = new Map<string, string[]>();
  for (const word of tables.vocabulary ?? []) {
    if (word.length < 5) continue;
    for (const key of [word, ...deletionsOf(word)]) {
      const list = deletions.get(key);
      if (!list) deletions.set(key, [word]);
      else if (!list.includes(word)) list.push(word);
    }
  }
  return (word: string): string | null => {
    if (word.length < 5 || deletions.size === 0 || /\d/.test(word)) return null;
    const found = new Set<string>();
    for (const key of [word, ...deletionsOf(word)])
      for (const candidate of deletions.get(key) ?? [])
        if (oneEditApart(word, candidate) && !(word === `${candidate}s` && tables.personNouns?.has(candidate))) found.add(candidate);
    let fits = [...found];
    // The longest fits only: a restored dropped letter beats a changed one, which beats a dropped one.
    const longest = fits.reduce((n, c) => Math.max(n, c.length), 0);
    fits = fits.filter((c) => c.length === longest);
    const meanings = new Set(fits.map((c) => tables.replace.get(c)?.join(' ') ?? c));
    return meanings.size === 1 ? (fits.find((c) => !tables.replace.has(c)) ?? fits[0]!) : null;
  };
}

describe('reading a misspelling as a lexicon word', () => {
  it('reads every edit of every vocabulary word as the symmetric-delete index did', () => {
    const tables = getLexicon().tokenizer.tables;
    const tokenizer = new Tokenizer(tables);
    const expected = symmetricDeleteCorrector(tables);
    const random = seededRandom(18);
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const pick = (n: number) => Math.floor(random() * n);
    const words = [...(tables.vocabulary ?? [])].filter((w) => w.length >= 5);
    expect(words.length).toBeGreaterThan(3_000);
    let corrected = 0;
    let checked = 0;
    for (const word of words) {
      const at = pick(word.length);
      const edits = [
        word,
        word.slice(0, at) + word.slice(at + 1),
        word.slice(0, at) + letters[pick(26)] + word.slice(at),
        word.slice(0, at) + letters[pick(26)] + word.slice(at + 1),
        at < word.length - 1 ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2) : `${word}s`,
        `${word}s`,
      ];
      for (const edit of edits) {
        const got = tokenizer.correct(edit);
        if (got !== expected(edit)) expect({ edit, got }).toEqual({ edit, got: expected(edit) });
        checked++;
        if (got) corrected++;
      }
    }
    // Most edits read as their word; some fit two words and stay as written.
    expect(corrected / checked).toBeGreaterThan(0.5);
  });
});
