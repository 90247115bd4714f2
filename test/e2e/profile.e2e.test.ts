/**
 * The walking skeleton end to end: a LinkedIn profile served at its real URL, the badge, the
 * side panel, and an in-app navigation to a second profile.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { realSizeProfile } from '../bench/pages';
import { ExtensionSession, FIXTURES, navigateInApp, openSections } from './harness';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { data?: { url?: string } };
}

/** Trace event names of style recalculation and layout on the page's main thread. */
const STYLE_OR_LAYOUT = new Set(['UpdateLayoutTree', 'Layout']);

const FIRST = { url: 'https://www.linkedin.com/in/priya-raman/', fixture: 'linkedin-profile-2025.html' };
// The 2026 DOM, showing a CFO: the in-app navigation must change persona, not just the name.
const SECOND = { url: 'https://www.linkedin.com/in/daniel-brandt-cfo/', fixture: 'linkedin-profile-2026-cfo.html' };

describe('LinkedIn profile in the built extension', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await ExtensionSession.launch();
    session.serve(FIRST.url, FIRST.fixture);
  });
  afterAll(() => session?.close());

  it('badges the tab, shows the persona in the side panel, and follows in-app navigation', async () => {
    const page = await session.context.newPage();
    await page.goto(FIRST.url);
    const tabId = await session.tabIdOf(page);
    await session.waitForBadge(tabId, 'SG');

    const panel = await session.openPanel(tabId);
    await expect.poll(() => panel.getByRole('heading', { level: 1 }).textContent()).toContain('Priya Raman');
    await expect.poll(() => panel.getByRole('heading', { level: 2, name: 'Security Gatekeeper' }).count()).toBe(1);
    await openSections(panel, 'Objections', 'Discovery questions');
    const objections = panel.getByRole('region', { name: 'Objections' });
    await expect.poll(() => objections.getByRole('listitem').count()).toBeGreaterThan(1);
    const proofLinks = objections.getByRole('link');
    expect(await proofLinks.count()).toBeGreaterThan(0);
    for (const href of await proofLinks.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))) expect(href).toMatch(/^https:\/\//);
    await expect.poll(() => panel.getByRole('region', { name: 'Discovery questions' }).getByRole('listitem').count()).toBeGreaterThan(1);

    await navigateInApp(page, SECOND.url, readFileSync(join(FIXTURES, SECOND.fixture), 'utf8'));
    await session.waitForBadge(tabId, 'EB');
    await expect.poll(() => panel.getByRole('heading', { level: 1 }).textContent()).toContain('Daniel Brandt');
    await expect.poll(() => panel.getByRole('heading', { level: 2, name: 'Economic Buyer' }).count()).toBe(1);
  });

  it('reads a real-size profile an app swapped in once the page has styled and laid it out: it forces neither itself', async () => {
    const page = await session.context.newPage();
    await page.goto(FIRST.url);
    const tabId = await session.tabIdOf(page);
    await session.waitForBadge(tabId, 'SG');
    const cdp = await session.context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
    await navigateInApp(page, SECOND.url, realSizeProfile());
    await session.waitForBadge(tabId, 'EB');
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    await page.close();

    const ours = events.filter((e) => e.ph === 'X' && e.name === 'FunctionCall' && e.args?.data?.url?.startsWith('chrome-extension://'));
    expect(ours.length).toBeGreaterThan(0); // the trace does see the content script's work
    // The page's own style work is there too (a 1.6 MB body swapped in), only outside our calls.
    expect(events.some((e) => e.ph === 'X' && STYLE_OR_LAYOUT.has(e.name))).toBe(true);
    const forced = events.filter(
      (e) =>
        e.ph === 'X' &&
        STYLE_OR_LAYOUT.has(e.name) &&
        ours.some((call) => call.pid === e.pid && call.tid === e.tid && e.ts >= call.ts && e.ts + (e.dur ?? 0) <= call.ts + (call.dur ?? 0)),
    );
    expect(forced.map((e) => e.name)).toEqual([]);
  });

  it('ships a minimal MV3 manifest: side panel, no web-accessible resources, no all-hosts permission', async () => {
    const manifest = await session.currentWorker().evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.side_panel?.default_path).toBe('sidepanel.html');
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    const hosts = [...(manifest.host_permissions ?? []), ...(manifest.permissions ?? [])];
    for (const broad of ['<all_urls>', '*://*/*', 'https://*/*', 'http://*/*']) expect(hosts).not.toContain(broad);
  });
});
