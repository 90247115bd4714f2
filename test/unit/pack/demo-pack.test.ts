import { lintPack } from '../../../lib/titles/lint';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGES, type Pack } from '../../../lib/pack/schema';
import { parsePack } from '../../../lib/pack/validate';

const text = fs.readFileSync(fileURLToPath(new URL('../../../lib/pack/demo-pack.json', import.meta.url)), 'utf8');

function demoPack(): Pack {
  const result = parsePack(text);
  if (!result.ok) throw new Error(`demo pack is invalid:\n${JSON.stringify(result.problems, null, 1)}`);
  return result.pack;
}

describe('bundled demo pack', () => {
  it('validates', () => {
    const result = parsePack(text);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('has at least 5 personas, one of them negative, and at least 10 assets', () => {
    const pack = demoPack();
    expect(pack.personas.length).toBeGreaterThanOrEqual(5);
    expect(pack.personas.filter((p) => p.kind === 'negative')).toHaveLength(1);
    expect(pack.assets.length).toBeGreaterThanOrEqual(10);
  });

  it('references every asset from some objection proof', () => {
    const pack = demoPack();
    const proven = new Set(pack.personas.flatMap((p) => (p.objections ?? []).flatMap((o) => o.proof ?? [])));
    expect(pack.assets.map((a) => a.id).filter((id) => !proven.has(id))).toEqual([]);
  });

  it('gives every buyer persona a message for every stage', () => {
    const pack = demoPack();
    const stages = pack.stages ?? DEFAULT_STAGES;
    for (const persona of pack.personas.filter((p) => p.kind !== 'negative')) {
      const covered = new Set((persona.messages ?? []).map((m) => m.stage));
      expect(
        stages.filter((s) => !covered.has(s)),
        persona.id,
      ).toEqual([]);
    }
  });

  it('passes the admin lint: no overlaps, unreachable rules, unused assets or objections without proof', () => {
    expect(lintPack(demoPack(), new Date('2026-11-22'))).toEqual([]);
  });
});
