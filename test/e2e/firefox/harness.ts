/**
 * Drives the built Firefox add-on (.output/firefox-mv3) in Debian's Firefox ESR over WebDriver
 * BiDi, with puppeteer-core (docs/testing.md, "Firefox ESR"). The add-on is installed as a
 * temporary extension; LinkedIn and CRM URLs are answered from fixtures by request
 * interception and every other web request is aborted, so nothing leaves the machine.
 *
 * Extension state is read from an extension page (moz-extension://<fixed uuid>/sidepanel.html,
 * the sidebar's own page opened as a tab), as the Chromium tests read it from the worker.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { findFirefox } from '../find-browser';
import { FIXTURES, ROOT } from '../harness';

/** npm test's first step installs it as root on Debian; a missing Firefox fails the tier with a sentence. */
export const FIREFOX = findFirefox();
export const FIREFOX_BUILD_DIR = join(ROOT, '.output/firefox-mv3');
/** The manifest's gecko id (wxt.config.ts). */
export const GECKO_ID = 'persona-map@persona-map.app';
/** Fixed through the profile pref `extensions.webextensions.uuids`, so extension URLs are known. */
export const EXTENSION_UUID = '6f1b2f0e-5d53-4b8e-9a51-3c9a3b6b1e01';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** Keeps a headless Firefox quiet and offline: no updates, telemetry, portal checks or proxies. */
const QUIET_PREFS = {
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
  'app.update.enabled': false,
  'app.update.auto': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.update.enabled': false,
  'network.proxy.type': 0,
};

export class FirefoxSession {
  readonly pages = new Map<string, string>();
  private constructor(readonly browser: Browser) {}

  static async launch(): Promise<FirefoxSession> {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      // The local pack server's certificate is self-signed.
      acceptInsecureCerts: true,
      // Lets BiDi open and script the add-on's own moz-extension:// pages.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: QUIET_PREFS,
    });
    await browser.installExtension(FIREFOX_BUILD_DIR);
    return new FirefoxSession(browser);
  }

  /** Serve a fixture file (relative to test/fixtures/pages) at a real-looking URL. */
  serve(url: string, fixture: string): void {
    this.pages.set(new URL(url).href, readFileSync(join(FIXTURES, fixture), 'utf8'));
  }

  /** A tab whose web requests are answered from `pages` (127.0.0.1 test servers pass through). */
  async newWebPage(): Promise<Page> {
    const page = await this.browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      const url = new URL(request.url());
      url.hash = '';
      if (!/^https?:$/.test(url.protocol) || url.hostname === '127.0.0.1') return void request.continue();
      const html = this.pages.get(url.href);
      if (html === undefined) return void request.abort('internetdisconnected');
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    });
    return page;
  }

  /**
   * An extension page opened as a tab. Firefox's BiDi does not report a load event for
   * moz-extension navigations, so this waits until the page's script has the API instead.
   */
  async openExtensionPage(path: string): Promise<Page> {
    const page = await this.browser.newPage();
    void page.goto(`${EXTENSION_ORIGIN}/${path}`, { timeout: 0 }).catch(() => undefined);
    await waitFor(
      () => page.evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete').catch(() => false),
      `${path} to open`,
    );
    return page;
  }

  close(): Promise<void> {
    return this.browser.close();
  }
}

/** Polls `check` until it returns a truthy value; fails naming what was awaited. */
export async function waitFor<T>(check: () => Promise<T>, what: string, timeoutMs = 20_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await check();
    if (last) return last as NonNullable<T>;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
}
