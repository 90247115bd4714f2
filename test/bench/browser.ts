/**
 * The built extension in Chromium: time from an in-app navigation to the badge (budget: 150 ms
 * median), the side panel's first render (page load to the contact's heading), and what the
 * service worker's cold start adds to the badge (budget: 40 ms).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExtensionSession, FIXTURES, navigateInApp, PRODUCTION_BUILD_DIR } from '../e2e/harness';
import type { CDPSession, Page } from 'playwright-core';
import { bundleSizes } from './pages';
import type { BenchModule, BenchTable } from './run';

const PROFILES = [
  { url: 'https://www.linkedin.com/in/priya-raman/', fixture: 'linkedin-profile-2025.html', badge: 'SG' },
  { url: 'https://www.linkedin.com/in/daniel-brandt-cfo/', fixture: 'linkedin-profile-2026-cfo.html', badge: 'EB' },
];
const NAVIGATIONS = 20;
const PANEL_OPENS = 10;
const COLD_ROUNDS = 15;

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

    const { cold, warm } = await coldAndWarmLoads(session);
    const added = cold.map((ms, i) => ms - warm[i]!);

    const row = (name: string, values: number[]) => [name, values.length, percentile(values, 0.5).toFixed(0), percentile(values, 0.9).toFixed(0)];
    return [
      {
        title: 'Built extension in Chromium (production build, headless)',
        columns: ['measure', 'n', 'median ms', 'p90 ms'],
        rows: [
          row('in-app navigation → badge (budget 150 ms median)', toBadge),
          row('side panel load → contact heading', firstRender),
          row('page load → badge, service worker running', warm),
          row('page load → badge, service worker stopped first', cold),
          row('cold start adds (stopped minus running, same round; budget 40 ms median)', added),
        ],
        notes: [
          'navigation: pushState then the page swaps its DOM at once; the badge is polled every 10 ms through the service worker (each poll a round trip)',
          `cold start: ${COLD_ROUNDS} rounds, each loads a profile once with the worker stopped (CDP ServiceWorker.stopAllWorkers, until it reports stopped) and once with it running, in alternating order; the badge is polled from an extension page (chrome.action.getBadgeText), which does not wake the worker`,
        ],
      },
    ];
  } finally {
    await session.close();
  }
}

/**
 * Page loads timed to the badge, half of them with the service worker stopped first, so what its
 * cold start adds is the difference within each round. The badge is read from an extension page:
 * reading it through the worker would start the worker.
 */
async function coldAndWarmLoads(session: ExtensionSession): Promise<{ cold: number[]; warm: number[] }> {
  const loads = await coldLoads(session);
  const cold: number[] = [];
  const warm: number[] = [];
  try {
    for (let round = 0; round < COLD_ROUNDS; round++) {
      const pair = await loads.round(round % 2 === 1);
      cold.push(pair.cold);
      warm.push(pair.warm);
    }
  } finally {
    await loads.close();
  }
  return { cold, warm };
}

/** One cold and one warm page load per round, in the order asked (test/bench/cold-start.ts interleaves two builds with it). */
export async function coldLoads(
  session: ExtensionSession,
): Promise<{ round(coldFirst: boolean): Promise<{ cold: number; warm: number }>; close(): Promise<void> }> {
  for (const p of PROFILES) session.serve(p.url, p.fixture);
  const page = await session.context.newPage();
  const badgeReader = await session.context.newPage();
  await badgeReader.goto(`chrome-extension://${session.extensionId}/manifest.json`);
  const cdp = await session.context.newCDPSession(badgeReader);
  const running = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) running.set(v.versionId, v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  // Each load has a URL of its own: the tab is then found by its URL, not another tab on the same profile.
  const urlOf = (load: number) => {
    const target = PROFILES[load % 2]!; // the badge changes every load, so its new text is this load's
    const url = `${target.url}?load=${load}`;
    session.serve(url, target.fixture);
    return { url, target };
  };
  await page.goto(urlOf(0).url);
  const tabId = await session.tabIdOf(page);
  let load = 0;
  const timeLoad = async () => {
    const { url, target } = urlOf(++load);
    const started = performance.now();
    await page.goto(url);
    await badgeFrom(badgeReader, tabId, target.badge);
    return performance.now() - started;
  };
  return {
    async round(coldFirst) {
      const times = { cold: 0, warm: 0 };
      for (const stopped of coldFirst ? [true, false] : [false, true]) {
        if (stopped) await stopWorker(cdp, running);
        else await session.currentWorker().evaluate(() => chrome.runtime.id); // running, and known to be
        times[stopped ? 'cold' : 'warm'] = await timeLoad();
      }
      return times;
    },
    async close() {
      await cdp.detach();
      await badgeReader.close();
      await page.close();
    },
  };
}

/**
 * Stops the worker and waits until it has stopped. Something may wake it again at once (a late
 * message from the last page): then it is stopped again, so the load starts with it stopped.
 */
async function stopWorker(cdp: CDPSession, running: Map<string, string>): Promise<void> {
  const stopped = () => [...running.values()].every((status) => status === 'stopped');
  for (let attempt = 0; attempt < 20; attempt++) {
    await cdp.send('ServiceWorker.stopAllWorkers');
    const deadline = Date.now() + 2_000;
    while (!stopped() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 50));
    if (stopped()) return;
  }
  throw new Error(`bench: the service worker did not stay stopped (${[...running.values()].join(', ')})`);
}

async function badgeFrom(extensionPage: Page, tabId: number, expected: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let text = '';
  while ((text = await extensionPage.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)) !== expected) {
    if (Date.now() > deadline) throw new Error(`bench: the badge of tab ${tabId} reads "${text}", never ${expected}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

export const bench: BenchModule = { name: 'browser', run: async () => [bundleSizes(), ...(await measure())] };
