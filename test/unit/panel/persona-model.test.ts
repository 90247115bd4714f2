import { describe, expect, it } from 'vitest';
import { committeeCoverage, effectivePersona, findPersona, forStage, isUnsure, nowCard, pasteLine, rankAssets } from '../../../lib/panel/persona-model';
import { alternative, matchResult, testPack } from './fixtures';

const gatekeeper = testPack.personas[0]!;

describe('the ready-to-paste line', () => {
  it('turns a "How …" title into a sentence', () => {
    expect(pasteLine({ title: 'How Acme cut audit prep by 60%', type: 'case-study', url: 'https://x.example/a' })).toBe(
      'Here is how Acme cut audit prep by 60%: https://x.example/a',
    );
  });
  it('turns a "Customer: result" case study into a sentence', () => {
    expect(pasteLine({ title: 'Brightline Payroll: 82 percent fewer evidence hours per SOC 2 cycle', type: 'case-study', url: 'https://x.example/b' })).toBe(
      'Brightline Payroll: 82 percent fewer evidence hours per SOC 2 cycle. Here is how: https://x.example/b',
    );
  });
  it('names the kind of asset otherwise', () => {
    expect(pasteLine({ title: 'SOC 2 report.', type: 'security-doc', url: 'https://x.example/c' })).toBe(
      'Here is our security documentation, "SOC 2 report": https://x.example/c',
    );
  });
});

describe('proof assets for a persona and stage', () => {
  it('puts proof for the persona’s objections first, then assets written for it, and leaves out other personas’ assets', () => {
    const ranked = rankAssets(testPack, gatekeeper, 'all');
    expect(ranked.map((r) => r.asset.id)).toEqual(['cs-acme', 'roi-calc', 'soc2']);
    expect(ranked[0]!.why).toBe('Proof for: We cannot afford another tool');
    expect(ranked.every((r) => r.recommended)).toBe(true);
  });
  it('keeps only assets for the stage (or for every stage)', () => {
    expect(rankAssets(testPack, gatekeeper, 'awareness').map((r) => r.asset.id)).toEqual(['cs-acme']);
    expect(rankAssets(testPack, testPack.personas[1]!, 'selection').map((r) => r.asset.id)).toEqual(['cfo-brief']);
  });
});

describe('the first screen', () => {
  it('leads with the stage’s first message, puts the stage’s objections first without hiding the rest, and asks the next question', () => {
    const card = nowCard(testPack, gatekeeper, 'evaluation');
    expect(card.lead?.text).toBe('Read-only in an afternoon.');
    expect(card.objections.map((o) => o.objection.id)).toEqual(['have-tool', 'too-expensive']);
    expect(card.objections.map((o) => o.proof?.id)).toEqual([undefined, 'cs-acme']);
    expect(card.nextQuestion?.text).toBe('What keeps you up at night?');
  });
  it('leaves an asset that names no persona out of a persona’s proof unless an objection cites it', () => {
    const pack = structuredClone(testPack);
    pack.assets.push({ id: 'generic', title: 'Company overview', type: 'one-pager', url: 'https://example.com/o' });
    expect(rankAssets(pack, pack.personas[1]!, 'all').map((r) => r.asset.id)).toEqual(['cfo-brief']);
  });
});

describe('matches and corrections', () => {
  it('filters by stage, keeping items without one', () => {
    expect(forStage(gatekeeper.questions, 'selection').map((q) => q.text)).toEqual(['Who signs off on new vendors?', 'What keeps you up at night?']);
  });
  it('is unsure without a match or with a close runner-up', () => {
    expect(isUnsure(matchResult(null))).toBe(true);
    expect(isUnsure(matchResult('security-gatekeeper'))).toBe(false);
    expect(isUnsure(matchResult('security-gatekeeper', { score: 10, alternatives: [alternative('champion', 9, 'x')] }))).toBe(true);
    expect(isUnsure(matchResult('security-gatekeeper', { score: 10, alternatives: [alternative('champion', 2, 'x')] }))).toBe(false);
  });
  it('prefers the seller’s pick, and shows nothing for a plain "wrong match"', () => {
    const match = matchResult('security-gatekeeper');
    const base = { key: 'k', title: 't', matchedPersona: 'security-gatekeeper', pack: 'acme-test', at: 1 };
    expect(effectivePersona([testPack], match, undefined)?.persona.id).toBe('security-gatekeeper');
    expect(effectivePersona([testPack], match, { ...base, chosenPersona: 'champion', wrongMatch: true })?.persona.id).toBe('champion');
    expect(effectivePersona([testPack], match, { ...base, chosenPersona: null, wrongMatch: true })).toBeNull();
    // A pick whose pack was uninstalled falls back to the engine.
    expect(effectivePersona([testPack], match, { ...base, pack: 'gone', chosenPersona: 'champion', wrongMatch: true })?.persona.id).toBe('security-gatekeeper');
  });
  it('finds personas only in the named pack', () => {
    expect(findPersona([testPack], 'other', 'champion')).toBeNull();
    expect(findPersona([testPack], null, 'champion')?.persona.name).toBe('Compliance Champion');
  });
});

describe('buying-committee coverage', () => {
  it('lists roles seen and missing per company, expecting only roles the packs define', () => {
    const ref = (id: string) => findPersona([testPack], 'acme-test', id);
    const [initech] = committeeCoverage(
      [
        { name: 'Ann', company: 'Initech', persona: ref('security-gatekeeper') },
        { name: 'Ann', company: 'initech ', persona: ref('security-gatekeeper') },
        { name: 'Dee', company: 'Initech', persona: null },
      ],
      [testPack],
    );
    expect(initech).toEqual({
      company: 'Initech',
      seen: [{ role: 'gatekeeper', people: ['Ann'] }],
      missing: ['champion', 'economic-buyer'],
      unassigned: ['Dee'],
    });
  });
});
