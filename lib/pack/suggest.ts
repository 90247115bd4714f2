/**
 * "Did you mean": the nearest of a fixed list of values to what an admin wrote, and the message
 * that says what the value should be. Shared by every authoring form (lib/pack/authoring/) and
 * the evidence prefix rule (lib/pack/evidence.ts).
 */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The closest of `values` to `input`, when it is close enough to be a likely typo. */
export function closest(input: string, values: readonly string[]): string | undefined {
  const wanted = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const value of values) {
    const d = editDistance(wanted, value.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [value, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(wanted.length / 3)) ? best : undefined;
}

export interface Vocabulary {
  what: string;
  values: readonly string[];
}

const article = (word: string) => (/^[aeiou]/i.test(word) ? 'an' : 'a');

/** `"secrity" is not a function (did you mean "security"?)`, or undefined to keep the original. */
export function explainValue(value: string, vocabulary: Vocabulary): string {
  const suggestion = closest(value, vocabulary.values);
  const head = `"${value}" is not ${article(vocabulary.what)} ${vocabulary.what}`;
  if (suggestion) return `${head} (did you mean "${suggestion}"?)`;
  if (vocabulary.values.length === 0) return head;
  if (vocabulary.values.length <= 25) return `${head}; use one of: ${vocabulary.values.join(', ')}`;
  return head;
}
