/**
 * Content-script budgets: bundle size (≤ 20 KB gzipped, no framework). The script's work on
 * pages is measured in Chromium by pages.ts (happy-dom's DOM costs are nothing like a browser's).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PRODUCTION_BUILD_DIR } from '../e2e/harness';
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

export const bench: BenchModule = {
  name: 'content',
  run: async () => [bundleSizes()],
};
