/**
 * Moving between page kinds in one tab ends with the new page's contacts, and only those: every
 * ordered pair of profile, people search, company People, Sales Navigator lead and list,
 * Salesforce and HubSpot. Pages on one origin move in-app (pushState, then the app swaps its DOM
 * in a little later, docs/testing.md), so the content script must not read the old DOM that
 * lingers meanwhile; pages on different origins load in full.
 *
 * What a page should show comes from test/fixtures/pages/index.json (names written out there),
 * never read back from the extension.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtensionSession, FIXTURES, navigateInApp } from './harness';

interface FixtureEntry {
  file: string;
  url: string;
  expected: Array<{ name: string }>;
}
const FIXTURE_INDEX = JSON.parse(readFileSync(join(FIXTURES, 'index.json'), 'utf8')) as FixtureEntry[];
const namesIn = (file: string) => {
  const found = FIXTURE_INDEX.find((f) => f.file === file);
  if (!found) throw new Error(`${file} is not in test/fixtures/pages/index.json`);
  return found.expected.map((c) => c.name).sort();
};
const urlOf = (file: string) => FIXTURE_INDEX.find((f) => f.file === file)!.url;

interface PageCase {
  kind: string;
  label: string;
  url: string;
  file: string;
  names: string[];
}
const page = (kind: string, label: string, file: string, url = urlOf(file), names = namesIn(file)): PageCase => ({
  kind,
  label,
  url: new URL(url).href,
  file,
  names,
});

/** One page of each kind, and a second one where a kind has one (same-kind moves need two). */
const PAGES: PageCase[] = [
  page('profile', 'profile (2025)', 'linkedin-profile-2025.html'),
  page('profile', 'profile (2026)', 'linkedin-profile-2026-cfo.html', 'https://www.linkedin.com/in/daniel-brandt-cfo/', ['Daniel Brandt']),
  page('search', 'people search (2025)', 'linkedin-search-2025.html'),
  page('search', 'people search (2026)', 'linkedin-search-2026.html'),
  page('company', 'company People', 'linkedin-company-people.html'),
  page('sn-lead', 'Sales Navigator lead', 'sales-navigator-lead.html'),
  page('sn-list', 'Sales Navigator list', 'sales-navigator-search.html'),
  page('salesforce', 'Salesforce contact', 'salesforce-contact.html'),
  // The lead served on the contact's host, so the two records move in-app like Lightning does.
  page('salesforce', 'Salesforce lead', 'salesforce-lead.html', 'https://acme.lightning.force.com/lightning/r/Lead/00QDn000007XyZaMAK/view'),
  page('hubspot', 'HubSpot contact (2026)', 'hubspot-contact.html'),
  page('hubspot', 'HubSpot contact (2025)', 'hubspot-contact-2025.html', 'https://app-eu1.hubspot.com/contacts/26789012/contact/9013/'),
];

/**
 * Every ordered pair of kinds once (the first page of each kind), plus each same-kind move
 * between its two pages.
 */
function transitions(): Array<[PageCase, PageCase]> {
  const firstOfKind = [...new Map(PAGES.map((p) => [p.kind, p])).values()].map((p) => PAGES.find((q) => q.kind === p.kind)!);
  const pairs: Array<[PageCase, PageCase]> = [];
  for (const from of firstOfKind)
    for (const to of firstOfKind) {
      if (from !== to) pairs.push([from, to]);
      else {
        const other = PAGES.find((p) => p.kind === from.kind && p !== from);
        if (other) pairs.push([from, other], [other, from]);
      }
    }
  return pairs;
}
const TRANSITIONS = transitions();

type TabStateView = { url?: string; tabId?: number; contacts?: Array<{ contact: { name?: { value: string } | null } }> };

describe('in-app navigation between every pair of page kinds', () => {
  let session: ExtensionSession;
  let tab: Page;
  const html = new Map<string, string>();

  beforeAll(async () => {
    session = await ExtensionSession.launch();
    for (const p of PAGES) {
      session.serve(p.url, p.file);
      html.set(p.url, readFileSync(join(FIXTURES, p.file), 'utf8'));
    }
    tab = await session.context.newPage();
  });
  afterAll(() => session?.close());

  async function stateOf(tabId: number): Promise<TabStateView | null> {
    return session.tabState(tabId);
  }
  const shown = (state: TabStateView | null) => ({
    url: state?.url ?? null,
    names: (state?.contacts ?? []).map((c) => c.contact.name?.value ?? '(no name)').sort(),
  });

  /** Polls until the tab shows `target`'s contacts, then checks nothing else arrives late. */
  async function expectShows(tabId: number, target: PageCase) {
    const want = { url: target.url, names: target.names };
    await expect.poll(async () => shown(await stateOf(tabId)), { timeout: 8_000, interval: 25 }).toEqual(want);
    // The badge is set just after the state is stored (after the seller's picks are applied): wait for it.
    if (target.names.length > 1) await expect.poll(() => session.badgeText(tabId), { timeout: 8_000, interval: 25 }).toBe(String(target.names.length));
    else await expect.poll(() => session.badgeText(tabId), { timeout: 8_000, interval: 25 }).toMatch(/^(\?|✕|[A-Z]{1,4})$/);
    await tab.waitForTimeout(400); // a report from the old DOM would land by now
    expect(shown(await stateOf(tabId))).toEqual(want);
  }

  it.each(TRANSITIONS.map(([from, to]) => [`${from.label} → ${to.label}`, from, to] as const))('%s', async (_name, from, to) => {
    await tab.goto(from.url);
    const tabId = await session.tabIdOf(tab);
    await expectShows(tabId, from);
    if (new URL(from.url).origin === new URL(to.url).origin) {
      // The app renders the new page a while after pushState, as LinkedIn and Lightning do.
      await navigateInApp(tab, to.url, html.get(to.url)!, 150);
    } else await tab.goto(to.url);
    await expectShows(tabId, to);
  });
});
