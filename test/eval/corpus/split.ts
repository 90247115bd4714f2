/**
 * Which split a corpus title belongs to, from its group key alone (FNV-1a): the clean title and
 * all its noisy variants share a group, so a locked title never has a tuned twin. 30% locked.
 * Titles of kind `vocabulary` were written together with the lexicon words they exercise
 * (test/eval/corpus/vocabulary.tsv), so they are tuned on by construction and never locked.
 */
export function splitOf(group: string, kind?: string): 'tuned' | 'locked' {
  if (kind === 'vocabulary') return 'tuned';
  let h = 0x811c9dc5;
  for (let i = 0; i < group.length; i++) {
    h ^= group.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 100 < 30 ? 'locked' : 'tuned';
}
