/**
 * Sentences kept as what to say rather than how: a reason stored in Dexie (a sync result, shown
 * on the options page until the next sync) must read in the language the seller uses when they
 * look, not the one the worker had when it wrote it.
 *
 * lib/ builds its sentences from "words" objects (functions that return strings, English by
 * default). `recordingWords(englishWords)` has the same shape, but each function returns a token
 * naming itself and its arguments: the code and its parameters, e.g. `fetch.timeout` with the URL
 * and `delay.minutes` with 6. Tokens travel through code typed for strings unchanged (an argument
 * that is itself a token becomes a nested sentence), and `recorded(text)` turns the result into
 * plain data for storage. `sayIn(said, words)` says it again with any words of the same shape.
 */

/** One words function called with its arguments, or a words string (no arguments); `say` is its path in the words object (`fetch.http`). */
export interface Said {
  say: string;
  args: SaidArg[];
}
export type SaidArg = string | number | boolean | null | Said | SaidArg[];
/** Text as recorded: literal pieces and sentences, in order (a notice may join several sentences). */
export type SaidText = (string | Said)[];

// Control characters that no sentence of ours contains; JSON escapes them, so a token's JSON
// never holds its own delimiters and tokens cannot nest by text, only as parsed arguments.
const OPEN = '\u0002';
const CLOSE = '\u0003';
const TOKEN = /\u0002([^\u0003]*)\u0003/g;

type Words = { [key: string]: unknown };

/** Words of the same shape as `words` whose functions record themselves instead of speaking. */
export function recordingWords<T extends object>(words: T, path = ''): T {
  const out: Words = {};
  for (const [key, value] of Object.entries(words)) {
    const at = path ? `${path}.${key}` : key;
    if (typeof value === 'function') out[key] = (...args: unknown[]) => token({ say: at, args: args.map(argOf) });
    else if (typeof value === 'string') out[key] = token({ say: at, args: [] });
    else if (value && typeof value === 'object') out[key] = recordingWords(value, at);
    else out[key] = value;
  }
  return out as T;
}

const token = (said: Said) => `${OPEN}${JSON.stringify(said)}${CLOSE}`;

function argOf(value: unknown): SaidArg {
  if (Array.isArray(value)) return value.map(argOf);
  if (typeof value === 'string') {
    const text = recorded(value);
    // An argument that is one recorded sentence is kept as that sentence; text around tokens stays text.
    if (text.length === 1 && typeof text[0] !== 'string') return text[0]!;
    return value;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  // As JSON would store it: an argument left out is null (the words test such arguments for truthiness).
  if (value === undefined) return null;
  return String(value);
}

/** The recorded text as data: literal pieces and sentences. */
export function recorded(text: string): SaidText {
  const parts: SaidText = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push(JSON.parse(m[1]!) as Said);
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/**
 * The recorded text said with `words`, or null when it names a sentence these words do not have
 * (stored by another version): the caller then shows the text stored with it.
 */
export function sayIn(said: SaidText, words: object): string | null {
  try {
    return said.map((part) => (typeof part === 'string' ? sayText(part, words) : saySentence(part, words))).join('');
  } catch {
    return null;
  }
}

function saySentence(said: Said, words: object): string {
  let fn: unknown = words;
  for (const key of said.say.split('.')) fn = fn && typeof fn === 'object' && Object.hasOwn(fn, key) ? (fn as Words)[key] : undefined;
  if (!Array.isArray(said.args)) throw new Error(`no arguments for ${said.say}`);
  if (typeof fn === 'string' && said.args.length === 0) return fn;
  if (typeof fn !== 'function') throw new Error(`no words for ${said.say}`);
  return String(fn(...said.args.map((a) => sayArg(a, words))));
}

function sayArg(arg: SaidArg, words: object): unknown {
  if (Array.isArray(arg)) return arg.map((a) => sayArg(a, words));
  if (arg && typeof arg === 'object') return saySentence(arg, words);
  return typeof arg === 'string' ? sayText(arg, words) : arg;
}

/** A literal piece may hold tokens of its own (text a module built around a sentence). */
function sayText(text: string, words: object): string {
  return text.includes(OPEN)
    ? recorded(text)
        .map((p) => (typeof p === 'string' ? p : saySentence(p, words)))
        .join('')
    : text;
}
