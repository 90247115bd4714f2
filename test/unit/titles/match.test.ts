import { describe, expect, it } from 'vitest';
import type { PackInput, Pack } from '../../../lib/pack/schema';
import { validatePack } from '../../../lib/pack/validate';
import { compilePack, compilePacks } from '../../../lib/titles/compile';
import { matchTitle } from '../../../lib/titles/match';
import { sayReasons, type Reason } from '../../../lib/titles/reasons';

/** The reasons as the CLI prints them. */
const english = (result: { reasons: Reason[] }) => sayReasons(result.reasons);

type PersonaInput = PackInput['personas'][number];

function pack(personas: PersonaInput[], id = 'test-pack'): Pack {
  const result = validatePack({
    format: 'persona-pack@1',
    id,
    name: id,
    version: '1.0.0',
    publishedAt: '2026-01-15T09:00:00Z',
    personas,
    assets: [],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.pack;
}
const persona = (id: string, match: PersonaInput['match'], extra: Partial<PersonaInput> = {}): PersonaInput => ({ id, name: id, match, ...extra });

describe('MatchRules semantics', () => {
  it('a title phrase is a strong match without functions or keywords', () => {
    const compiled = compilePack(pack([persona('ciso', { titles: ['CISO'], functions: ['finance'] })]));
    const r = matchTitle('Chief Information Security Officer', compiled);
    expect(r.persona).toBe('ciso');
    expect(english(r)[0]).toBe('title phrase "CISO" matched');
  });

  it('matches whole words only, and abbreviations both ways', () => {
    const compiled = compilePack(pack([persona('it', { keywords: { any: ['it'] } }), persona('vp', { titles: ['Vice President'] })]));
    expect(matchTitle('Security Analyst', compiled).persona).toBeNull();
    expect(matchTitle('Head of IT', compiled).persona).toBe('it');
    expect(matchTitle('SVP Marketing', compiled).persona).toBe('vp');
  });

  it('plain match needs every given condition', () => {
    const compiled = compilePack(pack([persona('cloud-sec', { keywords: { all: ['cloud', 'security'] }, functions: ['security'] })]));
    expect(matchTitle('Cloud Security Engineer', compiled).persona).toBe('cloud-sec');
    const miss = matchTitle('Security Engineer', compiled);
    expect(miss.persona).toBeNull();
    expect(english(miss)).toContain('closest: cloud-sec (cloud-sec): missing required keyword "cloud"');
  });

  it('seniority range applies to strong matches too', () => {
    const compiled = compilePack(pack([persona('leaders', { titles: ['security'], seniority: { min: 'director' } })]));
    expect(matchTitle('Director of Security', compiled).persona).toBe('leaders');
    const miss = matchTitle('Security Analyst', compiled);
    expect(miss.persona).toBeNull();
    expect(english(miss).at(-1)).toMatch(/seniority professional is outside director\.\.owner/);
  });

  it('an exclude phrase rules a persona out, and says so', () => {
    const compiled = compilePack(pack([persona('sec', { functions: ['security'], exclude: ['physical'] })]));
    expect(matchTitle('Information Security Manager', compiled).persona).toBe('sec');
    const r = matchTitle('Physical and Information Security Manager', compiled);
    expect(r.persona).toBeNull();
    expect(english(r).at(-1)).toContain('excluded by "physical"');
  });

  it('pack phrases go through the same analysis as titles', () => {
    const compiled = compilePack(pack([persona('buyer', { titles: ['Einkaufsleiter', 'directora de compras'] })]));
    expect(matchTitle('Einkaufsleiterin (m/w/d)', compiled).persona).toBe('buyer');
    expect(matchTitle('Strategischer Einkaufs-Leiter', compiled).persona).toBe('buyer');
    expect(matchTitle('Directora de Compras', compiled).persona).toBe('buyer');
  });

  it('the person named after "to the" does not match', () => {
    const compiled = compilePack(pack([persona('cfo', { titles: ['CFO'] })]));
    const r = matchTitle('Assistant to the CFO', compiled);
    expect(r.persona).toBeNull();
    expect(english(r)).toContain('"to the CFO" names someone else and is not matched');
  });

  it('negative personas are matched and shown as not a fit', () => {
    const compiled = compilePack(pack([persona('students', { keywords: { any: ['student'] } }, { kind: 'negative' })]));
    const r = matchTitle('Student at MIT', compiled);
    expect(r).toMatchObject({ persona: 'students', kind: 'negative' });
    expect(english(r)).toContain('negative persona: not a fit');
  });

  it('an acronym pack phrase still matches a resolved acronym', () => {
    const compiled = compilePack(pack([persona('cso', { titles: ['CSO'] }), persona('sec', { titles: ['chief security officer'] })]));
    const guess = matchTitle('CSO', compiled);
    expect(guess.persona).toBe('sec');
    expect(guess.alternatives.map((a) => a.persona)).toEqual(['cso']);
    expect(english(guess).join(' ')).toMatch(/read as chief security officer, the usual sense/);
    const r = matchTitle('CSO, Information Security', compiled);
    expect(r.persona).toBe('sec');
    expect(r.alternatives.map((a) => a.persona)).toEqual(['cso']);
    expect(english(r).join(' ')).toMatch(/"CSO" read as chief security officer \(decided by "information security"\)/);
  });
});

describe('tie-breaks, in the spec order', () => {
  it('higher priority wins first', () => {
    const compiled = compilePack(pack([persona('a', { titles: ['security manager'] }), persona('b', { functions: ['security'], priority: 2 })]));
    const r = matchTitle('Security Manager', compiled);
    expect(r.persona).toBe('b');
    expect(english(r).at(-1)).toBe('chosen over a by higher priority (2 over 0)');
    expect(r.alternatives[0]).toMatchObject({ persona: 'a' });
    expect(r.score).toBeGreaterThan(r.alternatives[0]!.score);
  });

  it('then strong over plain', () => {
    const compiled = compilePack(
      pack([persona('plain', { functions: ['security'], keywords: { any: ['security'] } }), persona('strong', { titles: ['manager'] })]),
    );
    const r = matchTitle('Security Manager', compiled);
    expect(r.persona).toBe('strong');
    expect(english(r).at(-1)).toMatch(/title phrase \(strong match\)/);
  });

  it('then the longer matched phrase', () => {
    const compiled = compilePack(pack([persona('short', { titles: ['security'] }), persona('long', { titles: ['information security manager'] })]));
    const r = matchTitle('Information Security Manager', compiled);
    expect(r.persona).toBe('long');
    expect(english(r).at(-1)).toMatch(/longer matched phrase \(3 words over 1\)/);
  });

  it('then more conditions satisfied', () => {
    const compiled = compilePack(
      pack([persona('one', { titles: ['security manager'] }), persona('two', { titles: ['security manager'], seniority: { min: 'manager' } })]),
    );
    const r = matchTitle('Security Manager', compiled);
    expect(r.persona).toBe('two');
    expect(english(r).at(-1)).toMatch(/more conditions satisfied \(2 over 1\)/);
  });

  it('then earlier in the pack', () => {
    const compiled = compilePack(pack([persona('first', { functions: ['security'] }), persona('second', { functions: ['security'] })]));
    const r = matchTitle('Security Engineer', compiled);
    expect(r.persona).toBe('first');
    expect(r.score).toBe(r.alternatives[0]!.score);
    expect(english(r).at(-1)).toMatch(/earlier in the pack/);
  });
});

describe('several packs', () => {
  it('earlier packs take precedence on ties, and results name the pack', () => {
    const compiled = compilePacks([
      pack([persona('sec-a', { functions: ['security'] })], 'pack-a'),
      pack([persona('sec-b', { functions: ['security'] }), persona('fin-b', { functions: ['finance'] })], 'pack-b'),
    ]);
    const r = matchTitle('Security Engineer', compiled);
    expect(r).toMatchObject({ persona: 'sec-a', pack: 'pack-a' });
    expect(r.alternatives[0]).toMatchObject({ persona: 'sec-b', pack: 'pack-b' });
    expect(matchTitle('Controller', compiled)).toMatchObject({ persona: 'fin-b', pack: 'pack-b' });
  });

  it('a higher priority in a later pack still wins', () => {
    const compiled = compilePacks([
      pack([persona('sec-a', { functions: ['security'] })], 'pack-a'),
      pack([persona('sec-b', { functions: ['security'], priority: 1 })], 'pack-b'),
    ]);
    expect(matchTitle('Security Engineer', compiled).persona).toBe('sec-b');
  });
});

describe('reasons when nothing matches', () => {
  it('say what the title reads as and the closest persona', () => {
    const compiled = compilePack(pack([persona('sec-leader', { functions: ['security'], seniority: { min: 'director' } })]));
    const r = matchTitle('Security Analyst', compiled);
    expect(r.persona).toBeNull();
    expect(english(r)).toEqual([
      'no persona matched',
      'the title reads as function security (from "security analyst"), seniority professional',
      'closest: sec-leader (sec-leader): seniority professional is outside director..owner',
    ]);
  });

  it('say when no persona is about the function', () => {
    const compiled = compilePack(pack([persona('sec', { functions: ['security'] })]));
    expect(english(matchTitle('Head of People', compiled)).at(-1)).toBe('no persona lists function human-resources or any phrase of this title');
  });

  it('name an ambiguous acronym', () => {
    const compiled = compilePack(pack([persona('sec', { functions: ['security'] })]));
    expect(english(matchTitle('CSO', compiled)).join(' ')).toMatch(/"CSO" is ambiguous \(security or sales/);
  });
});

describe('compiling', () => {
  it('warns about phrases with no words left', () => {
    const compiled = compilePack(pack([persona('x', { titles: ['of the'], functions: ['sales'] })]));
    expect(compiled.warnings[0]!.message).toMatch(/"of the" has no words left/);
  });

  it('indexes function-only personas by function', () => {
    const compiled = compilePack(pack([persona('sec', { functions: ['security'] }), persona('kw', { functions: ['security'], keywords: { any: ['cloud'] } })]));
    expect(compiled.byFunction.get('security')).toEqual([0]);
    expect(compiled.namingFunction.get('security')).toEqual([0, 1]);
  });
});

describe('runners-up and remembered outcomes', () => {
  const twoSecurity = () =>
    pack([persona('sec-a', { functions: ['security'] }), persona('sec-b', { functions: ['security'], seniority: { min: 'professional' } })]);

  it('runners-up carry their reasons by default, none when the compiled pack leaves them out', () => {
    const explained = matchTitle('Security Engineer', compilePack(twoSecurity()));
    expect(explained.alternatives[0]).toMatchObject({ persona: 'sec-a' });
    expect(english(explained.alternatives[0]!)).toEqual(['function security (from "security engineer")']);
    const bare = matchTitle('Security Engineer', compilePack(twoSecurity(), { explainRunnersUp: false }));
    expect(bare.alternatives.map((a) => [a.persona, a.score, a.reasons])).toEqual([['sec-a', explained.alternatives[0]!.score, []]]);
    expect(bare.reasons).toEqual(explained.reasons);
  });

  it('an outcome remembered for one compiled pack is never reused for another', () => {
    const security = compilePack(pack([persona('sec', { functions: ['security'] })]));
    const finance = compilePack(pack([persona('fin', { functions: ['finance'] }), persona('sec-lead', { titles: ['Security Engineer'] })]));
    // The same title, so the same cached reading, alternately against both packs.
    for (let round = 0; round < 2; round++) {
      expect(matchTitle('Security Engineer', security).persona).toBe('sec');
      expect(matchTitle('Security Engineer', finance).persona).toBe('sec-lead');
    }
  });

  it('of many matching personas, the best wins and the next three are runners-up, in score and then pack order', () => {
    const compiled = compilePack(
      pack([
        persona('fn-only-1', { functions: ['security'] }),
        persona('phrase-short', { titles: ['Security Engineer'] }),
        persona('fn-only-2', { functions: ['security'] }),
        persona('priority', { functions: ['security'], priority: 2 }),
        persona('phrase-long', { titles: ['Senior Security Engineer'] }),
        persona('fn-only-3', { functions: ['security'] }),
        persona('keyword', { keywords: { any: ['security'] } }),
      ]),
    );
    const result = matchTitle('Senior Security Engineer', compiled);
    expect([result.persona, ...result.alternatives.map((a) => a.persona)]).toEqual(['priority', 'phrase-long', 'phrase-short', 'keyword']);
    const scores = [result.score, ...result.alternatives.map((a) => a.score)];
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // Equal scores: earlier in the pack first.
    const tied = compilePack(pack(['a', 'b', 'c', 'd', 'e', 'f'].map((id) => persona(id, { functions: ['security'] }))));
    const tie = matchTitle('Security Engineer', tied);
    expect([tie.persona, ...tie.alternatives.map((a) => a.persona)]).toEqual(['a', 'b', 'c', 'd']);
  });

  it('titles that decide alike share one outcome, and its reasons read the same as when first built', () => {
    const compiled = compilePack(twoSecurity());
    const first = matchTitle('Senior Security Engineer', compiled);
    const second = matchTitle('Sr. Security Engineer', compiled);
    expect(second.reasons).toBe(first.reasons);
    expect(first.reasons).toEqual(matchTitle('Senior Security Engineer', compilePack(twoSecurity())).reasons);
    expect(english(first).join(' | ')).toContain('chosen over sec-a');
  });

  it('a reason quoting a title with a NUL character in it is kept whole', () => {
    const compiled = compilePack(pack([persona('exec', { functions: ['general-management'] }), persona('assistant', { functions: ['administrative'] })]));
    const result = matchTitle('Executive Assistant to the CEO\u0000 and Board', compiled);
    expect(english(result)).toContain('"to the CEO\u0000 and Board" names someone else and is not matched');
  });

  it('status phrases keep their own outcomes next to the plain title', () => {
    const compiled = compilePack(pack([persona('seeker', { keywords: { any: ['open to work'] } }), persona('sec', { functions: ['security'] })]));
    expect(matchTitle('Security Engineer | Open to work', compiled).persona).toBe('seeker');
    expect(matchTitle('Security Engineer', compiled).persona).toBe('sec');
    expect(matchTitle('Security Engineer | Open to work', compiled).persona).toBe('seeker');
  });
});
