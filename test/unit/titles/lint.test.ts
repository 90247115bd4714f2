import { describe, expect, it } from 'vitest';
import type { PackInput } from '../../../lib/pack/schema';
import { validatePack } from '../../../lib/pack/validate';
import { lintPack } from '../../../lib/titles/lint';

function pack(personas: PackInput['personas'], extra: Partial<PackInput> = {}) {
  const result = validatePack({
    format: 'persona-pack@1',
    id: 'lint-pack',
    name: 'L',
    version: '1.0.0',
    publishedAt: '2026-01-15T09:00:00Z',
    personas,
    assets: [],
    ...extra,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.pack;
}

describe('lintPack', () => {
  it('finds the same title phrase in two personas', () => {
    const w = lintPack(
      pack([
        { id: 'a', name: 'A', match: { titles: ['CISO'] } },
        { id: 'b', name: 'B', match: { titles: ['Chief Information Security Officer'] } },
      ]),
    );
    expect(w).toContainEqual(
      expect.objectContaining({
        kind: 'overlap',
        path: '$.personas[1].match.titles[0]',
        message: expect.stringMatching(/also a title phrase of a \("CISO"\)/),
      }),
    );
    expect(w).toContainEqual(
      expect.objectContaining({ kind: 'unreachable', path: '$.personas[1].match.titles[0]', message: expect.stringMatching(/won by a/) }),
    );
  });

  it('finds function-only personas that only pack order separates', () => {
    const w = lintPack(
      pack([
        { id: 'a', name: 'A', match: { functions: ['security'], seniority: { max: 'manager' } } },
        { id: 'b', name: 'B', match: { functions: ['security'], seniority: { min: 'lead' } } },
        { id: 'c', name: 'C', match: { functions: ['security'], seniority: { min: 'director' } } },
      ]),
    );
    const overlaps = w.filter((x) => x.kind === 'overlap').map((x) => x.message.split(' ').slice(0, 3).join(' '));
    expect(overlaps).toEqual(['b and a', 'c and b']);
  });

  it("finds an exclude phrase that contradicts the persona's own phrase", () => {
    const w = lintPack(pack([{ id: 'a', name: 'A', match: { titles: ['security sales engineer'], exclude: ['sales'] } }]));
    expect(w).toContainEqual(expect.objectContaining({ kind: 'contradictory', path: '$.personas[0].match.exclude[0]' }));
  });

  it('finds phrases with no words left', () => {
    const w = lintPack(pack([{ id: 'a', name: 'A', match: { keywords: { any: ['the'] }, functions: ['sales'] } }]));
    expect(w[0]).toMatchObject({ kind: 'contradictory', message: expect.stringMatching(/"the" has no words left/) });
  });

  it('finds unused assets, objections without proof and a stale reviewBy', () => {
    const w = lintPack(
      pack([{ id: 'a', name: 'A', match: { functions: ['sales'] }, objections: [{ id: 'o', text: 'Too expensive', response: 'ROI.' }] }], {
        reviewBy: '2026-03-01',
        assets: [{ id: 'deck', title: 'Deck', type: 'other', url: 'https://example.com/d' }],
      }),
      new Date('2026-04-01T00:00:00Z'),
    );
    expect(w.map((x) => x.kind)).toEqual(['objection-without-proof', 'unused-asset', 'stale-review']);
  });

  it('is quiet on a clean pack', () => {
    expect(lintPack(pack([{ id: 'a', name: 'A', match: { titles: ['CISO'], functions: ['security'] } }]), new Date('2026-01-01'))).toEqual([]);
  });
});
