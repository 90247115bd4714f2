/** Strict options: an option a command does not take is an error naming both, never silently ignored. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './cli-io';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PACK = 'lib/pack/demo-pack.json';

describe('persona-map options', () => {
  it('refuses a misspelt option, naming it and the command, with the nearest option the command takes', async () => {
    const result = await run(['coverage', '--pack', PACK, 'titles.txt', '--jsn'], ROOT);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^persona-map coverage: unknown option --jsn for coverage \(did you mean --json\?\)\nusage: persona-map coverage /);
  });

  it('lists the options a command takes when nothing is close', async () => {
    const result = await run(['sign', 'pack.json', '--frobnicate', '--key', 'acme.key'], ROOT);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(/^persona-map sign: unknown option --frobnicate for sign; sign takes --key\n/);
  });

  it('says so when the command takes no options at all', async () => {
    const result = await run(['validate', PACK, '--strict'], ROOT);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(/^persona-map validate: unknown option --strict for validate; validate takes no options\n/);
  });

  it('refuses an option that belongs to another command, and an unknown short option', async () => {
    // --pack is match's and coverage's, not build's; -o is build's -o, not match's.
    expect((await run(['build', 'csv-pack', '--pack', PACK], ROOT)).stderr).toMatch(/^persona-map build: unknown option --pack for build; build takes --out\n/);
    expect((await run(['match', '--pack', PACK, '-o', 'out.json'], ROOT)).stderr).toMatch(/^persona-map match: unknown option -o for match/);
  });

  it('wants a value for an option that takes one, and none for a switch', async () => {
    expect(await run(['match', '--pack'], ROOT)).toMatchObject({ code: 2, stderr: expect.stringMatching(/^persona-map match: --pack needs a value\n/) });
    expect(await run(['coverage', '--pack', PACK, 'titles.txt', '--json=yes'], ROOT)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^persona-map coverage: --json takes no value \(got "yes"\)\n/),
    });
  });

  it('takes --name=value as well as --name value, and -o for --out', async () => {
    const spaced = await run(['validate', PACK], ROOT);
    expect(spaced).toMatchObject({ code: 0 });
    const inline = await run(['schema', '--out=/dev/null'], ROOT);
    expect(inline).toMatchObject({ code: 0, stdout: '' });
    expect(await run(['schema', '-o', '/dev/null'], ROOT)).toMatchObject({ code: 0, stdout: '' });
  });
});
