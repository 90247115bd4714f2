/**
 * The CLI as an installable package: `npm pack` → a tarball an admin installs anywhere →
 * `npx persona-map` works outside the repository, with the production dependencies only and
 * none of the sources (the tarball ships the bundle, cli/bundle.mjs). The package is staged
 * in a temporary folder (package.json as it is, the bin, a fresh bundle) so packing leaves the
 * checkout's own bundle alone while other tests use it.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; files: string[] };

let work: string;
let app: string;
let tarball: string[];
const sh = (cmd: string, args: string[], cwd: string) => {
  const run = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, npm_config_update_notifier: 'false' } });
  return { ...run, out: `${run.stdout}${run.stderr}` };
};

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'persona-map-pack-'));
  const stage = join(work, 'stage');
  mkdirSync(join(stage, 'cli'), { recursive: true });
  for (const file of ['package.json', 'README.md', 'cli/persona-map.mjs']) copyFileSync(join(ROOT, file), join(stage, file));
  const bundled = sh(process.execPath, [join(ROOT, 'cli/bundle.mjs'), join(stage, '.output/cli')], ROOT);
  expect(bundled.status, bundled.out).toBe(0);
  // Scripts are the checkout's (prepare builds the bundle there); the staged bundle is already built.
  const packed = sh('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], stage);
  expect(packed.status, packed.out).toBe(0);
  const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  tarball = info!.files.map((f) => f.path).sort();
  app = join(work, 'admin');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'admin-tools', private: true }));
  const installed = sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--omit=dev', join(work, info!.filename)], app);
  expect(installed.status, installed.out).toBe(0);
  copyFileSync(join(ROOT, 'lib/pack/demo-pack.json'), join(app, 'demo-pack.json'));
  copyFileSync(join(ROOT, 'test/fixtures/xlsx-pack.xlsx'), join(app, 'team.xlsx'));
}, 240_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed CLI, installed outside the repository', () => {
  it('holds the bin and its bundle, no sources', () => {
    expect(pkg.files).toEqual(['cli/persona-map.mjs', '.output/cli/']);
    expect(tarball).toEqual(expect.arrayContaining(['package.json', 'cli/persona-map.mjs', '.output/cli/persona-map.mjs', '.output/cli/inputs.json']));
    expect(tarball.filter((f) => f.endsWith('.ts'))).toEqual([]);
  });

  it('answers npx persona-map --version', () => {
    const run = sh('npx', ['--no-install', 'persona-map', '--version'], app);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`persona-map ${pkg.version}\n`);
  });

  it('validates the demo pack and a workbook, with paths from the working directory', () => {
    const demo = sh('npx', ['--no-install', 'persona-map', 'validate', 'demo-pack.json'], app);
    expect(demo.stderr).toBe('');
    expect(demo.status).toBe(0);
    expect(demo.stdout).toMatch(/^demo-pack\.json: valid northwind-demo@\d+\.\d+\.\d+: \d+ personas/);
    const workbook = sh('npx', ['--no-install', 'persona-map', 'build', 'team.xlsx', '-o', 'team.json'], app);
    expect(workbook.status, workbook.out).toBe(0);
    expect(JSON.parse(readFileSync(join(app, 'team.json'), 'utf8'))).toMatchObject({ id: 'acme-sample' });
  });
});
