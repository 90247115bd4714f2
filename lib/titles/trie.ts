/**
 * A phrase trie over word tokens: each node is keyed by one word, so a title's tokens are
 * walked once per start position and the cost does not grow with the number of phrases.
 */
export interface TrieNode<T> {
  next: Map<string, TrieNode<T>> | undefined;
  value: T | undefined;
}

export class PhraseTrie<T> {
  readonly root = new Map<string, TrieNode<T>>();
  size = 0;

  /** Adds or updates the value at `tokens`; `update` receives the current value. */
  upsert(tokens: readonly string[], update: (current: T | undefined) => T): void {
    if (tokens.length === 0) return;
    let level = this.root;
    let node: TrieNode<T> | undefined;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      node = level.get(token);
      if (!node) {
        node = { next: undefined, value: undefined };
        level.set(token, node);
      }
      // Leaves get no map: most phrases end where nothing else continues.
      if (i < tokens.length - 1) level = node.next ??= new Map();
    }
    if (node!.value === undefined) this.size++;
    node!.value = update(node!.value);
  }

  get(tokens: readonly string[]): T | undefined {
    let level: Map<string, TrieNode<T>> | undefined = this.root;
    let node: TrieNode<T> | undefined;
    for (const token of tokens) {
      node = level?.get(token);
      if (!node) return undefined;
      level = node.next;
    }
    return node?.value;
  }

  /** Leftmost-longest, non-overlapping matches: how the lexicon reads a title. */
  longest(tokens: readonly string[], found: (start: number, end: number, value: T) => void, maxLength = Infinity): void {
    let i = 0;
    while (i < tokens.length) {
      let level: Map<string, TrieNode<T>> | undefined = this.root;
      let bestEnd = -1;
      let best: T | undefined;
      for (let j = i; j < tokens.length && j - i < maxLength && level; j++) {
        const node: TrieNode<T> | undefined = level.get(tokens[j]!);
        if (!node) break;
        if (node.value !== undefined) {
          bestEnd = j + 1;
          best = node.value;
        }
        level = node.next;
      }
      if (best !== undefined) {
        found(i, bestEnd, best);
        i = bestEnd;
      } else i++;
    }
  }

  /** Every match at every start position: how a pack's phrases are found in a title. */
  all(tokens: readonly string[], found: (start: number, end: number, value: T) => void): void {
    for (let i = 0; i < tokens.length; i++) {
      let level: Map<string, TrieNode<T>> | undefined = this.root;
      for (let j = i; j < tokens.length && level; j++) {
        const node: TrieNode<T> | undefined = level.get(tokens[j]!);
        if (!node) break;
        if (node.value !== undefined) found(i, j + 1, node.value);
        level = node.next;
      }
    }
  }
}
