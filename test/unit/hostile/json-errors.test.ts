/** Issue 19, packs 2: a JSON syntax error is placed by line and column however deep it sits. */
import { describe, expect, it } from 'vitest';
import { parsePack, scanJson } from '../../../lib/pack/validate';

const problemOf = (text: string) => {
  const result = parsePack(text);
  if (result.ok) throw new Error('expected the pack to be refused');
  return result.problems[0]!;
};

describe('JSON syntax errors', () => {
  it('places an error 100,000 levels deep without overflowing the stack', () => {
    const text = `${'['.repeat(100_000)}1,]${']'.repeat(99_999)}`;
    expect(scanJson(text).errorAt).toBe(100_002);
    expect(problemOf(text)).toEqual({ path: '$', message: 'is not valid JSON at line 1, column 100003: unexpected "]]]]]]]]]]]]"' });
  });

  it('places an error deep inside nested objects', () => {
    const text = `${'{"a":'.repeat(100_000)}tru${'}'.repeat(100_000)}`;
    expect(problemOf(text).message).toMatch(/^is not valid JSON at line 1, column 500001: unexpected "tru}/);
  });

  it('says when the file ends too early', () => {
    const text = '{\n  "id": "acme",\n  "personas": [\n';
    expect(problemOf(text).message).toBe('is not valid JSON at line 4, column 1: the file ends too early');
  });

  it('finds nothing wrong in valid JSON, however deep', () => {
    expect(scanJson(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toEqual({ errorAt: -1 });
    expect(scanJson('{"a": [1, -2.5e3, "x\\"y", true, false, null, {}], "b": {}}')).toEqual({ errorAt: -1 });
  });

  for (const [text, at] of [
    ['{"a": 1,}', 8],
    ['{"a" 1}', 5],
    ['[1 2]', 3],
    ['{"a": "line\nbreak"}', 11],
    ['{"a": 01}', 7],
    ['"unterminated', 13],
    ['{} {}', 3],
  ] as const)
    it(`places the error in ${JSON.stringify(text)} at offset ${at}`, () => {
      expect(scanJson(text).errorAt).toBe(at);
    });
});
