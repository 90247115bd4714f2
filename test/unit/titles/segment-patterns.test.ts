import { describe, expect, it } from 'vitest';
import { prefixTreePattern } from '../../../lib/titles/segment';

describe('prefixTreePattern', () => {
  const words = ['open', 'opentowork', 'opportunities', 'oportunidades', 'seeker', 'soker', 'actively', 'a1b'];
  const tree = new RegExp(prefixTreePattern(words));
  const plain = new RegExp(words.join('|'));

  it('shares the beginnings words have in common', () => {
    expect(prefixTreePattern(['open', 'opportunities', 'seeker'])).toBe('op(?:en|portunities)|seeker');
  });

  it('leaves out a word that starts with another listed word', () => {
    expect(prefixTreePattern(['open', 'opentowork'])).toBe('open');
  });

  it('finds a word wherever the plain alternation does', () => {
    const texts = ['', 'open to work', '#opentowork', 'oppo', 'seeking', 'job seeker', 'sokerx', 'inactively', 'a1', 'xa1b', 'OPEN', 'op en'];
    for (const text of texts) expect(tree.test(text), text).toBe(plain.test(text));
  });
});
