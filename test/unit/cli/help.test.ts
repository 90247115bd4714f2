/** --version, --help per command, and paths from where the admin typed `npm run persona-map`. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './cli-io';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe('persona-map --version and --help', () => {
  it('prints the package version', async () => {
    expect(await run(['--version'], ROOT)).toEqual({ code: 0, stdout: `persona-map ${version}\n`, stderr: '' });
  });

  it('prints the usage of one command for --help, whatever else is on the line', async () => {
    for (const [command, usage] of [
      ['validate', 'validate <pack.json|pack.yaml|pack.xlsx|csv-folder>'],
      ['build', 'build <pack.yaml|pack.xlsx|csv-folder> [-o pack.json]'],
    ] as const) {
      expect(await run([command, '--help'], ROOT)).toEqual({ code: 0, stdout: `usage: persona-map ${usage}\n`, stderr: '' });
      expect(await run([command, 'missing.json', '-h'], ROOT)).toMatchObject({ code: 0, stdout: `usage: persona-map ${usage}\n` });
    }
  });
});

describe('npm run persona-map', () => {
  it('resolves paths against the folder the admin ran npm in (INIT_CWD), not the package', () => {
    const dir = mkdtempSync(join(tmpdir(), 'persona-map-cwd-'));
    try {
      copyFileSync(join(ROOT, 'lib/pack/demo-pack.json'), join(dir, 'mine.json'));
      const result = spawnSync(process.execPath, [join(ROOT, 'cli/persona-map.mjs'), 'validate', 'mine.json'], {
        cwd: ROOT, // where npm runs the script
        env: { ...process.env, npm_lifecycle_event: 'persona-map', INIT_CWD: dir },
        encoding: 'utf8',
      });
      expect(result.stdout).toMatch(/^mine\.json: valid northwind-demo@/);
      expect(result.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
