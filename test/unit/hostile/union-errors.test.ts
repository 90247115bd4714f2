/** Issue 19, packs 3: a value of the wrong type where the format takes one of two shapes says what is expected. */
import { describe, expect, it } from 'vitest';
import { validatePack } from '../../../lib/pack/validate';
import { makePack } from '../sync/test-support';

const withGoals = (goals: unknown[]) => {
  const pack = makePack('1.0.0') as unknown as { personas: Record<string, unknown>[] };
  pack.personas[0]!.goals = goals;
  return validatePack(pack);
};

describe('insight errors (text or an object)', () => {
  it('a number says that text or an insight object is expected', () => {
    expect(withGoals([123])).toEqual({
      ok: false,
      problems: [
        {
          path: '$.personas[0].goals[0]',
          message: 'should be text, or an object with "text" and optional "evidence" (confirmed, likely or hypothesis) and "source", not a number',
        },
      ],
    });
  });

  it('an object with a bad evidence tier points at the tier', () => {
    expect(withGoals([{ text: 'Fewer audits', evidence: 'maybe' }])).toEqual({
      ok: false,
      problems: [{ path: '$.personas[0].goals[0].evidence', message: 'must be one of confirmed, likely, hypothesis' }],
    });
  });

  it('an object with a misspelt field names the field', () => {
    const result = withGoals([{ texte: 'Fewer audits' }]);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toEqual([
        { path: '$.personas[0].goals[0].text', message: 'is required but missing' },
        { path: '$.personas[0].goals[0].texte', message: 'has unknown field "texte" (check the spelling against the pack format)' },
      ]);
  });

  it('no message is Zod\'s bare "Invalid input"', () => {
    for (const bad of [123, null, true, [], { text: 5 }, { text: '' }]) {
      const result = withGoals([bad]);
      expect(result.ok).toBe(false);
      if (!result.ok) for (const problem of result.problems) expect(problem.message).not.toMatch(/^Invalid input/);
    }
  });
});
