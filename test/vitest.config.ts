import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const root = fileURLToPath(new URL('..', import.meta.url));

// Two tiers run separately: `unit` (lib/, adapters on saved pages, components) needs no
// browser; `e2e` drives the built extension in the browser test/e2e/find-browser.ts picks
// (Debian's Chromium in CI) and runs after `wxt build --mode test`. No browser fails the tier.
export default defineConfig({
  root,
  test: {
    restoreMocks: true,
    mockReset: true,
    projects: [
      {
        plugins: [WxtVitest({ root })],
        test: {
          name: 'unit',
          root,
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['test/unit/i18n-setup.ts'],
          // Some tests spawn the CLI or build the lexicon: seconds on a loaded 2-core machine.
          // A timeout is no speed assertion (the bench measures speed), so it only catches hangs.
          testTimeout: 30_000,
        },
      },
      {
        // The adapter tests again, on every fixture wrapped in a real page's noise and size
        // (test/fixtures/noise.ts): what passes on tidy markup must pass on real-looking pages.
        plugins: [WxtVitest({ root })],
        test: {
          name: 'adapters-noisy',
          root,
          include: ['test/unit/adapters/**/*.test.ts'],
          environment: 'node',
          env: { PAGE_FORM: 'noisy' },
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          root,
          include: ['test/e2e/**/*.e2e.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
