import { describe, expect, it } from 'vitest';
import { parsePack, validatePack } from '../../../lib/pack/validate';

const minimal = () => ({
  format: 'persona-pack@1',
  id: 'acme',
  name: 'Acme',
  version: '1.0.0',
  publishedAt: '2026-01-15T09:00:00Z',
  personas: [
    {
      id: 'security-gatekeeper',
      name: 'Security Gatekeeper',
      match: { functions: ['security'] },
      objections: [{ id: 'soc2', text: 'Are you SOC 2?', response: 'Yes.', proof: ['soc2-report'] }],
    },
  ],
  assets: [{ id: 'soc2-report', title: 'SOC 2 report', type: 'security-doc', url: 'https://example.com/soc2' }],
});

describe('pack validation', () => {
  it('accepts a valid pack and fills defaults', () => {
    const result = validatePack(minimal());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.personas[0]!.kind).toBe('primary');
  });

  it('names the path of a dangling proof id', () => {
    const pack = minimal();
    pack.personas[0]!.objections[0]!.proof = ['soc2-report', 'missing-asset'];
    const result = validatePack(pack);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([{ path: '$.personas[0].objections[0].proof[1]', message: expect.stringContaining('"missing-asset"') }]);
  });

  it.each(['javascript:alert(1)', 'http://example.com/x', 'data:text/html,hi', 'not a url'])('rejects the link %s', (url) => {
    const pack = minimal();
    pack.assets[0]!.url = url;
    const result = validatePack(pack);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toEqual(['$.assets[0].url']);
  });

  it('says which required field is missing and which field is unknown', () => {
    const { name: _name, ...pack } = minimal();
    const result = validatePack({ ...pack, colour: 'blue' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toContainEqual({ path: '$.name', message: 'is required but missing' });
      expect(result.problems).toContainEqual({ path: '$.colour', message: expect.stringContaining('unknown field "colour"') });
    }
  });

  it('reports a JSON syntax error with its line', () => {
    const result = parsePack('{\n  "format": "persona-pack@1",\n  "id": oops\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toBe('is not valid JSON at line 3, column 9: unexpected "oops\\n}"');
  });

  it('parses YAML with the same structure', () => {
    const yaml = `format: persona-pack@1\nid: acme\nname: Acme\nversion: 1.0.0\npublishedAt: 2026-01-15T09:00:00Z\npersonas:\n  - id: cfo\n    name: CFO\n    match: { titles: [cfo] }\nassets: []\n`;
    expect(parsePack(yaml, 'yaml').ok).toBe(true);
  });
});

describe('persona-map content fields', () => {
  it('accepts jobs to be done, an empathy map, quotes and competitors, and checks competitor proof', async () => {
    const { PackSchema } = await import('../../../lib/pack/schema');
    const demo = (await import('../../../lib/pack/demo-pack.json')).default;
    const pack = structuredClone(demo) as typeof demo & { personas: Array<Record<string, unknown>> };
    const parsed = PackSchema.parse(pack);
    const sg = parsed.personas.find((p) => p.id === 'security-gatekeeper')!;
    expect(sg.competitors?.length).toBeGreaterThan(0);
    expect(sg.quotes?.every((q) => q.source.length > 0)).toBe(true);
    expect(sg.empathy?.says?.length).toBeGreaterThan(0);

    const broken = structuredClone(pack);
    const index = broken.personas.findIndex((p) => p.id === 'security-gatekeeper');
    (broken.personas[index]!.competitors as Array<{ proof?: string[] }>)[1]!.proof = ['no-such-asset'];
    (broken.personas[index]!.quotes as Array<{ source?: string }>)[0]!.source = '';
    const result = PackSchema.safeParse(broken);
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toContain(`personas.${index}.competitors.1.proof.0: names asset "no-such-asset", which is not in this pack's assets`);
    expect(issues).toContain(`personas.${index}.quotes.0.source: The source of a quote must not be empty`);
  });
});
