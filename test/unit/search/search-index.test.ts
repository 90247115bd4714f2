import { describe, expect, it } from 'vitest';
import demoPackJson from '../../../lib/pack/demo-pack.json';
import { PackSchema } from '../../../lib/pack/schema';
import { buildSearchIndex } from '../../../lib/search/search-index';
import { syntheticPack } from '../../bench/search';
import { testPack } from '../panel/fixtures';

const demoPack = PackSchema.parse(demoPackJson);

describe('searching installed packs', () => {
  const index = buildSearchIndex([testPack]);

  it('indexes every persona, objection, question and asset', () => {
    const personas = testPack.personas.length;
    const objections = testPack.personas.flatMap((p) => p.objections ?? []).length;
    const questions = testPack.personas.flatMap((p) => p.questions ?? []).length;
    expect(index.documentCount).toBe(personas + objections + questions + testPack.assets.length);
  });

  it('finds an objection by a word of its response, with the persona it belongs to', () => {
    const [hit] = index.search('audit prep they no longer');
    expect(hit).toMatchObject({ kind: 'objection', packId: 'acme-test', personaId: 'security-gatekeeper', refId: 'too-expensive' });
    expect(hit!.context).toBe('Objection · Security Gatekeeper');
  });

  it('matches prefixes while typing', () => {
    expect(index.search('afford').map((h) => h.refId)).toContain('too-expensive');
    expect(index.search('affo').map((h) => h.refId)).toContain('too-expensive');
  });

  it('forgives a typo in longer words', () => {
    expect(index.search('scaner').map((h) => h.refId)).toContain('have-tool');
    expect(index.search('calculater').map((h) => h.refId)).toContain('roi-calc');
  });

  it('finds a persona by a job title it matches', () => {
    expect(index.search('ciso')[0]).toMatchObject({ kind: 'persona', refId: 'security-gatekeeper' });
  });

  it('finds questions and assets', () => {
    expect(index.search('signs off vendors')[0]).toMatchObject({ kind: 'question', personaId: 'security-gatekeeper', refId: '1' });
    expect(index.search('SOC 2')[0]).toMatchObject({ kind: 'asset', refId: 'soc2', personaId: null });
  });

  it('falls back to any word when no result has them all', () => {
    expect(index.search('budget zebra').map((h) => h.refId)).toContain('no-budget');
  });

  it('returns nothing for an empty query', () => {
    expect(index.search('   ')).toEqual([]);
  });

  it('searches several packs at once and tells them apart', () => {
    const both = buildSearchIndex([testPack, demoPack]);
    const packs = new Set(both.search('security').map((h) => h.packId));
    expect(packs).toEqual(new Set(['acme-test', 'northwind-demo']));
  });

  // How fast a keystroke is answered is the bench's (`npm run bench -- search`, budget 16 ms), never a test's.
  it('answers every keystroke of a query on a 500-persona pack, ending at the objection it names', () => {
    const big = buildSearchIndex([syntheticPack(500)]);
    const query = 'we already have a scanner';
    for (let i = 1; i <= query.length; i++) expect(Array.isArray(big.search(query.slice(0, i)))).toBe(true);
    const hits = big.search(query);
    expect(hits[0]!.kind).toBe('objection');
    expect(hits[0]!.title).toMatch(/^We already have a scanner/);
  });
});
