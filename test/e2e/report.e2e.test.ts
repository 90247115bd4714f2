/**
 * `persona-map report` looked at in Chromium: the page an admin prints or circulates renders
 * without a console error or a blocked request, and shows the gaps of a pack that has them.
 * With PERSONA_MAP_SCREENSHOT=1 it also refreshes the README's picture (docs/report-demo.png).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../unit/cli/cli-io';
import { findBrowser } from './find-browser';
import { ROOT } from './harness';

describe('the persona map report in Chromium', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'persona-map-report-e2e-'));
    browser = await chromium.launch({ executablePath: findBrowser().path, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(pack: string, extra: string[] = []) {
    const out = join(dir, `${pack.replace(/\W/g, '-')}.html`);
    const result = await run(['report', join(ROOT, pack), '-o', out, '--today', '2026-12-01', ...extra], dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    const problems: string[] = [];
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    page.on('request', (r) => !r.url().startsWith('file:') && problems.push(`request made: ${r.url()}`));
    await page.goto(pathToFileURL(out).href);
    return { page, problems };
  }

  it('shows the gaps of a pack that has them, with nothing logged or fetched', async () => {
    const { page, problems } = await open('test/fixtures/gappy-pack.json');
    const gapBadges = page.locator('.gap');
    await expect
      .poll(() => page.getByTestId('gaps').allTextContents())
      .toEqual([
        'Gaps: no message for evaluate objections without proof: lockin',
        'No gaps.',
        'Gaps: no message for discover, evaluate no discovery questions',
      ]);
    // Gaps are visible, not only in the markup: the highlight style applies.
    const background = await gapBadges.first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(255, 241, 194)');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Gappy <pack> & co');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('renders the bundled demo pack with the titles it matches, and prints to PDF', async () => {
    const titles = join(dir, 'titles.txt');
    writeFileSync(titles, ['CISO', 'VP of Security Engineering', 'Chief Financial Officer', 'Head of IT', 'Recruiter', 'Barista'].join('\n'));
    const { page, problems } = await open('lib/pack/demo-pack.json', ['--titles', titles]);
    const personas = await page.locator('section.persona h2').count();
    const demo = JSON.parse(readFileSync(join(ROOT, 'lib/pack/demo-pack.json'), 'utf8')) as { personas: unknown[] };
    expect(personas).toBe(demo.personas.length);
    expect(await page.locator('header').textContent()).toContain('6 titles given');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    if (process.env.PERSONA_MAP_SCREENSHOT === '1')
      await page.screenshot({ path: join(ROOT, 'docs/report-demo.png'), clip: { x: 0, y: 0, width: 1100, height: 1400 } });
    expect(problems).toEqual([]);
    await page.close();
  });
});
