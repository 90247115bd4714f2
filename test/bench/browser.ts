/**
 * The built extension in Chromium: time from an in-app navigation to the badge (budget: 150 ms
 * median), and the side panel's first render (page load to the contact's heading).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExtensionSession, FIXTURES, navigateInApp, PRODUCTION_BUILD_DIR } from '../e2e/harness';
import type { BenchModule, BenchTable } from './run';

const PROFILES = [
  { url: 'https://www.linkedin.com/in/priya-raman/', fixture: 'linkedin-profile-2025.html', badge: 'SG' },
  { url: 'https://www.linkedin.com/in/daniel-brandt-cfo/', fixture: 'linkedin-profile-2026-cfo.html', badge: 'EB' },
];
const NAVIGATIONS = 20;
const PANEL_OPENS = 10;

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

async function measure(): Promise<BenchTable[]> {
  const session = await ExtensionSession.launch({ extensionDir: PRODUCTION_BUILD_DIR });
  try {
    for (const p of PROFILES) session.serve(p.url, p.fixture);
    const page = await session.context.newPage();
    await page.goto(PROFILES[0]!.url);
    const tabId = await session.tabIdOf(page);
    await session.waitForBadge(tabId, PROFILES[0]!.badge);

    const toBadge: number[] = [];
    for (let i = 1; i <= NAVIGATIONS; i++) {
      const target = PROFILES[i % 2]!;
      const html = readFileSync(join(FIXTURES, target.fixture), 'utf8');
      const started = performance.now();
      await navigateInApp(page, target.url, html, 0);
      await session.waitForBadge(tabId, target.badge);
      toBadge.push(performance.now() - started);
    }

    const firstRender: number[] = [];
    for (let i = 0; i < PANEL_OPENS; i++) {
      const panel = await session.context.newPage();
      const started = performance.now();
      await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tab=${tabId}`);
      await panel.getByRole('heading', { level: 1 }).first().waitFor();
      firstRender.push(performance.now() - started);
      await panel.close();
    }

    const row = (name: string, values: number[]) => [name, values.length, percentile(values, 0.5).toFixed(0), percentile(values, 0.9).toFixed(0)];
    return [
      {
        title: 'Built extension in Chromium (production build, headless)',
        columns: ['measure', 'n', 'median ms', 'p90 ms'],
        rows: [row('in-app navigation → badge (budget 150 ms median)', toBadge), row('side panel load → contact heading', firstRender)],
        notes: ['navigation: pushState then the page swaps its DOM at once; the badge is polled every 10 ms through the service worker (each poll a round trip)'],
      },
    ];
  } finally {
    await session.close();
  }
}

export const bench: BenchModule = { name: 'browser', run: measure };
