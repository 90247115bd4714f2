/**
 * Contact detection in the built extension, on every page type we ship an adapter for and on an
 * admin-defined CRM: each saved page is served at its real URL and must yield exactly the
 * contacts its manifest entry lists. LinkedIn pages stay untouched unless the seller opts in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabState } from '../../lib/contracts/tab-state';
import { ExtensionSession, FIXTURES, navigateInApp } from './harness';

interface Expected {
  name: string;
  title: string;
  company: string | null;
  profileUrl: string;
}
interface FixtureEntry {
  file: string;
  url: string;
  expected: Expected[];
}
const FIXTURE_INDEX = JSON.parse(readFileSync(join(FIXTURES, 'index.json'), 'utf8')) as FixtureEntry[];
const byFile = (file: string) => FIXTURE_INDEX.find((f) => f.file === file)!;

/** Counts every DOM mutation the page sees after it has parsed (content scripts' included). */
const COUNT_MUTATIONS = () => {
  document.addEventListener('DOMContentLoaded', () => {
    const w = window as unknown as { pmMutations: number };
    w.pmMutations = 0;
    new MutationObserver((records) => (w.pmMutations += records.length)).observe(document, {
      childList: true,
      attributes: true,
      characterData: true,
      subtree: true,
    });
  });
};

describe('contact detection in the built extension', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await ExtensionSession.launch();
    for (const fixture of FIXTURE_INDEX) session.serve(fixture.url, fixture.file);
  });
  afterAll(() => session?.close());

  async function tabState(page: Page): Promise<TabState> {
    const tabId = await session.tabIdOf(page);
    return (await session.tabState(tabId)) as unknown as TabState;
  }

  const shown = (state: TabState) =>
    state.contacts.map(({ contact }) => ({
      name: contact.name?.value ?? null,
      title: contact.title?.value ?? null,
      company: contact.company?.value ?? null,
      profileUrl: contact.profileUrl?.value ?? null,
    }));

  it.each(FIXTURE_INDEX.map((f) => [f.file, f] as const))('%s yields exactly its contacts, and the badge says so', async (_file, fixture) => {
    const page = await session.context.newPage();
    await page.goto(fixture.url);
    const expected = fixture.expected.map(({ name, title, company, profileUrl }) => ({ name, title, company, profileUrl }));
    await expect.poll(async () => shown(await tabState(page)).length, { timeout: 15_000 }).toBe(expected.length);
    const state = await tabState(page);
    expect(shown(state)).toEqual(expected);
    const badge = await session.badgeText(state.tabId);
    if (state.pageKind === 'list') expect(badge).toBe(String(expected.length));
    else expect(badge).toMatch(/^(\?|✕|[A-Z]{1,4})$/);
    await page.close();
  });

  it('follows a people search as results render while scrolling, each contact once', async () => {
    const fixture = byFile('linkedin-search-2026.html');
    const page = await session.context.newPage();
    await page.goto(fixture.url);
    const tabId = await session.tabIdOf(page);
    await session.waitForBadge(tabId, String(fixture.expected.length));
    for (const batch of [0, 1, 2]) {
      await page.evaluate((batch) => {
        const cards = [...document.querySelectorAll('[data-view-name="people-search-result"]')].filter((c) => c.querySelector('a[href*="/in/"]'));
        const template = cards.find((c) => !c.closest('[hidden]'))!;
        for (let i = 0; i < 5; i++) {
          const card = template.cloneNode(true) as Element;
          for (const link of card.querySelectorAll('a[href*="/in/"]')) link.setAttribute('href', `https://www.linkedin.com/in/scrolled-${batch}-${i}/`);
          template.parentElement!.append(card);
        }
        template.parentElement!.append(template.cloneNode(true)); // a duplicate of a contact already shown
      }, batch);
      await session.waitForBadge(tabId, String(fixture.expected.length + 5 * (batch + 1)));
    }
    const keys = (await tabState(page)).contacts.map((c) => c.contact.key);
    expect(new Set(keys).size).toBe(keys.length);
    const panel = await session.openPanel(tabId);
    await expect.poll(() => panel.getByRole('heading', { level: 1 }).textContent()).toBe(`${fixture.expected.length + 15} contacts on this page`);
    await panel.close();
    await page.close();
  });

  it('follows in-app navigation in Salesforce and HubSpot', async () => {
    const contact = byFile('salesforce-contact.html');
    const lead = byFile('salesforce-lead.html');
    const page = await session.context.newPage();
    await page.goto(contact.url);
    await expect.poll(async () => shown(await tabState(page))[0]?.name).toBe(contact.expected[0]!.name);
    // Lightning switches records without a page load; the lead opens on the same host.
    const leadUrl = new URL(new URL(lead.url).pathname, contact.url).href;
    await navigateInApp(page, leadUrl, readFileSync(join(FIXTURES, lead.file), 'utf8'));
    await expect.poll(async () => shown(await tabState(page))[0]?.name).toBe(lead.expected[0]!.name);

    const hubspot = byFile('hubspot-contact.html');
    const older = byFile('hubspot-contact-2025.html');
    await page.goto(hubspot.url);
    await expect.poll(async () => shown(await tabState(page))[0]?.name).toBe(hubspot.expected[0]!.name);
    const olderUrl = new URL(new URL(older.url).pathname, hubspot.url).href;
    await navigateInApp(page, olderUrl, readFileSync(join(FIXTURES, older.file), 'utf8'));
    await expect.poll(async () => shown(await tabState(page))[0]?.name).toBe(older.expected[0]!.name);
    await page.close();
  });

  it('changes nothing on LinkedIn pages by default, and shows chips there only after opting in', async () => {
    const page = await session.context.newPage();
    await page.addInitScript(COUNT_MUTATIONS);
    for (const file of ['linkedin-profile-2025.html', 'linkedin-search-2025.html']) {
      const fixture = byFile(file);
      await page.goto(fixture.url);
      await session.waitForBadge(await session.tabIdOf(page), /.+/);
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => (window as unknown as { pmMutations: number }).pmMutations), file).toBe(0);
      expect(await page.locator('persona-map-chip').count(), file).toBe(0);
    }

    await session.currentWorker().evaluate(() => chrome.storage.local.set({ inlineChipsOnLinkedIn: true }));
    try {
      const fixture = byFile('linkedin-profile-2025.html');
      await page.goto(fixture.url);
      await expect.poll(() => page.locator('persona-map-chip').count()).toBe(1);
      expect(await page.locator('persona-map-chip').getAttribute('aria-label')).toMatch(/^Persona Map: /);
      // The same counter sees the content script's write once allowed: the zero above is real.
      expect(await page.evaluate(() => (window as unknown as { pmMutations: number }).pmMutations)).toBeGreaterThan(0);
    } finally {
      await session.currentWorker().evaluate(() => chrome.storage.local.remove('inlineChipsOnLinkedIn'));
      await page.close();
    }
  });

  it('shows persona chips next to names in CRMs by default', async () => {
    const page = await session.context.newPage();
    await page.goto(byFile('salesforce-contact.html').url);
    await expect.poll(() => page.locator('persona-map-chip').count()).toBe(1);
    expect(await page.locator('persona-map-chip').getAttribute('aria-label')).toBe('Persona Map: SG · Security Gatekeeper');
    await page.close();
  });

  it('runs an admin-defined adapter only on hosts the user allowed', async () => {
    const registered = await session.currentWorker().evaluate(() => chrome.scripting.getRegisteredContentScripts());
    expect(registered.flatMap((s) => s.matches ?? [])).toEqual(['https://*.pipedrive.com/person/*']);

    // The same page on a host nobody allowed: no script, no badge, no state.
    const elsewhere = 'https://acme.example-crm.com/person/1234';
    session.serve(elsewhere, 'custom-crm.html');
    const page = await session.context.newPage();
    await page.goto(elsewhere);
    await page.waitForTimeout(1000);
    const states = await session.tabStates();
    expect(states.filter((s) => s.url === elsewhere)).toEqual([]);
    await page.close();
  });
});
