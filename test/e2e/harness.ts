/**
 * Drives the *built* extension in the browser test/e2e/find-browser.ts picks (Debian's Chromium
 * in CI; docs/testing.md): loads
 * .output/chrome-mv3, serves LinkedIn and CRM URLs from fixtures through request routing,
 * and aborts every other request so nothing leaves the machine.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { browser } from '@wxt-dev/browser';
import { BrowserMissing, findBrowser, type FoundBrowser } from './find-browser';
import { CHUNK_SIZE } from '../../lib/storage/tab-states';

/** Code passed to `worker.evaluate` runs in the extension, where Chromium names the API `chrome`. */
declare global {
  const chrome: typeof browser;
}

export const ROOT = resolve(import.meta.dirname, '../..');
/** `wxt build --mode test` output: the test build carries a fixed key, hence a known id. */
export const TEST_BUILD_DIR = join(ROOT, '.output/chrome-mv3-test');
/** `wxt build` output; PM_BUILD_DIR points the benches at another copy (an older build, to compare in one run). */
export const PRODUCTION_BUILD_DIR = process.env.PM_BUILD_DIR ? resolve(process.env.PM_BUILD_DIR) : join(ROOT, '.output/chrome-mv3');
export const TEST_EXTENSION_ID = 'gejdfgjklnfcogpjndokafcglocfeeio';
export const FIXTURES = join(ROOT, 'test/fixtures/pages');

/** How long a launched browser may take to start the extension's service worker. */
const EXTENSION_START_MS = 30_000;

/** A tab's state read back from session storage (the shape of TabState in lib/contracts/tab-state.ts). */
export interface SessionTabState {
  tabId: number;
  url: string;
  pageKind: string;
  total?: number;
  updatedAt: number;
  contacts: Array<{
    contact: {
      key: string;
      name?: { value: string } | null;
      title?: { value: string } | null;
      company?: { value: string } | null;
      profileUrl?: { value: string } | null;
      adapter?: string;
    };
    match: { persona: string | null; pack: string | null };
  }>;
}

export interface Routes {
  /** Full URL (no hash) → HTML served for it. */
  pages: Map<string, string>;
  /** Other handlers, tried first: return true when handled. */
  extra?: Array<(url: URL, fulfill: (body: string, contentType?: string, status?: number) => Promise<void>) => Promise<boolean>>;
}

export class ExtensionSession {
  readonly pages = new Map<string, string>();

  private constructor(
    readonly context: BrowserContext,
    readonly worker: Worker,
    readonly extensionId: string,
    private readonly profileDir: string,
  ) {}

  static async launch(
    options: {
      extraArgs?: string[];
      headless?: boolean;
      extensionDir?: string;
      browser?: FoundBrowser;
      extensionStartMs?: number;
      /** Extra environment for the browser process, e.g. LANGUAGE for its UI language. */
      env?: Record<string, string>;
    } = {},
  ): Promise<ExtensionSession> {
    const extensionDir = options.extensionDir ?? TEST_BUILD_DIR;
    if (!existsSync(join(extensionDir, 'manifest.json')))
      throw new Error(`No built extension in ${extensionDir}: run \`npx wxt build${extensionDir === TEST_BUILD_DIR ? ' --mode test' : ''}\` first.`);
    const browser = options.browser ?? findBrowser();
    const profileDir = mkdtempSync(join(tmpdir(), 'persona-map-e2e-'));
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: browser.path,
      headless: options.headless ?? true,
      viewport: { width: 1200, height: 900 },
      ...(options.env ? { env: { ...process.env, ...options.env } as Record<string, string> } : {}),
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        // Chrome 137+ and Edge ignore --load-extension unless this feature is turned off; later
        // versions may drop the switch entirely, which the wait below turns into a plain sentence.
        ...(browser.branded ? ['--disable-features=DisableLoadExtensionCommandLineSwitch'] : []),
        ...(options.extraArgs ?? []),
      ],
    });
    const startMs = options.extensionStartMs ?? EXTENSION_START_MS;
    const worker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: startMs }).catch(async () => {
        await context.close();
        rmSync(profileDir, { recursive: true, force: true });
        throw new BrowserMissing(
          `${browser.name} at ${browser.path} did not load the unpacked extension from ${extensionDir} within ${startMs / 1000} s${browser.branded ? ' (branded Chrome and Edge no longer allow that from the command line)' : ''}: install Chromium or set CHROMIUM_PATH to a Chromium executable.`,
        );
      }));
    const extensionId = new URL(worker.url()).host;
    const session = new ExtensionSession(context, worker, extensionId, profileDir);
    // Only web URLs are routed: routing chrome-extension:// would blank the extension's pages.
    await context.route(/^https?:\/\//, async (route) => {
      const url = new URL(route.request().url());
      url.hash = '';
      // Test servers on this machine (the pack server) are reached for real.
      if (url.hostname === '127.0.0.1') return route.continue();
      const html = session.pages.get(url.href);
      if (html !== undefined) await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      else await route.abort('internetdisconnected');
    });
    return session;
  }

  /** Serve a fixture file (relative to test/fixtures/pages) at a real-looking URL. */
  serve(url: string, fixture: string): void {
    this.pages.set(new URL(url).href, readFileSync(join(FIXTURES, fixture), 'utf8'));
  }

  /** The current service worker: Chromium may have restarted it since launch. */
  currentWorker(): Worker {
    return this.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${this.extensionId}/`)) ?? this.worker;
  }

  /**
   * The tab id of a page, from the state the background keeps for tabs whose content script
   * reported (the extension has no `tabs` permission, so it cannot list tab URLs).
   */
  async tabIdOf(page: Page, timeoutMs = 15_000): Promise<number> {
    const url = page.url();
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const id = await this.currentWorker().evaluate(async (href) => {
        const all = (await chrome.storage.session.get(null)) as Record<string, { url?: string; tabId?: number }>;
        return Object.values(all).find((state) => state.url === href)?.tabId ?? null;
      }, url);
      if (id !== null) return id;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`The extension never reported a contact on ${url}`);
  }

  /**
   * Every tab's state as the background keeps it in session storage: a record per tab and its
   * contacts in chunks (lib/storage/tab-states.ts), put back together.
   */
  async tabStates(): Promise<SessionTabState[]> {
    return this.currentWorker().evaluate(async (chunkSize) => {
      const all = (await chrome.storage.session.get(null)) as Record<string, unknown>;
      const records = Object.entries(all).filter(([key, value]) => /^tab:\d+$/.test(key) && typeof (value as { stored?: unknown })?.stored === 'number');
      return records.map(([key, value]) => {
        const record = value as { stored: number } & Record<string, unknown>;
        const contacts = Array.from({ length: Math.ceil(record.stored / chunkSize) }, (_, i) => (all[`${key}:${i}`] as unknown[] | undefined) ?? []).flat();
        return { ...record, contacts } as unknown as SessionTabState;
      });
    }, CHUNK_SIZE);
  }

  async tabState(tabId: number): Promise<SessionTabState | null> {
    return (await this.tabStates()).find((state) => state.tabId === tabId) ?? null;
  }

  async badgeText(tabId: number): Promise<string> {
    return this.currentWorker().evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  }

  /** Waits until the tab's badge reads `expected` (the content script reports asynchronously). */
  async waitForBadge(tabId: number, expected: string | RegExp, timeoutMs = 15_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let text = '';
    while (Date.now() < deadline) {
      text = await this.badgeText(tabId);
      if (typeof expected === 'string' ? text === expected : expected.test(text)) return text;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`Badge of tab ${tabId} is "${text}", expected ${String(expected)}`);
  }

  /** The side panel as a page showing one tab (how pop-outs work; no test API opens the real panel). */
  async openPanel(tabId: number): Promise<Page> {
    const panel = await this.context.newPage();
    await panel.setViewportSize({ width: 380, height: 900 });
    await panel.goto(`chrome-extension://${this.extensionId}/sidepanel.html?tab=${tabId}`);
    return panel;
  }

  async close(): Promise<void> {
    await this.context.close();
    rmSync(this.profileDir, { recursive: true, force: true });
  }
}

/** Simulates LinkedIn's in-app navigation: pushState, then the app swaps the DOM in. */
export async function navigateInApp(page: Page, url: string, html: string, renderDelayMs = 30): Promise<void> {
  await page.evaluate(
    ({ url, html, renderDelayMs }) => {
      history.pushState({}, '', url);
      const doc = new DOMParser().parseFromString(html, 'text/html');
      setTimeout(() => {
        document.title = doc.title;
        document.body.replaceWith(document.adoptNode(doc.body));
      }, renderDelayMs);
    },
    { url, html, renderDelayMs },
  );
}

/** The persona view folds every section below the first screen; a seller opens one by its heading. */
export async function openSections(panel: Page, ...names: string[]): Promise<void> {
  for (const name of names) {
    const toggle = panel.getByRole('region', { name, exact: true }).getByRole('button', { name, exact: true });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  }
}
