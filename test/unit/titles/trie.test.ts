import { describe, expect, it } from 'vitest';
import { BoundedMap } from '../../../lib/titles/bounded-map';
import { PhraseTrie } from '../../../lib/titles/trie';

describe('PhraseTrie', () => {
  const trie = () => {
    const t = new PhraseTrie<string>();
    // "chief" gets one child, then a second (the inline child becomes a map), then a third.
    for (const phrase of ['chief', 'chief financial officer', 'chief information officer', 'chief information security officer', 'chief of staff', 'head'])
      t.upsert(phrase.split(' '), () => phrase);
    return t;
  };

  it('finds every phrase, whether its nodes have one child or many', () => {
    const t = trie();
    expect(t.size).toBe(6);
    expect(t.get(['chief', 'information', 'security', 'officer'])).toBe('chief information security officer');
    expect(t.get(['chief', 'of', 'staff'])).toBe('chief of staff');
    expect(t.get(['chief', 'information'])).toBeUndefined();
    expect(t.get([])).toBeUndefined();
    expect(new Map(t.entries().map(([tokens, v]) => [tokens.join(' '), v]))).toEqual(
      new Map(
        ['chief', 'chief financial officer', 'chief information officer', 'chief information security officer', 'chief of staff', 'head'].map((p) => [p, p]),
      ),
    );
  });

  it('upsert updates a value in place', () => {
    const t = trie();
    t.upsert(['head'], (v) => `${v}!`);
    expect(t.get(['head'])).toBe('head!');
    expect(t.size).toBe(6);
  });

  it('upsert hands its argument to the update function (one function for many phrases)', () => {
    const t = new PhraseTrie<string[]>();
    const append = (list: string[] | undefined, item: string) => [...(list ?? []), item];
    t.upsert(['vp', 'sales'], append, 'p1');
    t.upsert(['vp', 'sales'], append, 'p2');
    t.upsert(['vp'], append, 'p3');
    expect(t.get(['vp', 'sales'])).toEqual(['p1', 'p2']);
    expect(t.get(['vp'])).toEqual(['p3']);
    expect(t.size).toBe(2);
  });

  it('longest reads leftmost-longest without overlaps; all reports every match', () => {
    const t = trie();
    const tokens = 'chief information security officer and head'.split(' ');
    const longest: string[] = [];
    t.longest(tokens, (s, e, v) => longest.push(`${s}-${e}:${v}`));
    expect(longest).toEqual(['0-4:chief information security officer', '5-6:head']);
    const all: string[] = [];
    t.all(tokens, (s, e, v) => all.push(`${s}-${e}:${v}`));
    expect(all).toEqual(['0-1:chief', '0-4:chief information security officer', '5-6:head']);
  });

  describe('with deferred branches', () => {
    const PHRASES = ['chief', 'chief financial officer', 'chief of staff', 'head', 'head of sales', 'vp sales'];
    const deferred = () => {
      const filled: number[] = [];
      const t = new PhraseTrie<string>();
      const branches = [PHRASES.slice(0, 3), PHRASES.slice(3, 5), PHRASES.slice(5)];
      t.deferBranches(['chief', 'head', 'vp'], PHRASES.length, (branch) => {
        filled.push(branch);
        for (const phrase of branches[branch]!) t.upsert(phrase.split(' '), () => phrase);
      });
      return { t, filled };
    };
    const built = () => {
      const t = new PhraseTrie<string>();
      for (const phrase of PHRASES) t.upsert(phrase.split(' '), () => phrase);
      return t;
    };

    it('builds a branch only when a lookup reaches its first word, once', () => {
      const { t, filled } = deferred();
      expect(t.size).toBe(6);
      expect(filled).toEqual([]);
      const longest: string[] = [];
      t.longest('head of sales'.split(' '), (s, e, v) => longest.push(`${s}-${e}:${v}`));
      expect(longest).toEqual(['0-3:head of sales']);
      expect(filled).toEqual([1]);
      expect(t.get(['head'])).toBe('head');
      expect(t.get(['ceo'])).toBeUndefined();
      const all: string[] = [];
      t.all(['vp', 'sales'], (s, e, v) => all.push(`${s}-${e}:${v}`));
      expect(all).toEqual(['0-2:vp sales']);
      expect(filled).toEqual([1, 2]);
      expect(t.size).toBe(6);
    });

    it('lists its entries in the order a full build does, whichever branches were read first', () => {
      const { t } = deferred();
      t.get(['vp', 'sales']);
      t.get(['head']);
      expect(t.entries()).toEqual(built().entries());
      expect(t.size).toBe(6);
    });

    it('lists a first word upserted while branches were deferred after them, as a full build does', () => {
      const { t } = deferred();
      t.get(['vp']);
      t.upsert(['cto'], () => 'cto');
      t.get(['head']);
      const full = built();
      full.upsert(['cto'], () => 'cto');
      expect(t.entries()).toEqual(full.entries());
      expect(t.entries().map(([tokens]) => tokens[0])).toEqual(['chief', 'chief', 'chief', 'head', 'head', 'vp', 'cto']);
    });

    it('an upsert into a deferred branch keeps the branch’s own phrases', () => {
      const { t } = deferred();
      t.upsert(['chief', 'of', 'staff'], (v) => `${v}!`);
      expect(t.get(['chief', 'of', 'staff'])).toBe('chief of staff!');
      expect(t.get(['chief', 'financial', 'officer'])).toBe('chief financial officer');
      expect(t.size).toBe(6);
    });

    it('is refused on a trie that holds phrases already', () => {
      expect(() => built().deferBranches(['x'], 1, () => undefined)).toThrow('not empty');
    });
  });
});

describe('BoundedMap', () => {
  it('drops the older half when full, and keeps updating existing keys in place', () => {
    const m = new BoundedMap<number, string>(4);
    for (let i = 0; i < 4; i++) m.set(i, `v${i}`);
    m.set(3, 'again');
    expect([...m.keys()]).toEqual([0, 1, 2, 3]);
    m.set(4, 'v4');
    expect([...m.entries()]).toEqual([
      [2, 'v2'],
      [3, 'again'],
      [4, 'v4'],
    ]);
  });

  it('stores nothing with a limit of 0', () => {
    const m = new BoundedMap<string, number>(0);
    m.set('a', 1);
    expect(m.size).toBe(0);
  });
});
