import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bytesOf, makePack } from '../sync/test-support';
import { run } from './cli-io';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'persona-map-sign-'));
  writeFileSync(join(dir, 'acme.json'), bytesOf(makePack('1.0.0')));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('keygen, sign and verify round trip', () => {
  it('verifies a signed pack, and refuses it after one byte changes', async () => {
    const made = await run(['keygen', '--out', 'keys/acme'], dir);
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/keys\/acme\.pub: public key, add it to the trusted keys:\npersona-map-ed25519:[A-Za-z0-9+/]{43}=\n$/);
    expect(statSync(join(dir, 'keys/acme.key')).mode & 0o777).toBe(0o600);

    expect(await run(['sign', 'acme.json', '--key', 'keys/acme.key'], dir)).toMatchObject({
      code: 0,
      stdout: 'acme.json.sig: signed acme@1.0.0; publish it beside acme.json\n',
    });
    expect(readFileSync(join(dir, 'acme.json.sig'), 'utf8')).toMatch(/^[A-Za-z0-9+/]{86}==\n$/);
    expect(await run(['verify', 'acme.json', '--key', 'keys/acme.pub'], dir)).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^acme\.json: signature OK \(key [0-9a-f]{12}\)\n$/),
    });

    const bytes = readFileSync(join(dir, 'acme.json'));
    bytes[bytes.indexOf('Acme')] = 'a'.charCodeAt(0);
    writeFileSync(join(dir, 'acme.json'), bytes);
    expect(await run(['verify', 'acme.json', '--key', 'keys/acme.pub'], dir)).toEqual({
      code: 1,
      stdout: 'acme.json: not verified: the signature does not match: the pack was changed after it was signed, or it was signed with a different key\n',
      stderr: '',
    });
  });

  it('will not overwrite a key pair without --force', async () => {
    await run(['keygen', '--out', 'acme'], dir);
    const before = readFileSync(join(dir, 'acme.pub'), 'utf8');
    expect(await run(['keygen', '--out', 'acme'], dir)).toMatchObject({ code: 1, stderr: expect.stringContaining('already exists') });
    expect(readFileSync(join(dir, 'acme.pub'), 'utf8')).toBe(before);
    expect(await run(['keygen', '--out', 'acme', '--force'], dir)).toMatchObject({ code: 0 });
    expect(readFileSync(join(dir, 'acme.pub'), 'utf8')).not.toBe(before);
  });

  it('does not sign an invalid pack', async () => {
    await run(['keygen', '--out', 'acme'], dir);
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...makePack('1.0.0'), version: 'one' }));
    const result = await run(['sign', 'bad.json', '--key', 'acme.key'], dir);
    expect(result).toMatchObject({ code: 1, stderr: expect.stringContaining('bad.json: $.version: must be a version like 1.4.0') });
    expect(() => statSync(join(dir, 'bad.json.sig'))).toThrow();
  });

  it('says when the signature file is missing or the key is the wrong one', async () => {
    await run(['keygen', '--out', 'acme'], dir);
    expect(await run(['verify', 'acme.json', '--key', 'acme.pub'], dir)).toMatchObject({
      code: 1,
      stdout: expect.stringContaining('no signature file acme.json.sig'),
    });
    await run(['sign', 'acme.json', '--key', 'acme.key'], dir);
    expect(await run(['verify', 'acme.json', '--key', 'acme.key'], dir)).toMatchObject({
      code: 1,
      stdout: expect.stringContaining('looks like a private key'),
    });
    expect(await run(['sign', 'acme.json'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('needs --key') });
  });
});

describe('the installed bin', () => {
  const bin = fileURLToPath(new URL('../../../cli/persona-map.mjs', import.meta.url));
  const cli = (...args: string[]) => {
    const result = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('runs the same round trip as a real process, with exit codes', () => {
    expect(cli('keygen', '--out', 'acme').code).toBe(0);
    expect(cli('sign', 'acme.json', '--key', 'acme.key').code).toBe(0);
    expect(cli('verify', 'acme.json', '--key', 'acme.pub')).toMatchObject({ code: 0, stdout: expect.stringContaining('signature OK') });
    const bytes = readFileSync(join(dir, 'acme.json'));
    bytes[bytes.length - 2] = bytes[bytes.length - 2]! ^ 0x20;
    writeFileSync(join(dir, 'acme.json'), bytes);
    expect(cli('verify', 'acme.json', '--key', 'acme.pub')).toMatchObject({
      code: 1,
      stdout: expect.stringContaining('not verified: the signature does not match'),
    });
  }, 30_000);
});
