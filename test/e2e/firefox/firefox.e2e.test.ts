/**
 * The built Firefox add-on in Firefox ESR: a LinkedIn profile and a people search badge the tab
 * and reach the sidebar page; a pack named by Firefox's enterprise policy (policies.json,
 * `3rdparty.Extensions`) is synced from a local HTTPS server and changes the persona shown.
 */
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PackInput } from '../../../lib/pack/schema';
import { generateKeyPair, signBytes } from '../../../lib/pack/sign';
import { FIXTURES, ROOT } from '../harness';
import { FIREFOX, FIREFOX_BUILD_DIR, FirefoxSession, GECKO_ID, waitFor } from './harness';

interface FixtureEntry {
  file: string;
  url: string;
  expected: Array<{ name: string }>;
}
const FIXTURE_INDEX = JSON.parse(readFileSync(join(FIXTURES, 'index.json'), 'utf8')) as FixtureEntry[];
const byFile = (file: string) => FIXTURE_INDEX.find((f) => f.file === file)!;

/** Firefox reads enterprise policy from distribution/policies.json next to its binary. */
const POLICY_FILE = join(dirname(realpathSync(FIREFOX)), 'distribution', 'policies.json');

/** The tab id the add-on keeps state for at `url` (read from an extension page). */
async function tabIdOf(ext: Page, url: string): Promise<number> {
  return waitFor(
    () =>
      ext.evaluate(async (href) => {
        const all = (await browser.storage.session.get(null)) as Record<string, { url?: string; tabId?: number }>;
        return Object.values(all).find((state) => state.url === href)?.tabId ?? null;
      }, url),
    `a report from ${url}`,
  );
}

function badgeText(ext: Page, tabId: number): Promise<string> {
  return ext.evaluate((id) => browser.action.getBadgeText({ tabId: id }), tabId);
}

/** The sidebar's page for one tab: its h1 (the contact) and h2s (the persona), as text. */
async function sidebarHeadings(session: FirefoxSession, tabId: number): Promise<Page> {
  return session.openExtensionPage(`sidepanel.html?tab=${tabId}`);
}
const headings = (panel: Page) =>
  panel.evaluate(() => ({
    h1: document.querySelector('h1')?.textContent ?? '',
    h2: [...document.querySelectorAll('h2')].map((h) => h.textContent ?? ''),
  }));

function orgPack(): PackInput {
  return {
    format: 'persona-pack@1',
    id: 'acme-org',
    name: 'Acme org pack',
    version: '1.0.0',
    publishedAt: '2026-11-01T09:00:00Z',
    personas: [
      {
        id: 'security-buyer',
        name: 'Acme Security Buyer',
        match: { functions: ['security'], seniority: { min: 'manager' } },
        objections: [{ id: 'soc2', text: 'Are you SOC 2 audited?', response: 'Yes, Type II.', proof: ['soc2'] }],
      },
    ],
    assets: [{ id: 'soc2', title: 'SOC 2 Type II report', type: 'security-doc', url: 'https://trust.acme.example/soc2' }],
  };
}

describe('the Firefox add-on in Firefox ESR', () => {
  let session: FirefoxSession;
  let ext: Page;
  let server: Server;
  let packUrl = '';
  const requests: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(FIREFOX_BUILD_DIR, 'manifest.json'))) throw new Error(`No Firefox build in ${FIREFOX_BUILD_DIR}: run wxt build -b firefox`);

    // The admin's pack host: HTTPS with a self-signed certificate, CORS for any origin.
    const { publicKey, privateKey } = await generateKeyPair();
    const body = new TextEncoder().encode(JSON.stringify(orgPack()));
    const signature = await signBytes(privateKey, body);
    const tls = join(ROOT, 'test/fixtures/tls');
    server = createServer({ key: readFileSync(join(tls, 'localhost.key')), cert: readFileSync(join(tls, 'localhost.crt')) }, (req, res) => {
      res.setHeader('access-control-allow-origin', '*');
      res.setHeader('access-control-expose-headers', 'etag');
      if (req.method === 'OPTIONS') return void res.writeHead(204, { 'access-control-allow-headers': 'if-none-match' }).end();
      requests.push(`${req.method} ${req.url}`);
      if (req.url === '/org.json') return void res.writeHead(200, { 'content-type': 'application/json' }).end(Buffer.from(body));
      if (req.url === '/org.json.sig') return void res.writeHead(200, { 'content-type': 'text/plain' }).end(signature);
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    packUrl = `https://127.0.0.1:${(server.address() as AddressInfo).port}/org.json`;

    // Firefox's enterprise policy for the add-on: what chrome.storage.managed returns.
    mkdirSync(dirname(POLICY_FILE), { recursive: true });
    if (existsSync(POLICY_FILE)) throw new Error(`${POLICY_FILE} exists already: refusing to overwrite a real policy`);
    writeFileSync(POLICY_FILE, JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: { packUrls: [packUrl], trustedKeys: [publicKey] } } } } }));

    session = await FirefoxSession.launch();
    ext = await session.openExtensionPage('sidepanel.html');
  });

  afterAll(async () => {
    rmSync(POLICY_FILE, { force: true });
    await session?.close();
    server?.close();
  });

  it('reads the policy through storage.managed', async () => {
    const managed = await waitFor(() => ext.evaluate(() => browser.storage.managed.get().catch(() => null)), 'managed storage');
    expect(managed).toMatchObject({ packUrls: [packUrl] });
  });

  it('syncs the policy pack from the HTTPS host, signed, and shows its persona for a LinkedIn profile', async () => {
    const profile = byFile('linkedin-profile-2025.html');
    session.serve(profile.url, profile.file);
    await waitFor(async () => requests.includes('GET /org.json.sig'), 'the scheduled sync to fetch the pack and its signature');

    const page = await session.newWebPage();
    await page.goto(profile.url);
    const tabId = await tabIdOf(ext, page.url());
    const panel = await sidebarHeadings(session, tabId);
    await waitFor(async () => (await headings(panel)).h2.includes('Acme Security Buyer'), 'the policy pack persona in the sidebar');
    expect((await headings(panel)).h1).toContain(profile.expected[0]!.name);
    expect(await badgeText(ext, tabId)).toMatch(/^[A-Z]{1,4}$/);
    await panel.close();
    await page.close();
  });

  it('counts the contacts of a people search on the badge', async () => {
    const search = byFile('linkedin-search-2025.html');
    session.serve(search.url, search.file);
    const page = await session.newWebPage();
    await page.goto(search.url);
    const tabId = await tabIdOf(ext, page.url());
    await waitFor(async () => (await badgeText(ext, tabId)) === String(search.expected.length), `badge ${search.expected.length}`);
    await page.close();
  });

  it('declares a sidebar, a gecko id, no data collection, and no Chromium-only permission', async () => {
    const manifest = await ext.evaluate(() => browser.runtime.getManifest());
    expect(manifest.sidebar_action?.default_panel).toMatch(/\/sidepanel\.html$/);
    expect(manifest.browser_specific_settings?.gecko?.id).toBe(GECKO_ID);
    expect((manifest.browser_specific_settings?.gecko as { data_collection_permissions?: unknown })?.data_collection_permissions).toMatchObject({
      required: ['none'],
    });
    expect(manifest.permissions).not.toContain('sidePanel');
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });
});
