/**
 * The caches of memo.ts: a reading carries no matcher state, so one cached reading serves
 * several compiled packs, each with its own outcomes, and a pack's outcomes go with the pack.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDetailed } from '../../../lib/titles/analyze';
import { compilePack } from '../../../lib/titles/compile';
import { matchTitle } from '../../../lib/titles/match';
import { packMemo } from '../../../lib/titles/memo';
import type { Pack } from '../../../lib/pack/schema';

const pack = (id: string, persona: string, titles: string[]): Pack =>
  ({
    format: 'persona-pack@1',
    id,
    name: id,
    version: '1.0.0',
    publishedAt: '2026-01-01T00:00:00Z',
    owner: 'Test <t@example.com>',
    personas: [{ id: persona, name: persona, summary: persona, kind: 'primary', match: { titles } }],
  }) as unknown as Pack;

describe('memo', () => {
  it('keeps no matcher state on a reading: one reading, two packs, two outcomes', () => {
    const a = compilePack(pack('a', 'buyer-a', ['head of procurement']));
    const b = compilePack(pack('b', 'buyer-b', ['procurement']));
    const title = 'Head of Procurement at Acme';
    for (let round = 0; round < 2; round++) {
      expect(matchTitle(title, a).persona).toBe('buyer-a');
      expect(matchTitle(title, b).persona).toBe('buyer-b');
    }
    const reading = analyzeDetailed(title).reading;
    expect(Object.keys(reading)).not.toContain('outcome');
    expect(Object.keys(reading)).not.toContain('matchedWith');
    expect(packMemo(a).outcomes.get(reading)?.persona).toBe('buyer-a');
    expect(packMemo(b).outcomes.get(reading)?.persona).toBe('buyer-b');
  });

  it('shares one outcome object between titles that read alike', () => {
    const a = compilePack(pack('a', 'buyer-a', ['procurement']));
    const first = matchTitle('Procurement Manager', a);
    const second = matchTitle('Procurement Manager | Speaker', a);
    expect(second.reasons).toBe(first.reasons);
  });

  it('judges titles that hit the same phrases and read alike once, whatever their other words', () => {
    const a = compilePack(pack('a', 'buyer-a', ['procurement manager']));
    const first = matchTitle('Global Procurement Manager', a);
    const second = matchTitle('Regional Procurement Manager', a);
    expect(first.persona).toBe('buyer-a');
    expect(second.reasons).toBe(first.reasons);
    expect(packMemo(a).decisions.size).toBe(1);
  });

  it('judges again where the same phrases are hit but the level differs', () => {
    const ranged = pack('a', 'buyer-a', ['procurement']);
    (ranged.personas[0]!.match as { seniority?: object }).seniority = { min: 'director' };
    const a = compilePack(ranged);
    const manager = matchTitle('Procurement Manager', a);
    const director = matchTitle('Procurement Director', a);
    expect(manager.persona).toBeNull();
    expect(sayReasonCodes(manager.reasons)).toContain('closest');
    expect(director.persona).toBe('buyer-a');
    expect(packMemo(a).decisions.size).toBe(2);
  });
});

const sayReasonCodes = (reasons: readonly { code: string }[]) => reasons.map((r) => r.code);
