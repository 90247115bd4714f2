import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Pack } from '../../pack/schema';
import { parsePack, syntaxOf } from '../../pack/validate';
import { compilePack } from '../../titles/compile';
import { matchTitle } from '../../titles/match';
import type { MatchResult } from '../../titles/types';
import { parseArgs, readLines, UsageError, type CliIO, type Command } from '../io';
import { LineBatcher } from './analyze';

/** Reads and validates a pack; on problems prints them (like `validate`) and returns null. */
export async function loadPack(file: string, io: CliIO): Promise<Pack | null> {
  const text = await readFile(resolve(io.cwd, file), 'utf8');
  const result = parsePack(text, syntaxOf(file));
  if (result.ok) return result.pack;
  for (const problem of result.problems) io.stderr.write(`${file}: ${problem.path}: ${problem.message}\n`);
  return null;
}

/**
 * One output line of `match` (the CLI contract's fields). Repeated titles share one outcome,
 * and so one reasons array: the part after "input" is serialised once per outcome. Runners-up
 * are listed with their scores; the winner's reasons say how it beat the first of them.
 */
export function matchLineFormatter(): (r: MatchResult) => string {
  const tails = new WeakMap<object, string>();
  return (r) => {
    let tail = tails.get(r.reasons);
    if (tail === undefined) {
      tail = JSON.stringify({
        persona: r.persona,
        kind: r.kind,
        score: r.score,
        reasons: r.reasons,
        alternatives: r.alternatives.map((a) => ({ persona: a.persona, kind: a.kind, score: a.score })),
      }).slice(1);
      tails.set(r.reasons, tail);
    }
    return `{"input":${JSON.stringify(r.input)},${tail}`;
  };
}

/** `match --pack <file>`: titles on stdin, one JSON line per title with the persona and its reasons. */
export const match: Command = async (args, io) => {
  const { options } = parseArgs(args, ['pack']);
  const file = options.pack;
  if (typeof file !== 'string') throw new UsageError('match needs a pack: persona-map match --pack pack.json < titles.txt');
  const pack = await loadPack(file, io);
  if (!pack) return 1;
  const compiled = compilePack(pack);
  const out = new LineBatcher(io.stdout);
  const line = matchLineFormatter();
  for await (const input of readLines(io.stdin)) await out.line(line(matchTitle(input, compiled)));
  await out.flush();
  return 0;
};
