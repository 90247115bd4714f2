import { describe, expect, it } from 'vitest';
import { describeDiff, diffPacks } from '../../../lib/pack/diff';
import type { Pack } from '../../../lib/pack/schema';
import { validatePack } from '../../../lib/pack/validate';
import { makePack } from '../sync/test-support';

function pack(version: string, edit: (p: Pack) => void = () => {}): Pack {
  const checked = validatePack(makePack(version));
  if (!checked.ok) throw new Error('fixture');
  edit(checked.pack);
  return checked.pack;
}

describe('pack diff', () => {
  it('lists personas and assets added, changed and removed', () => {
    const before = pack('1.0.0', (p) => {
      p.personas.push({ id: 'student', name: 'Student', kind: 'negative', match: { keywords: { any: ['student'] } } });
      p.assets.push({ id: 'old-deck', title: 'Old deck', type: 'other', url: 'https://example.com/old' });
    });
    const after = pack('1.1.0', (p) => {
      p.personas[0]!.match = { functions: ['security', 'compliance'] };
      p.personas[0]!.talkTrack = 'Lead with SOC 2.';
      p.personas.push({ id: 'cfo', name: 'CFO', kind: 'primary', match: { titles: ['cfo'] } });
      p.assets.push({ id: 'roi', title: 'ROI calculator', type: 'roi-calculator', url: 'https://example.com/roi' });
      p.reviewBy = '2026-12-31';
    });
    const diff = diffPacks(before, after);
    expect(diff).toEqual({
      packId: 'acme',
      fromVersion: '1.0.0',
      toVersion: '1.1.0',
      personas: {
        added: [{ id: 'cfo', label: 'CFO' }],
        changed: [{ id: 'security-gatekeeper', label: 'Security Gatekeeper', fields: ['match', 'talkTrack'] }],
        removed: [{ id: 'student', label: 'Student' }],
      },
      assets: { added: [{ id: 'roi', label: 'ROI calculator' }], changed: [], removed: [{ id: 'old-deck', label: 'Old deck' }] },
      packFields: ['reviewBy'],
      identical: false,
    });
    expect(describeDiff(diff)).toEqual([
      'acme: 1.0.0 → 1.1.0',
      '+ persona cfo (CFO)',
      '~ persona security-gatekeeper (Security Gatekeeper): match, talkTrack',
      '- persona student (Student)',
      '+ asset roi (ROI calculator)',
      '- asset old-deck (Old deck)',
      '~ pack fields: reviewBy',
    ]);
  });

  it('ignores key order and reports a first install as all added', () => {
    const a = pack('1.0.0');
    const b = pack('1.0.1', (p) => {
      const { id, name, kind, match, objections } = p.personas[0]!;
      p.personas[0] = { objections, match, kind, name, id };
    });
    expect(diffPacks(a, b).identical).toBe(true);
    const first = diffPacks(null, a);
    expect(first.fromVersion).toBeNull();
    expect(first.personas.added.map((c) => c.id)).toEqual(['security-gatekeeper']);
    expect(first.identical).toBe(false);
  });
});
