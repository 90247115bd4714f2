/**
 * A phrase trie over word tokens: each node is keyed by one word, so a title's tokens are
 * walked once per start position and the cost does not grow with the number of phrases.
 *
 * Most nodes of a phrase trie have a single child (phrases share beginnings, then run on
 * alone), so a node keeps its only child inline and makes a map only for a second one: a
 * 500-persona pack then needs about 2,000 maps instead of 19,000, which halves compile time
 * and the memory the garbage collector walks.
 */
interface TrieNode<T> {
  /** The only child, with its word, until there is a second. */
  word: string | undefined;
  child: TrieNode<T> | undefined;
  /** All children, once there are two or more. */
  children: Map<string, TrieNode<T>> | undefined;
  value: T | undefined;
}

function newNode<T>(): TrieNode<T> {
  return { word: undefined, child: undefined, children: undefined, value: undefined };
}

function childOf<T>(node: TrieNode<T>, word: string): TrieNode<T> | undefined {
  return node.word === word ? node.child : node.children?.get(word);
}

export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = newNode();
  size = 0;
  /**
   * Branches (the phrases under one first word) not built yet, by first word: `fill` builds one
   * when a lookup, an upsert or `entries()` first reaches it (see `deferBranches`).
   */
  private deferred: { firstWords: readonly string[]; branches: Map<string, number>; fill: (branch: number) => void } | undefined;

  /**
   * Defers building the trie branch by branch: a read-back lexicon has twenty thousand phrases,
   * and a title reaches the branches of a handful of first words. `firstWords` are the branches'
   * first words in the order they were first added (their place in `entries()`), `size` how many
   * phrases they hold in all; `fill(i)` upserts every phrase of branch i. Call on an empty trie.
   * No node is made until its branch is filled (six thousand of them were most of a worker's
   * read-back): `buildDeferred` puts the root's children back in the full build's order.
   */
  deferBranches(firstWords: readonly string[], size: number, fill: (branch: number) => void): void {
    if (this.size > 0 || this.root.word !== undefined || this.root.children) throw new Error('PhraseTrie.deferBranches: the trie is not empty');
    const branches = new Map<string, number>();
    for (let i = 0; i < firstWords.length; i++) branches.set(firstWords[i]!, i);
    this.size = size;
    this.deferred = { firstWords, branches, fill };
  }

  /**
   * Builds every branch still deferred: a reader of many titles reaches most of them anyway, and
   * a trie with none deferred looks up each first word once, not twice.
   */
  buildDeferred(): void {
    const deferred = this.deferred;
    if (!deferred) return;
    for (const word of deferred.firstWords) this.branch(word);
    this.deferred = undefined;
    // Branches were added to the root as they were reached; a full build adds them in firstWords'
    // order, then any first word upserted besides them, in the order it came.
    const ordered = new Map<string, TrieNode<T>>();
    for (const word of deferred.firstWords) {
      const child = childOf(this.root, word);
      if (child) ordered.set(word, child);
    }
    if (this.root.child) ordered.set(this.root.word!, this.root.child);
    for (const [word, child] of this.root.children ?? []) ordered.set(word, child);
    this.root.word = undefined;
    this.root.child = undefined;
    this.root.children = undefined;
    if (ordered.size === 1) {
      const [word, child] = [...ordered][0]!;
      this.root.word = word;
      this.root.child = child;
    } else if (ordered.size > 1) this.root.children = ordered;
  }

  /** The root's child for a first word, its branch built first if it was deferred. */
  private branch(word: string): TrieNode<T> | undefined {
    const deferred = this.deferred;
    if (deferred) {
      const branch = deferred.branches.get(word);
      if (branch !== undefined) {
        deferred.branches.delete(word); // before filling: the fill's upserts come back here
        const size = this.size;
        deferred.fill(branch);
        this.size = size; // counted when deferred
      }
    }
    return childOf(this.root, word);
  }

  /**
   * Adds or updates the value at `tokens`: `update` receives the current value (and `arg`, so a
   * caller adding thousands of phrases can pass one function instead of a closure per phrase).
   */
  upsert<A>(tokens: readonly string[], update: (current: T | undefined, arg: A) => T, arg?: A): void {
    if (tokens.length === 0) return;
    let node = this.root;
    for (let i = 0; i < tokens.length; i++) {
      const word = tokens[i]!;
      let next = i === 0 ? this.branch(word) : childOf(node, word);
      if (!next) {
        next = newNode();
        if (node.children) node.children.set(word, next);
        else if (node.child) {
          node.children = new Map([
            [node.word!, node.child],
            [word, next],
          ]);
          node.word = undefined;
          node.child = undefined;
        } else {
          node.word = word;
          node.child = next;
        }
      }
      node = next;
    }
    if (node.value === undefined) this.size++;
    node.value = update(node.value, arg as A);
  }

  get(tokens: readonly string[]): T | undefined {
    let node: TrieNode<T> | undefined = tokens.length > 0 ? this.branch(tokens[0]!) : this.root;
    for (let i = 1; i < tokens.length && node; i++) node = childOf(node, tokens[i]!);
    // The root holds no value: upsert ignores empty phrases.
    return node?.value;
  }

  /** Every phrase with its value, parents before children. */
  entries(): [string[], T][] {
    this.buildDeferred();
    const found: [string[], T][] = [];
    const path: string[] = [];
    const visit = (node: TrieNode<T>, word: string | undefined) => {
      if (word !== undefined) path.push(word);
      if (node.value !== undefined) found.push([path.slice(), node.value]);
      if (node.child) visit(node.child, node.word);
      for (const [next, child] of node.children ?? []) visit(child, next);
      if (word !== undefined) path.pop();
    };
    visit(this.root, undefined);
    return found;
  }

  /** Leftmost-longest, non-overlapping matches: how the lexicon reads a title. */
  longest(tokens: readonly string[], found: (start: number, end: number, value: T) => void, maxLength = Infinity): void {
    let i = 0;
    while (i < tokens.length) {
      let node: TrieNode<T> | undefined = this.root;
      let bestEnd = -1;
      let best: T | undefined;
      for (let j = i; j < tokens.length && j - i < maxLength; j++) {
        node = j === i ? this.branch(tokens[j]!) : childOf(node, tokens[j]!);
        if (!node) break;
        if (node.value !== undefined) {
          bestEnd = j + 1;
          best = node.value;
        }
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
      let node: TrieNode<T> | undefined = this.root;
      for (let j = i; j < tokens.length; j++) {
        node = j === i ? this.branch(tokens[j]!) : childOf(node, tokens[j]!);
        if (!node) break;
        if (node.value !== undefined) found(i, j + 1, node.value);
      }
    }
  }
}
