/**
 * "Save page structure for your admin" on a real-size people search in Chromium: the content
 * script's skeleton walk (lib/content/skeleton.ts, bundled as the extension bundles it) against
 * the page's own cost of reading its text once (`innerText`), interleaved in one run, medians of
 * ROUNDS. The walk yields every 8 ms, so its longest task should stay far below 50 ms.
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { findBrowser } from '../e2e/find-browser';
import { ROOT } from '../e2e/harness';
import { searchPage } from './pages';
import type { BenchModule, BenchTable } from './run';

const ROUNDS = 5;
const SIZES = [100, 1000];
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function skeletonBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: "import { pageSkeleton } from './lib/content/skeleton'; (globalThis as any).pmSkeleton = pageSkeleton;",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
  });
  return result.outputFiles[0]!.text;
}

/**
 * Runs in the page, as text: tsx would wrap a function's inner names in a helper the page lacks.
 * Times the page's own innerText and the walk (slices measured between its yields).
 */
const IN_PAGE = `async (ownFirst) => {
  const ownRead = () => { const start = performance.now(); void document.body.innerText.length; return performance.now() - start; };
  let ownMs = ownFirst ? ownRead() : 0;
  let longestSlice = 0;
  let sliceStart = performance.now();
  const start = performance.now();
  const skeleton = await globalThis.pmSkeleton(document, {
    url: new URL(location.href),
    yieldToPage: () => new Promise((resolve) => {
      longestSlice = Math.max(longestSlice, performance.now() - sliceStart);
      setTimeout(() => { sliceStart = performance.now(); resolve(); }, 0);
    }),
  });
  longestSlice = Math.max(longestSlice, performance.now() - sliceStart);
  const walkMs = performance.now() - start;
  if (!ownFirst) ownMs = ownRead();
  return { walkMs, ownMs, longestSlice, bytes: skeleton.length };
}`;

async function skeletonTable(): Promise<BenchTable> {
  const code = await skeletonBundle();
  const browser = await chromium.launch({ executablePath: findBrowser().path, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const rows: (string | number)[][] = [];
  try {
    for (const size of SIZES) {
      const html = searchPage(size);
      const walk: number[] = [];
      const longest: number[] = [];
      const own: number[] = [];
      let bytes = 0;
      for (let round = 0; round < ROUNDS; round++) {
        const page = await browser.newPage();
        await page.route('**/*', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
        await page.goto('https://www.linkedin.com/search/results/people/?keywords=security');
        await page.addScriptTag({ content: code });
        // Interleaved: the page's own read and the walk, in the same page, alternating which goes first.
        const measured = (await page.evaluate(`(${IN_PAGE})(${round % 2 === 0})`)) as { walkMs: number; ownMs: number; longestSlice: number; bytes: number };
        walk.push(measured.walkMs);
        own.push(measured.ownMs);
        longest.push(measured.longestSlice);
        bytes = measured.bytes;
        await page.close();
      }
      rows.push([
        `${size} cards (${(html.length / 1024 / 1024).toFixed(2)} MB)`,
        median(walk).toFixed(1),
        median(longest).toFixed(1),
        median(own).toFixed(1),
        (median(walk) / median(own)).toFixed(1),
        (bytes / 1024).toFixed(0),
      ]);
    }
  } finally {
    await browser.close();
  }
  return {
    title: `Page structure (skeleton) in Chromium, median of ${ROUNDS}`,
    columns: ['page', 'walk ms (total)', 'longest slice ms', "page's innerText ms", 'walk / innerText', 'file KB'],
    rows,
    notes: ['The walk yields to the page between slices of 8 ms; a slice ends at the first check after 8 ms (every 64 nodes).'],
  };
}

export const bench: BenchModule = { name: 'skeleton', run: async () => [await skeletonTable()] };
