/**
 * Content-script budgets: bundle size (≤ 20 KB gzipped, no framework), and the work done per
 * result added to a people-search page while scrolling, as a ratio to the page's own cost of
 * inserting those results. Runs the real watcher and list adapter in happy-dom.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Window } from 'happy-dom';
import { linkedinPeopleListAdapter } from '../../lib/adapters/linkedin-people-list';
import { builtInAdaptersFor } from '../../lib/adapters/registry';
import { watchPage } from '../../lib/content/page-watcher';
import { FIXTURES, PRODUCTION_BUILD_DIR } from '../e2e/harness';
import type { BenchModule, BenchTable } from './run';

const BUDGET_GZIP_BYTES = 20 * 1024;
const FRAMEWORK_MARKERS = ['react.element', '__reactFiber', 'createRoot', 'preact'];

function bundleSizes(): BenchTable {
  const dir = join(PRODUCTION_BUILD_DIR, 'content-scripts');
  const rows = readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .map((file) => {
      const code = readFileSync(join(dir, file));
      const gzip = gzipSync(code, { level: 9 }).length;
      const framework = FRAMEWORK_MARKERS.filter((marker) => code.includes(marker));
      return [file, code.length, gzip, `${((gzip / BUDGET_GZIP_BYTES) * 100).toFixed(0)}%`, framework.length ? framework.join(', ') : 'none'];
    });
  return {
    title: 'Content scripts (production build)',
    columns: ['script', 'bytes', 'gzip bytes', 'of 20 KB budget', 'framework code'],
    rows,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function listPageCost(): Promise<BenchTable> {
  const ADDED = 1000;
  const PER_BATCH = 20;
  const url = 'https://www.linkedin.com/search/results/people/?keywords=cfo';
  const html = readFileSync(join(FIXTURES, 'linkedin-search-2026.html'), 'utf8');

  const run = async (watch: boolean) => {
    const window = new Window({ url });
    const document = window.document as unknown as Document;
    document.write(html);
    // A visible result to copy (the fixture also holds a hidden stale one, rightly ignored).
    const template = linkedinPeopleListAdapter.cardsIn(document)[0]!;
    const list = template.parentElement!;
    let processMs = 0;
    let reported = 0;
    const pending: Array<() => void> = [];
    const controller = new AbortController();
    if (watch) {
      const g = globalThis as unknown as Record<string, unknown>;
      g.MutationObserver = window.MutationObserver; // the watcher observes through the page's own class
      watchPage({
        document,
        adaptersFor: builtInAdaptersFor,
        signal: controller.signal,
        report: (r) => void (reported += r.contacts.length),
        scheduleBatch: (batch) => pending.push(batch),
      }).navigated(new URL(url));
    }
    let insertMs = 0;
    for (let i = 0; i < ADDED; i += PER_BATCH) {
      const started = performance.now();
      for (let j = i; j < i + PER_BATCH; j++) {
        const card = template.cloneNode(true) as Element;
        for (const link of card.querySelectorAll('a[href*="/in/"]')) link.setAttribute('href', `https://www.linkedin.com/in/bench-person-${j}/`);
        list.append(card);
      }
      insertMs += performance.now() - started;
      await new Promise((r) => window.setTimeout(r, 0)); // the page delivers MutationObserver records
      const batchStart = performance.now();
      for (const batch of pending.splice(0)) batch();
      processMs += performance.now() - batchStart;
    }
    controller.abort();
    await window.happyDOM.close();
    return { insertMs, processMs, reported };
  };

  const samples = [];
  for (let round = 0; round < 3; round++) {
    const baseline = await run(false);
    const watched = await run(true);
    samples.push({ baseline, watched });
  }
  const processPer = median(samples.map((s) => (s.watched.processMs / ADDED) * 1000));
  const insertPer = median(samples.map((s) => (s.baseline.insertMs / ADDED) * 1000));
  return {
    title: `People search: ${ADDED} results added while scrolling, ${PER_BATCH} per batch (happy-dom, median of 3)`,
    columns: ['measure', 'µs per added result'],
    rows: [
      ['page inserting the results (baseline)', insertPer.toFixed(1)],
      ['content script: batch processing', processPer.toFixed(1)],
      ['ratio content script / page insert', (processPer / insertPer).toFixed(2)],
    ],
    notes: [`contacts reported: ${samples[0]!.watched.reported} (${ADDED} added plus those on the page)`],
  };
}

export const bench: BenchModule = {
  name: 'content',
  run: async () => [bundleSizes(), await listPageCost()],
};
