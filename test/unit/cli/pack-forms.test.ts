/**
 * Every command that reads a pack takes every authoring form (JSON, YAML, a CSV folder, an Excel
 * workbook) through the one loader (cli/load-pack.ts), and reports problems the same way.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './cli-io';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'persona-map-forms-'));
  cpSync(join(fixtures, 'csv-pack'), join(dir, 'csv-pack'), { recursive: true });
  cpSync(join(fixtures, 'xlsx-pack.xlsx'), join(dir, 'pack.xlsx'));
  cpSync(join(fixtures, 'yaml-pack.yaml'), join(dir, 'team.yaml'));
  writeFileSync(join(dir, 'titles.txt'), 'CISO\nVP Finance\n');
  writeFileSync(join(dir, 'page.html'), '<html><body></body></html>');
  expect(await run(['build', 'csv-pack', '-o', 'pack.json'], dir)).toMatchObject({ code: 0 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const commands = (pack: string): [string, string[]][] => [
  ['validate', ['validate', pack]],
  ['lint', ['lint', pack]],
  ['build', ['build', pack, '-o', 'out.json']],
  ['match', ['match', '--pack', pack]],
  ['coverage', ['coverage', '--pack', pack, 'titles.txt']],
  ['report', ['report', pack, '-o', 'map.html']],
  ['diff', ['diff', 'pack.json', pack]],
  ['detect', ['detect', '--url', 'https://www.linkedin.com/in/x/', '--html', 'page.html', '--pack', pack]],
  ['feedback', ['feedback', '--pack', pack, 'titles.txt']],
];

describe('every command takes every authoring form', () => {
  for (const form of ['pack.json', 'team.yaml', 'csv-pack', 'pack.xlsx'])
    it.each(commands(form))(`%s accepts ${form}`, async (_name, argv) => {
      const result = await run(argv, dir);
      expect(result.stderr).not.toMatch(/EISDIR|not valid JSON|Error/);
      expect(result.code).toBe(0);
    });

  it('validate summarises a workbook and a CSV folder like a JSON pack', async () => {
    expect(await run(['validate', 'pack.xlsx'], dir)).toMatchObject({
      code: 0,
      stdout: 'pack.xlsx: valid acme-sample@1.0.0: 4 personas, 5 objections, 4 assets\n',
    });
    expect(await run(['validate', 'csv-pack'], dir)).toMatchObject({
      code: 0,
      stdout: 'csv-pack: valid acme-sample@1.0.0: 4 personas, 5 objections, 4 assets\n',
    });
  });

  it('reports a CSV problem by file, row and column in every command, with the nearest valid value', async () => {
    cpSync(join(dir, 'csv-pack'), join(dir, 'bad-csv'), { recursive: true });
    const personas = join(dir, 'bad-csv', 'personas.csv');
    writeFileSync(personas, readFileSync(personas, 'utf8').replace(',,security,senior,', ',,secrity,senior,'));
    const line = 'personas.csv row 2, column "match_functions": "secrity" is not a function (did you mean "security"?)\n';
    expect(await run(['validate', 'bad-csv'], dir)).toMatchObject({ code: 1, stdout: line });
    for (const argv of [
      ['lint', 'bad-csv'],
      ['match', '--pack', 'bad-csv'],
      ['report', 'bad-csv', '-o', 'x.html'],
    ])
      expect(await run(argv, dir)).toMatchObject({ code: 1, stderr: line });
  });

  it('reports a YAML problem with its line and "did you mean" in validate as in build', async () => {
    writeFileSync(join(dir, 'bad.yaml'), readFileSync(join(dir, 'team.yaml'), 'utf8').replace(/functions: \[([a-z-]+)/, 'functions: [complience'));
    const validated = await run(['validate', 'bad.yaml'], dir);
    expect(validated.code).toBe(1);
    expect(validated.stdout).toMatch(
      /^bad\.yaml line \d+ \(\$\.personas\[\d\]\.match\.functions\[0\]\): "complience" is not a function \(did you mean "compliance"\?\)\n$/,
    );
    const built = await run(['build', 'bad.yaml'], dir);
    expect(built.stderr.split('\n')[0]).toBe(validated.stdout.trim());
  });

  it('says a file is no workbook rather than "not valid JSON"', async () => {
    writeFileSync(join(dir, 'fake.xlsx'), 'id,name\n');
    const result = await run(['validate', 'fake.xlsx'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^fake\.xlsx: is not an Excel workbook \(\.xlsx\)/);
  });
});
