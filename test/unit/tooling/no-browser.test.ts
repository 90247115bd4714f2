/**
 * A fresh machine without a browser, for real: `npm run demo`, `npm test` and the e2e tier run
 * in child processes whose PATH holds only node, npm and sh, with CHROMIUM_PATH pointing nowhere
 * or with PERSONA_MAP_SKIP_SYSTEM_BROWSERS=1 hiding /usr/bin/chromium. Each must exit 1 with the
 * finder's one sentence on stderr; none may skip its way to success or print a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const CHROMIUM_PATH_SENTENCE =
  'CHROMIUM_PATH is set to /nowhere, which is not an executable browser: point it at Chromium, Chrome or Edge, or unset it to let Persona Map look in the usual places.';
/** This machine is Debian with apt-get; the simulation forbids installing, so the sentence says what to run. */
const NO_BROWSER_SENTENCE =
  'No Chromium, Chrome or Edge found: run `sudo apt-get update && sudo apt-get install -y chromium` or set CHROMIUM_PATH to a Chromium executable, then run this command again.';

let bin: string;

beforeAll(() => {
  bin = mkdtempSync(join(tmpdir(), 'persona-map-no-browser-'));
  const npmCli = realpathSync(join(resolve(process.execPath, '..'), 'npm'));
  for (const [name, target] of [
    ['node', process.execPath],
    ['npm', npmCli],
    ['sh', '/bin/sh'],
  ] as const)
    symlinkSync(target, join(bin, name));
});
afterAll(() => rmSync(bin, { recursive: true, force: true }));

function run(args: string[], extraEnv: Record<string, string>) {
  const result = spawnSync(join(bin, 'npm'), args, {
    cwd: ROOT,
    // Nothing from this process's environment: no CI, no DISPLAY, no browser on PATH.
    // npm's update check would ask the registry and print a notice: off.
    env: { HOME: process.env.HOME ?? tmpdir(), PATH: bin, npm_config_update_notifier: 'false', ...extraEnv },
    encoding: 'utf8',
    // If a browser were found after all, the child would go on to build and test: cut it short.
    timeout: 60_000,
    killSignal: 'SIGKILL',
  });
  // npm's own header echoes the script ("> tsx test/e2e/find-browser.ts && …"); what ran prints below it.
  const printed = result.stdout.split('\n').filter((line) => line.trim() && !line.startsWith('>'));
  return { status: result.status, printed, stderr: result.stderr.trim() };
}

describe('on a machine without a browser', () => {
  it('`npm run demo` with CHROMIUM_PATH pointing nowhere says so in one sentence and exits 1 before building', () => {
    const demo = run(['run', 'demo'], { CHROMIUM_PATH: '/nowhere' });
    expect(demo.stderr).toBe(CHROMIUM_PATH_SENTENCE);
    expect(demo.status).toBe(1);
    expect(demo.printed).toEqual([]);
  });

  it('`npm run demo` with nothing installed names the command to run and exits 1', () => {
    const demo = run(['run', 'demo'], { PERSONA_MAP_SKIP_SYSTEM_BROWSERS: '1' });
    expect(demo.stderr).toBe(NO_BROWSER_SENTENCE);
    expect(demo.status).toBe(1);
  });

  it('`npm test` fails with the sentence instead of skipping the browser tier', () => {
    const test = run(['test'], { CHROMIUM_PATH: '/nowhere' });
    expect(test.stderr).toBe(CHROMIUM_PATH_SENTENCE);
    expect(test.status).toBe(1);
    expect(test.printed).toEqual([]);
  });

  it('the e2e tier started on its own fails with the sentence, before any file can skip', () => {
    const e2e = run(['exec', '--', 'vitest', 'run', '--config', 'test/vitest.config.ts', '--project', 'e2e'], { PERSONA_MAP_SKIP_SYSTEM_BROWSERS: '1' });
    expect(e2e.stderr).toBe(NO_BROWSER_SENTENCE);
    expect(e2e.status).toBe(1);
    expect(e2e.printed.join('\n')).not.toMatch(/skipped|passed|✓/);
  });
});
