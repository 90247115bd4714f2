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
    if (!result.ok)
      expect(result.problems).toEqual([
        { path: '$.personas[0].objections[0].proof[1]', message: expect.stringContaining('"missing-asset"') },
      ]);
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
