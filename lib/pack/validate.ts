/**
 * Turning pack text into a checked Pack, with errors a marketing admin can act on:
 * every problem names where it is (a JSON path, and a line for parse errors) and what is wrong.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { core } from 'zod';
import { sizeProblem, utf8ByteLength } from './decode';
import { PackSchema, type Pack } from './schema';

export interface PackProblem {
  /** `$.personas[2].objections[0].proof[1]`; `$` for the document as a whole. */
  path: string;
  message: string;
}
export type PackResult = { ok: true; pack: Pack } | { ok: false; problems: PackProblem[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

const EXPECTED_WORDS: Record<string, string> = {
  string: 'text', number: 'a number', array: 'a list', object: 'an object', boolean: 'true or false',
};

/** Zod's defaults speak to programmers; these speak to whoever edits the pack. */
function humanize(issue: core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      const actual = issue.path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key], input);
      if (actual === undefined) return 'is required but missing';
      return `should be ${EXPECTED_WORDS[issue.expected] ?? issue.expected}, not ${describe(actual)}`;
    }
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling against the pack format)`;
    case 'too_small':
      return issue.origin === 'array' ? `needs at least ${issue.minimum} item(s)` : issue.message;
    default:
      return issue.message;
  }
}

export function validatePack(data: unknown): PackResult {
  const result = PackSchema.safeParse(data);
  if (result.success) return { ok: true, pack: result.data };
  const problems = result.error.issues.map((issue) => {
    // Unknown keys are reported on their parent; point at the key itself.
    const path = issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? [...issue.path, issue.keys[0]!] : issue.path;
    return { path: formatPath(path), message: humanize(issue, data) };
  });
  return { ok: false, problems };
}

export type PackSyntax = 'json' | 'yaml';

export function syntaxOf(fileName: string): PackSyntax {
  return /\.ya?ml$/i.test(fileName) ? 'yaml' : 'json';
}

/**
 * Offset of the first syntax error in JSON text. Node 20's JSON.parse does not always say
 * where it failed ("Unexpected token 'o', ...": no position), so failed documents are
 * re-scanned by this small recursive-descent checker. Only runs on text that failed to parse.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const literal = (word: string) => (text.startsWith(word, i) ? (i += word.length) : fail());
  const string = () => {
    if (text[i] !== '"') fail();
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail();
      i += text[i] === '\\' ? 2 : 1;
    }
    if (i >= text.length) fail();
    i++;
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '' || m[0] === '-') fail();
    i += m![0].length;
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') return void i++;
      for (;;) {
        space();
        string();
        space();
        if (text[i] !== ':') fail();
        i++;
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    }
    if (c === '"') return string();
    if (c === 't') return void literal('true');
    if (c === 'f') return void literal('false');
    if (c === 'n') return void literal('null');
    number();
  };
  try {
    value();
    space();
    if (i < text.length) fail();
    return -1;
  } catch (offset) {
    return offset as number;
  }
}

/** "line L, column C" (1-based) of an offset in text. */
export function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

/** Parses JSON or YAML text into plain data; a syntax error becomes a problem with its line. */
export function parsePackData(text: string, syntax: PackSyntax): { ok: true; data: unknown } | { ok: false; problems: PackProblem[] } {
  // The limit is in bytes as stored and sent (UTF-8), not in UTF-16 code units.
  const tooBig = sizeProblem(utf8ByteLength(text));
  if (tooBig) return { ok: false, problems: [{ path: '$', message: tooBig }] };
  try {
    if (syntax === 'yaml') return { ok: true, data: parseYaml(text, { prettyErrors: true }) };
    return { ok: true, data: JSON.parse(text) };
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const at = error.linePos?.[0];
      const where = at ? `line ${at.line}, column ${at.col}` : 'somewhere in the file';
      return { ok: false, problems: [{ path: '$', message: `is not valid YAML at ${where}: ${error.message.split('\n')[0]}` }] };
    }
    const offset = jsonErrorOffset(text);
    const where = offset >= 0 ? lineAndColumn(text, offset) : 'an unknown place';
    const found = offset >= text.length ? 'the file ends too early' : `unexpected ${JSON.stringify(text.slice(offset, offset + 12))}`;
    return { ok: false, problems: [{ path: '$', message: `is not valid JSON at ${where}: ${found}` }] };
  }
}

/** Text (JSON or YAML) to a validated pack. */
export function parsePack(text: string, syntax: PackSyntax = 'json'): PackResult {
  const parsed = parsePackData(text, syntax);
  return parsed.ok ? validatePack(parsed.data) : parsed;
}
