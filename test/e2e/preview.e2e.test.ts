/**
 * `npm run demo -- --pack <pack>`: an admin previews their own pack before publishing it. Run
 * as an admin would, from their own folder (the path is theirs, not the package's), headless
 * as without a display: the pack given is the one imported and shown, on a sample profile per
 * persona, with its name, badge and pack beside it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './harness';

const PACK = `format: persona-pack@1
id: preview-check
name: Preview check pack
version: 1.0.0
publishedAt: 2026-01-15T09:00:00Z
personas:
  - id: chief-preview
    name: Chief Preview Persona
    match:
      titles: [Chief Preview Officer]
    goals:
      - "[likely] See the panel before publishing"
  - id: preview-intern
    name: Preview Not A Fit
    kind: negative
    match:
      titles: [Preview Intern]
assets: []
`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'persona-map-preview-'));
  writeFileSync(join(dir, 'preview.yaml'), PACK);
  writeFileSync(join(dir, 'broken.yaml'), PACK.replace('titles: [Chief Preview Officer]', 'titels: [Chief Preview Officer]'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const demo = (pack: string) =>
  spawnSync('npm', ['--prefix', ROOT, 'run', '-s', 'demo', '--', '--pack', pack], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, CI: '1' },
    timeout: 240_000,
  });

describe('npm run demo -- --pack', () => {
  it('shows the pack given, not the demo pack, on a sample profile per persona', () => {
    const run = demo('preview.yaml');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('with the pack preview-check@1.0.0 ("Preview check pack")');
    expect(run.stdout).toMatch(/persona chief-preview\s+badge CPP headline "Chief Preview Officer" → panel: Chief Preview Persona\n/);
    expect(run.stdout).toMatch(/persona preview-intern\s+badge ✕\s+headline "Preview Intern" → panel: Preview Not A Fit\n/);
    // The demo pack is off once a real pack is in: its Security Gatekeeper badge is not shown.
    expect(run.stdout).not.toMatch(/badge SG/);
    for (const picture of ['persona-chief-preview', 'persona-preview-intern']) expect(existsSync(join(ROOT, '.output/demo', `${picture}.png`))).toBe(true);
  });

  it('stops before opening a browser on a pack with problems, naming them as the CLI does', () => {
    const run = demo('broken.yaml');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/broken\.yaml line 10 \(\$\.personas\[0\]\.match\.titels\): has unknown field "titels"/);
    expect(run.stderr).toContain('nothing to preview');
    expect(run.stdout).not.toContain('Persona Map demo:');
  });
});
