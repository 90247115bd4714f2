/**
 * The README cannot drift: its set-up block is the two commands the scripts really are, every
 * other shell command it shows is run here for real (in a scratch folder, in README order), and
 * its links lead somewhere. `npm run demo` itself runs in the e2e tier (test/e2e/readme.e2e.test.ts);
 * `npm test` is checked, not run, because this file is part of it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { README, readmeCommands, ROOT, setUpSteps } from './readme-commands';
import { correctionsToCsv } from '../../../lib/storage/corrections';
import { usageToCsv } from '../../../lib/storage/usage-csv';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
const CLI = join(ROOT, 'cli/persona-map.mjs');
const FINDER_FIRST = /^tsx test\/e2e\/find-browser\.ts( --firefox)? && /;

describe('reading the README', () => {
  it('takes each line of ```sh blocks without its comment, and nothing from other blocks', () => {
    const sample = [
      '```sh',
      'npm install && npm run demo   # builds it',
      '',
      'echo "A | B # not a comment" | npm run -s persona-map -- analyze',
      '```',
      '```json',
      '{ "npm": "test" }',
      '```',
      '```',
      'plain fence',
      '```',
      '```sh',
      'npm test',
      '```',
    ].join('\n');
    expect(readmeCommands(sample)).toEqual([
      { command: 'npm install && npm run demo', line: 2, block: 0 },
      { command: 'echo "A | B # not a comment" | npm run -s persona-map -- analyze', line: 4, block: 0 },
      { command: 'npm test', line: 13, block: 1 },
    ]);
    expect(setUpSteps(sample)).toEqual(['npm install', 'npm run demo', 'echo "A | B # not a comment" | npm run -s persona-map -- analyze']);
  });
});

describe("the README's set-up block", () => {
  it('is the two commands: npm install && npm run demo, then npm test', () => {
    expect(
      readmeCommands()
        .filter((c) => c.block === 0)
        .map((c) => c.command),
    ).toEqual(['npm install && npm run demo', 'npm test']);
    expect(setUpSteps()).toEqual(['npm install', 'npm run demo', 'npm test']);
  });

  it('npm install: package.json and the lockfile agree, so it installs without asking the registry', () => {
    const run = spawnSync('npm', ['install', '--dry-run', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr.split('\n').filter((l) => /npm error/.test(l))).toEqual([]);
    expect(run.status).toBe(0);
    // The install step the README promises builds the CLI and WXT's types as well: `prepare` runs on
    // npm install and npm ci in the checkout and before npm pack, not where the packed CLI is installed.
    expect(pkg.scripts.prepare).toBe('wxt prepare && node cli/bundle.mjs');
    expect(pkg.scripts.postinstall).toBeUndefined();
  });

  it('npm run demo: finds the browser first, then builds and runs the demo (run for real by the e2e tier)', () => {
    expect(pkg.scripts.demo).toMatch(FINDER_FIRST);
    expect(pkg.scripts.demo).toBe('tsx test/e2e/find-browser.ts && wxt build && tsx test/e2e/demo.ts');
    expect(existsSync(join(ROOT, 'test/e2e/readme.e2e.test.ts'))).toBe(true);
  });

  it('npm test: finds the browser first, then the layer rules, type-check, lint and format check, unit tier, test and production builds, Firefox build, e2e tier; CI runs the same command', () => {
    expect(pkg.scripts.test).toMatch(FINDER_FIRST);
    const steps = pkg.scripts.test!.split('&&').map((s) => s.trim());
    expect(steps).toEqual([
      'tsx test/e2e/find-browser.ts --firefox',
      'npm run test:deps',
      'npm run typecheck',
      'biome check .',
      'vitest run --config test/vitest.config.ts --project unit --project adapters-noisy',
      'wxt build --mode test',
      'wxt build',
      'wxt build -b firefox',
      'vitest run --config test/vitest.config.ts --project e2e',
    ]);
    // No step may skip a tier: neither a --passWithNoTests nor a filter on the e2e run.
    expect(pkg.scripts.test).not.toMatch(/passWithNoTests|--exclude|-t /);
    expect(readFileSync(join(ROOT, '.ci/run'), 'utf8')).toMatch(/^CI=true npm test /m);
    // The quick loop the README names exists and is the unit tier alone.
    expect(pkg.scripts['test:unit']).toBe(steps[4]);
    // The layer rules (docs/architecture.md) are dependency-cruiser's, on every folder of extension code.
    expect(pkg.scripts['test:deps']).toBe('depcruise lib components entrypoints utils --config .dependency-cruiser.cjs');
  });
});

/**
 * Every command outside the set-up block, run in README order in one scratch folder. The files
 * the README's examples name are provided there: `my-pack/` is the sample CSV pack, the CRM
 * export a few titles, and `lib/` the repository's (for the bundled demo pack).
 */
describe("the README's other commands, run", () => {
  const others = readmeCommands().filter((c) => c.block > 0);
  let scratch: string;

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'persona-map-readme-'));
    cpSync(join(ROOT, 'test/fixtures/csv-pack'), join(scratch, 'my-pack'), { recursive: true });
    writeFileSync(
      join(scratch, 'crm-export-titles.txt'),
      `${['CISO', 'VP, Information Security', 'Head of IT-Sicherheit', 'Account Executive', 'Chief Financial Officer'].join('\n')}\n`,
    );
    symlinkSync(join(ROOT, 'lib'), join(scratch, 'lib'));
    // `diff published.json pack.json`: the version on the server, here the sample pack as built.
    const built = spawnSync('node', [CLI, 'build', 'my-pack', '-o', 'published.json'], { cwd: scratch, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`could not build the sample pack: ${built.stderr}`);
    // `feedback … exports/*.csv`: two sellers' exports, as the options page writes them.
    mkdirSync(join(scratch, 'exports'));
    for (const seller of ['ana', 'ben']) {
      const at = Date.parse('2026-11-20T10:00:00Z');
      const correction = {
        key: `in/${seller}`,
        title: 'Head of Cyber Defence',
        matchedPersona: null,
        chosenPersona: 'security-gatekeeper',
        pack: 'acme-sample',
        wrongMatch: true,
        at,
      };
      writeFileSync(join(scratch, 'exports', `${seller}-corrections.csv`), correctionsToCsv([correction]));
      writeFileSync(
        join(scratch, 'exports', `${seller}-usage.csv`),
        usageToCsv([{ key: 'k', event: 'persona-hit', packId: 'acme-sample', id: 'security-gatekeeper', count: 3, lastAt: at }]),
      );
    }
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('the README shows CLI commands at all (this check is not vacuous)', () => {
    expect(others.length).toBeGreaterThanOrEqual(5);
    expect(pkg.scripts['persona-map']).toBe('node cli/persona-map.mjs');
  });

  /** Files in the scratch folder with their sizes, to see what a command wrote. */
  const listing = (dir: string, prefix = ''): Map<string, number> =>
    new Map(
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const rel = join(prefix, e.name);
        if (e.isSymbolicLink()) return [];
        return e.isDirectory() ? [...listing(join(dir, e.name), rel)] : [[rel, statSync(join(dir, e.name)).size] as const];
      }),
    );

  it.each(others.map((c) => [`README.md:${c.line}: ${c.command}`, c] as const))('%s', (_name, { command, line }) => {
    // `npm run -s persona-map --` is `node cli/persona-map.mjs` (checked above); run it by path
    // so the scratch folder needs no package.json.
    const runnable = command.replaceAll('npm run -s persona-map --', `node ${JSON.stringify(CLI)}`);
    const known = /^(echo (".*"|'.*') \| )?node "[^"]+persona-map\.mjs" [a-z]/.test(runnable);
    if (!known)
      throw new Error(
        `README.md:${line}: \`${command}\` is a command this test does not know how to run safely; teach test/unit/tooling/readme.test.ts about it`,
      );
    const before = listing(scratch);
    const run = spawnSync('sh', ['-c', runnable], { cwd: scratch, encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr, `stderr of README.md:${line}`).not.toMatch(/\n\s+at |Error:/);
    expect(run.status, `exit status of README.md:${line}`).toBe(0);
    const after = listing(scratch);
    const wrote = [...after].filter(([file, size]) => size > 0 && before.get(file) !== size).map(([file]) => file);
    // Each command shows something: output on the terminal, or a file it wrote.
    expect(run.stdout.trim().length > 0 || wrote.length > 0, `README.md:${line} printed nothing and wrote nothing`).toBe(true);
  });
});

describe("the README's links", () => {
  const links = [...README.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((l) => !/^(https?|mailto):/.test(l));
  const anchors = new Set(
    README.split('\n')
      .filter((l) => /^#{1,6} /.test(l))
      .map((l) =>
        l
          .replace(/^#+ /, '')
          .toLowerCase()
          .replace(/[^\p{L}\p{N} -]/gu, '')
          .replaceAll(' ', '-'),
      ),
  );

  it('lead to files in the repository and to headings that exist', () => {
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) {
      if (link.startsWith('#')) expect(anchors, `README link ${link}`).toContain(link.slice(1));
      else expect(existsSync(join(ROOT, decodeURI(link.split('#')[0]!))), `README link ${link}`).toBe(true);
    }
  });

  it("show the demo's own picture on the first screen", () => {
    const picture = README.indexOf('](docs/demo-linkedin-profile.png)');
    expect(picture).toBeGreaterThan(0);
    expect(picture).toBeLessThan(README.indexOf('```sh'));
    expect(readFileSync(join(ROOT, 'docs/demo-linkedin-profile.png')).subarray(1, 4).toString()).toBe('PNG');
  });
});
