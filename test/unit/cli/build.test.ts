import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validatePack } from '../../../lib/pack/validate';
import { run } from './cli-io';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'persona-map-build-'));
  cpSync(join(fixtures, 'csv-pack'), join(dir, 'csv-pack'), { recursive: true });
  cpSync(join(fixtures, 'yaml-pack.yaml'), join(dir, 'team.yaml'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('persona-map build', () => {
  it('compiles a CSV folder to pack JSON on stdout', async () => {
    const { code, stdout, stderr } = await run(['build', 'csv-pack'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(validatePack(JSON.parse(stdout))).toMatchObject({ ok: true, pack: { id: 'acme-sample' } });
  });

  it('writes the pack to -o, which validate then accepts', async () => {
    const built = await run(['build', 'team.yaml', '-o', 'team.json'], dir);
    expect(built).toMatchObject({ code: 0, stdout: '', stderr: 'team.json: acme-emea-team@1.2.0: 2 personas, 1 assets\n' });
    expect(JSON.parse(readFileSync(join(dir, 'team.json'), 'utf8'))).toMatchObject({ id: 'acme-emea-team' });
    expect(await run(['validate', 'team.json'], dir)).toMatchObject({ code: 0 });
  });

  it('exits 1 with one line per problem, pointing at file, row and column', async () => {
    const personas = join(dir, 'csv-pack', 'personas.csv');
    writeFileSync(personas, readFileSync(personas, 'utf8').replace(',,security,senior,', ',,secrity,senior,'));
    const { code, stdout, stderr } = await run(['build', 'csv-pack', '-o', 'out.json'], dir);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'personas.csv row 2, column "match_functions": "secrity" is not a function (did you mean "security"?)\n' + 'csv-pack: 1 problem; no pack was written\n',
    );
  });

  it('explains usage and missing files', async () => {
    expect(await run(['build'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('usage: persona-map build') });
    expect(await run(['build', 'nope.yaml'], dir)).toMatchObject({ code: 1, stderr: expect.stringContaining('no such file') });
  });
});

describe('persona-map schema', () => {
  it('prints the JSON Schema', async () => {
    const { code, stdout } = await run(['schema'], dir);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ type: 'object', properties: { personas: { type: 'array' } } });
  });

  it('writes it to -o, relative to the working directory', async () => {
    expect(await run(['schema', '-o', 'pack.schema.json'], dir)).toMatchObject({ code: 0, stdout: '' });
    expect(JSON.parse(readFileSync(join(dir, 'pack.schema.json'), 'utf8'))).toMatchObject({
      properties: { reviewBy: { description: expect.stringContaining('due for review') } },
    });
  });
});
