import { access, mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { generateKeyPair } from '../../lib/pack/sign';
import { command } from '../args';
import { UsageError } from '../io';

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** `keygen --out <base> [--force]`: writes `<base>.key` (private, mode 600) and `<base>.pub`. */
export const keygen = command({ out: { type: 'string', short: 'o' }, force: { type: 'boolean' } }, async ({ options }, io) => {
  if (typeof options.out !== 'string') throw new UsageError('keygen needs --out <base>, e.g. --out keys/acme');
  const base = resolve(io.cwd, options.out);
  const keyFile = `${base}.key`;
  const pubFile = `${base}.pub`;
  if (!options.force && ((await exists(keyFile)) || (await exists(pubFile)))) {
    io.stderr.write(
      `persona-map keygen: ${options.out}.key or ${options.out}.pub already exists; a new key would make every pack signed with the old one unverifiable. Use --force to replace it.\n`,
    );
    return 1;
  }
  const pair = await generateKeyPair();
  await mkdir(dirname(base), { recursive: true });
  await writeFile(keyFile, pair.privateKey, { mode: 0o600 });
  await writeFile(pubFile, pair.publicKey);
  io.stdout.write(`${options.out}.key: private key (keep it secret, do not commit it)\n`);
  io.stdout.write(`${options.out}.pub: public key, add it to the trusted keys:\n${pair.publicKey}`);
  return 0;
});
