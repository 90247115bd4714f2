import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { verifyBytes } from '../../lib/pack/sign';
import { command } from '../args';
import { UsageError } from '../io';

/** `verify <pack> --key <base>.pub [--sig <file>]`: exit 0 when the signature holds, 1 with the reason when not. */
export const verify = command({ key: { type: 'string' }, sig: { type: 'string' } }, async ({ positional, options }, io) => {
  const file = positional[0];
  if (!file) throw new UsageError('verify needs a pack file');
  if (typeof options.key !== 'string') throw new UsageError('verify needs --key <base>.pub');
  const sigFile = typeof options.sig === 'string' ? options.sig : `${file}.sig`;
  const [bytes, keyText] = await Promise.all([readFile(resolve(io.cwd, file)), readFile(resolve(io.cwd, options.key), 'utf8')]);
  let signature: string;
  try {
    signature = await readFile(resolve(io.cwd, sigFile), 'utf8');
  } catch {
    io.stdout.write(`${file}: not verified: no signature file ${sigFile} (create it with persona-map sign)\n`);
    return 1;
  }
  const result = await verifyBytes(keyText, bytes, signature);
  if (!result.ok) {
    io.stdout.write(`${file}: not verified: ${result.reason}\n`);
    return 1;
  }
  io.stdout.write(`${file}: signature OK (key ${result.keyId})\n`);
  return 0;
});
