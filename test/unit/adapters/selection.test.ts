import { describe, expect, it } from 'vitest';
import { MAX_SELECTED_TITLE, selectedTitle } from '../../../lib/adapters/selection';
import { compilePack } from '../../../lib/titles/compile';
import { matchTitle } from '../../../lib/titles/match';
import demoPackJson from '../../../lib/pack/demo-pack.json';
import { PackSchema } from '../../../lib/pack/schema';

describe('a title selected by hand ("Match persona" in the context menu)', () => {
  it('becomes a contact with only a title, whitespace folded, keyed on the text', () => {
    expect(selectedTitle('  Chief Information\n Security   Officer ')).toEqual({
      adapter: 'selection',
      key: 'selection:chief information security officer',
      name: null,
      title: { value: 'Chief Information Security Officer', source: 'selection', confidence: 1 },
      company: null,
      profileUrl: null,
    });
  });

  it('is cut to a title-sized length, so selecting a whole page cannot flood the engine', () => {
    expect(selectedTitle('x'.repeat(10_000)).title!.value).toHaveLength(MAX_SELECTED_TITLE);
  });

  it('matches like a title read from a page', () => {
    const compiled = compilePack(PackSchema.parse(demoPackJson));
    expect(matchTitle(selectedTitle('Leiterin IT-Sicherheit').title!.value, compiled).persona).toBe('security-gatekeeper');
  });
});
