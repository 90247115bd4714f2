import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../../cli/io';
import { runCli } from '../../../cli/main';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PACK = 'test/eval/eval-pack.json';
const TITLES = [
  'VP, Information Security | CISSP | Speaker',
  'Leiter Einkauf bei Bosch',
  'CSO | Cybersecurity',
  'Open to Work – Senior Engineer',
  'Associate at McKinsey',
  'Directrice financière (elle/lui) 🚀',
  'VP, Information Security | CISSP | Speaker',
  '',
];

type RunCli = typeof runCli;

async function runWith(cli: RunCli, argv: string[], input: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const collect = () => {
    const chunks: Buffer[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        done();
      },
    });
    return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
  };
  const stdout = collect();
  const stderr = collect();
  const stdin = new PassThrough();
  stdin.end(input);
  const io: CliIO = { stdin, stdout: stdout.stream, stderr: stderr.stream, cwd: ROOT };
  const code = await cli(argv, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe('the bundled CLI (cli/bundle.mjs)', () => {
  let dir: string;
  let bundled: RunCli;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'persona-map-bundle-'));
    const built = spawnSync(process.execPath, [join(ROOT, 'cli/bundle.mjs'), dir], { cwd: ROOT, encoding: 'utf8' });
    expect(built.status, built.stderr).toBe(0);
    ({ runCli: bundled } = await import(pathToFileURL(join(dir, 'persona-map.mjs')).href));
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the project sources it was built from, for the bin to tell when it is stale', () => {
    const inputs: string[] = JSON.parse(readFileSync(join(dir, 'inputs.json'), 'utf8'));
    expect(inputs).toEqual(expect.arrayContaining(['cli/main.ts', 'lib/titles/analyze.ts', 'cli/commands/match.ts']));
    expect(inputs.some((f) => f.includes('node_modules'))).toBe(false);
  });

  it('matches and analyses exactly like the sources', async () => {
    const input = `${TITLES.join('\n')}\n`;
    for (const argv of [['match', '--pack', PACK], ['analyze']]) {
      const expected = await runWith(runCli, argv, input);
      expect(expected.code).toBe(0);
      expect(expected.stdout.split('\n')).toHaveLength(TITLES.length + 1);
      expect(await runWith(bundled, argv, input)).toEqual(expected);
    }
  });

  it('reports usage errors like the sources', async () => {
    expect(await runWith(bundled, ['match'], '')).toEqual(await runWith(runCli, ['match'], ''));
    expect(await runWith(bundled, ['nope'], '')).toEqual(await runWith(runCli, ['nope'], ''));
  });
});
