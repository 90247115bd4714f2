/**
 * Turning pack text into a checked Pack, with errors a marketing admin can act on:
 * every problem names where it is (a JSON path, and a line for parse errors) and what is wrong.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document } from 'yaml';
import type { core } from 'zod';
import { sizeProblem, utf8ByteLength } from './decode';
import { liftEvidencePrefixes, PREFIX_HINT } from './evidence';
import { explainValue } from './suggest';
import { EVIDENCE_TIERS, MAX_PACK_BYTES, PackSchema, type Pack } from './schema';

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
  string: 'text',
  number: 'a number',
  array: 'a list',
  object: 'an object',
  boolean: 'true or false',
};

const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key], input);

/**
 * Zod's defaults speak to programmers; these speak to whoever edits the pack. Each issue
 * becomes a problem at the path of the field to fix.
 */
function explain(issue: core.$ZodIssue, input: unknown, base: readonly PropertyKey[] = []): PackProblem[] {
  const path = [...base, ...issue.path];
  const at = (message: string, where: readonly PropertyKey[] = path): PackProblem[] => [{ path: formatPath(where), message }];
  switch (issue.code) {
    case 'invalid_type': {
      const actual = valueAt(input, path);
      if (actual === undefined) return at('is required but missing');
      return at(`should be ${EXPECTED_WORDS[issue.expected] ?? issue.expected}, not ${describe(actual)}`);
    }
    case 'unrecognized_keys': {
      // Reported on their parent by Zod; point at the key itself when there is one.
      const message = `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling against the pack format)`;
      return at(message, issue.keys.length === 1 ? [...path, issue.keys[0]!] : path);
    }
    case 'too_small':
      return at(issue.origin === 'array' ? `needs at least ${issue.minimum} item(s)` : issue.message);
    case 'invalid_union': {
      // A value of a type one branch takes, failing inside it: that branch's problem is the one to fix.
      const inside = issue.errors.find((branch) => branch.length > 0 && !branch.some((i) => i.path.length === 0 && i.code === 'invalid_type'));
      if (inside) return inside.flatMap((nested) => explain(nested, input, path));
      // Otherwise the value is of no type any branch takes: list what each branch expects.
      const expected = [
        ...new Set(
          issue.errors.flatMap((branch) =>
            branch.filter((i) => i.path.length === 0 && i.code === 'invalid_type').map((i) => (i as core.$ZodIssueInvalidType).expected),
          ),
        ),
      ];
      if (expected.length === 0) return at(issue.message);
      const words = expected.map((e) => EXPECTED_WORDS[e] ?? e);
      // The one union of the format is an insight: plain text or an object with its evidence.
      const insight = expected.includes('object') && expected.includes('string');
      const wanted = insight ? 'text, or an object with "text" and optional "evidence" (confirmed, likely or hypothesis) and "source"' : words.join(' or ');
      return at(`should be ${wanted}, not ${describe(valueAt(input, path))}`);
    }
    default:
      return at(issue.message);
  }
}

/** `"likley" is not an evidence tier (did you mean "likely"?): start an insight with …` */
const unknownTier = (word: string) => `${explainValue(word, { what: 'evidence tier', values: EVIDENCE_TIERS })}: ${PREFIX_HINT}`;

/**
 * Data to a checked pack. Evidence prefixes (`[likely] …`) in insight and objection texts are
 * lifted into their fields first, so JSON and YAML packs follow the rule CSV cells do, and so
 * does every reader: the CLI, the options page's import, sync.
 */
export function validatePack(data: unknown): PackResult {
  const lifted = liftEvidencePrefixes(data, unknownTier);
  const result = PackSchema.safeParse(lifted.data);
  const prefixProblems = lifted.problems.map((p) => ({ path: formatPath(p.path), message: p.message }));
  if (result.success && prefixProblems.length === 0) return { ok: true, pack: result.data };
  const schemaProblems = result.success ? [] : result.error.issues.flatMap((issue) => explain(issue, lifted.data));
  return { ok: false, problems: [...prefixProblems, ...schemaProblems] };
}

export type PackSyntax = 'json' | 'yaml';

export function syntaxOf(fileName: string): PackSyntax {
  return /\.ya?ml$/i.test(fileName) ? 'yaml' : 'json';
}

export interface JsonScan {
  /** Offset of the first syntax error, or -1 when the text is valid JSON. */
  errorAt: number;
  /** The first key that appears twice in one object, as the path of its second appearance. */
  duplicate?: { path: string; key: string };
}

// biome-ignore lint/suspicious/noConstEnum: used in this file only, where esbuild inlines its values (the scanner's hot loop).
const enum Next {
  Value,
  Key,
  After,
}

/**
 * A small JSON checker, for what JSON.parse does not say: where a document fails (Node 20's
 * messages often carry no position) and which key an object repeats (JSON.parse silently
 * keeps the last). It keeps its own stack rather than recursing, so a document nested
 * 100,000 deep is reported at its real offset instead of overflowing the call stack.
 */
export function scanJson(text: string): JsonScan {
  const frames: { object: boolean; keys: Set<string> | null; at: string | number }[] = [];
  const length = text.length;
  let i = 0;
  let duplicate: JsonScan['duplicate'];
  const space = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else return;
    }
  };
  /** Past a string starting at i; false on a syntax error (i then points at it). */
  const string = (): boolean => {
    if (text.charCodeAt(i) !== 0x22) return false;
    i++;
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      i += c === 0x5c ? 2 : 1;
    }
    i = length;
    return false;
  };
  const literal = (word: string): boolean => {
    if (!text.startsWith(word, i)) return false;
    i += word.length;
    return true;
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const number = (): boolean => {
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m || m[0] === '' || m[0] === '-') return false;
    i += m[0].length;
    return true;
  };

  let next = Next.Value;
  for (;;) {
    space();
    if (next === Next.Value) {
      const c = text[i];
      if (c === '{' || c === '[') {
        i++;
        space();
        if (text[i] === (c === '{' ? '}' : ']')) {
          i++;
          next = Next.After;
        } else {
          frames.push({ object: c === '{', keys: c === '{' ? new Set() : null, at: 0 });
          next = c === '{' ? Next.Key : Next.Value;
        }
        continue;
      }
      const ok = c === '"' ? string() : c === 't' ? literal('true') : c === 'f' ? literal('false') : c === 'n' ? literal('null') : number();
      if (!ok) return { errorAt: i };
      next = Next.After;
    } else if (next === Next.Key) {
      const start = i;
      if (!string()) return { errorAt: i };
      const raw = text.slice(start + 1, i - 1);
      const key = raw.includes('\\') ? (JSON.parse(text.slice(start, i)) as string) : raw;
      const frame = frames[frames.length - 1]!;
      frame.at = key;
      if (!duplicate && frame.keys!.has(key)) duplicate = { path: formatPath(frames.map((f) => f.at)), key };
      frame.keys!.add(key);
      space();
      if (text[i] !== ':') return { errorAt: i };
      i++;
      next = Next.Value;
    } else {
      const frame = frames[frames.length - 1];
      if (!frame) return i < length ? { errorAt: i } : { errorAt: -1, ...(duplicate ? { duplicate } : {}) };
      const c = text[i];
      if (c === ',') {
        i++;
        if (frame.object) next = Next.Key;
        else {
          frame.at = (frame.at as number) + 1;
          next = Next.Value;
        }
      } else if (c === (frame.object ? '}' : ']')) {
        i++;
        frames.pop();
      } else return { errorAt: i };
    }
  }
}

/** "line L, column C" (1-based) of an offset in text. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

/** Parses JSON or YAML text into plain data; a syntax error becomes a problem with its line. */
export function parsePackData(text: string, syntax: PackSyntax): { ok: true; data: unknown } | { ok: false; problems: PackProblem[] } {
  // The limit is in bytes as stored and sent (UTF-8), not in UTF-16 code units.
  const tooBig = sizeProblem(utf8ByteLength(text));
  if (tooBig) return { ok: false, problems: [{ path: '$', message: tooBig }] };
  if (syntax === 'yaml') return parseYamlData(text);
  try {
    const data: unknown = JSON.parse(text);
    // JSON.parse keeps the last of two equal keys; an admin who wrote both meant one of them.
    const { duplicate } = scanJson(text);
    if (duplicate)
      return {
        ok: false,
        problems: [
          { path: duplicate.path, message: `appears twice in the same object ("${duplicate.key}"); only one may stay, so remove or rename the other` },
        ],
      };
    return { ok: true, data };
  } catch {
    const offset = scanJson(text).errorAt;
    const where = offset >= 0 ? lineAndColumn(text, offset) : 'an unknown place';
    const found = offset >= text.length ? 'the file ends too early' : `unexpected ${JSON.stringify(text.slice(offset, offset + 12))}`;
    return { ok: false, problems: [{ path: '$', message: `is not valid JSON at ${where}: ${found}` }] };
  }
}

/**
 * About how many characters of JSON a YAML document stands for once its aliases are
 * expanded, or why it cannot be expanded. Counting aliases (yaml's maxAliasCount) refuses a
 * pack that reuses one anchored list in 120 personas and says nothing about size; this
 * counts each anchored node once and multiplies, so a billion-laughs file is measured in a
 * few hundred steps and refused by size. Anchors are collected in one pass in document
 * order (an alias names the last anchor before it).
 */
function expandedYamlSize(doc: Document, limit = MAX_PACK_BYTES): { size: number } | { cycle: string } {
  const targets = new Map<unknown, unknown>();
  const anchors = new Map<string, unknown>();
  visit(doc, (_key, node) => {
    if (isAlias(node)) targets.set(node, anchors.get(node.source));
    else if (node && typeof node === 'object' && 'anchor' in node && typeof node.anchor === 'string') anchors.set(node.anchor, node);
  });
  const sizes = new Map<unknown, number>();
  const open = new Set<unknown>();
  let cycle: string | undefined;
  const size = (node: unknown): number => {
    if (isAlias(node)) {
      const target = targets.get(node);
      if (open.has(target)) {
        cycle ??= node.source;
        return 0;
      }
      return size(target);
    }
    const known = sizes.get(node);
    if (known !== undefined) return known;
    open.add(node);
    let n = 4;
    if (isScalar(node)) n = String(node.value).length + 2;
    else if (isPair(node)) n = size(node.key) + size(node.value) + 2;
    else if (isMap(node) || isSeq(node)) {
      n = 2;
      for (const item of node.items as unknown[]) {
        n += size(item) + 1;
        if (n > limit) break; // the answer is "too large"; no need to measure the rest
      }
    }
    open.delete(node);
    sizes.set(node, n);
    return n;
  };
  const total = size(doc.contents);
  return cycle !== undefined ? { cycle } : { size: total };
}

function parseYamlData(text: string): { ok: true; data: unknown } | { ok: false; problems: PackProblem[] } {
  const problem = (message: string) => ({ ok: false as const, problems: [{ path: '$', message }] });
  try {
    const doc = parseDocument(text, { prettyErrors: true });
    const error = doc.errors[0];
    if (error) {
      const at = error.linePos?.[0];
      return problem(`is not valid YAML at ${at ? `line ${at.line}, column ${at.col}` : 'an unknown place'}: ${error.message.split('\n')[0]}`);
    }
    const measured = expandedYamlSize(doc);
    if ('cycle' in measured) return problem(`is not a pack YAML can expand: the alias *${measured.cycle} refers to a node that contains it`);
    if (measured.size > MAX_PACK_BYTES)
      return problem(
        `is larger than the ${MAX_PACK_BYTES / 1024 / 1024} MiB limit for a pack once its aliases are expanded (about ${(measured.size / 1024 / 1024).toFixed(0)} MiB); reuse anchors to avoid repetition, not to multiply data`,
      );
    // Size is bounded above, so the number of aliases need not be.
    return { ok: true, data: doc.toJS({ maxAliasCount: -1 }) };
  } catch (error) {
    if (error instanceof RangeError) return problem('is nested too deeply to read as YAML');
    throw error;
  }
}

/** Text (JSON or YAML) to a validated pack. */
export function parsePack(text: string, syntax: PackSyntax = 'json'): PackResult {
  const parsed = parsePackData(text, syntax);
  return parsed.ok ? validatePack(parsed.data) : parsed;
}
