import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { decodePackBytes } from '../../lib/pack/decode';
import { signBytes } from '../../lib/pack/sign';
import { parsePack, syntaxOf } from '../../lib/pack/validate';
import { command } from '../args';
import { UsageError } from '../io';

/**
 * `sign <pack> --key <base>.key`: writes `<pack>.sig`, a detached signature of the exact
 * bytes. An invalid pack is not signed: every browser would refuse it anyway.
 */
export const sign = command({ key: { type: 'string' } }, async ({ positional, options }, io) => {
  const file = positional[0];
  if (!file) throw new UsageError('sign needs a pack file');
  if (typeof options.key !== 'string') throw new UsageError('sign needs --key <base>.key (from persona-map keygen)');
  const bytes = await readFile(resolve(io.cwd, file));
  const decoded = decodePackBytes(bytes);
  const checked = decoded.ok ? parsePack(decoded.text, syntaxOf(file)) : ({ ok: false, problems: [{ path: '$', message: decoded.message }] } as const);
  if (!checked.ok) {
    for (const problem of checked.problems) io.stderr.write(`${file}: ${problem.path}: ${problem.message}\n`);
    io.stderr.write(`${file}: not signed, the pack is not valid\n`);
    return 1;
  }
  const keyText = await readFile(resolve(io.cwd, options.key), 'utf8');
  let signature: string;
  try {
    signature = await signBytes(keyText, bytes);
  } catch (error) {
    io.stderr.write(`persona-map sign: ${options.key}: ${(error as Error).message}\n`);
    return 1;
  }
  await writeFile(resolve(io.cwd, `${file}.sig`), signature);
  io.stdout.write(`${file}.sig: signed ${checked.pack.id}@${checked.pack.version}; publish it beside ${file}\n`);
  return 0;
});
