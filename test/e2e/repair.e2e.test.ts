/**
 * The day LinkedIn changes its markup (issue 13): a supported page the built-in adapter cannot
 * read shows the can't-read badge and panel state, the seller saves the page structure for the
 * admin (the downloaded bytes hold none of the page's text), and a pack carrying the admin's
 * adapterPatches repairs the page: the badge comes back with the right contact, in the open tab too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtensionSession, FIXTURES } from './harness';

const PROFILE_URL = 'https://www.linkedin.com/in/marisol-okafor-77b2c1/';
const SEARCH_URL = 'https://www.linkedin.com/search/results/people/?keywords=security';
const PACK_FILE = join(FIXTURES, 'broken/patch-pack.json');

/** What a person can read on the page, and the attribute texts that name people. */
const PAGE_TEXTS = () => {
  const texts = new Set<string>();
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue?.trim();
    if (text && text.length >= 3) texts.add(text);
  }
  for (const el of document.querySelectorAll('[alt], [aria-label], [title]'))
    for (const name of ['alt', 'aria-label', 'title']) {
      const value = el.getAttribute(name)?.trim();
      if (value && value.length >= 3) texts.add(value);
    }
  return [...texts];
};
/** Tag and class of every element, in document order. */
const SHAPE = () => Array.from(document.querySelectorAll('*')).map((el) => `${el.localName}.${el.getAttribute('class') ?? ''}`);

describe('a page the built-in adapter cannot read, and its repair', () => {
  let session: ExtensionSession;
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    session = await ExtensionSession.launch();
    session.serve(PROFILE_URL, 'broken/linkedin-profile-unreadable.html');
    session.serve(SEARCH_URL, 'broken/linkedin-search-unreadable.html');
  });
  afterAll(() => session?.close());

  it("shows the can't-read badge and says so in the side panel", async () => {
    page = await session.context.newPage();
    await page.goto(PROFILE_URL);
    tabId = await session.tabIdOf(page);
    await session.waitForBadge(tabId, '!');
    const [title, color] = await session
      .currentWorker()
      .evaluate(async (id) => [await chrome.action.getTitle({ tabId: id }), await chrome.action.getBadgeBackgroundColor({ tabId: id })] as const, tabId);
    expect(title).toMatch(/^Persona Map can't read this page/);
    expect(color).toEqual([0xb4, 0x53, 0x09, 255]);
    expect((await session.tabState(tabId))!.contacts).toEqual([]);

    const panel = await session.openPanel(tabId);
    await panel.getByRole('heading', { level: 1, name: "Persona Map can't read this page" }).waitFor();
    expect(await panel.getByText(/could not find the person on this LinkedIn profile/).count()).toBe(1);
    expect(await panel.getByText("Select the person's job title on the page, right-click it and choose Match persona.").count()).toBe(1);
    expect(await panel.getByRole('button', { name: 'Save page structure for your admin' }).count()).toBe(1);
    await panel.close();
  });

  it('saves a page structure that holds none of the page text and keeps its shape', async () => {
    const panel = await session.openPanel(tabId);
    const save = panel.getByRole('button', { name: 'Save page structure for your admin' });
    await save.waitFor();
    const [download] = await Promise.all([panel.waitForEvent('download'), save.click()]);
    expect(download.suggestedFilename()).toMatch(/^page-structure-linkedin-profile-\d{4}-\d{2}-\d{2}\.html$/);
    const bytes = readFileSync(await download.path());
    const saved = bytes.toString('utf8');

    const texts = await page.evaluate(PAGE_TEXTS);
    expect(texts).toEqual(expect.arrayContaining(['Marisol Okafor', 'Director of IT Security at Brightwater Logistics', 'Marisol Okafor, profile photo']));
    for (const text of texts) expect(saved, `the saved structure contains "${text}"`).not.toContain(text);
    for (const word of ['Marisol', 'Okafor', 'Brightwater', 'Rotterdam', 'Quentin', 'marisol-okafor']) expect(saved).not.toContain(word);

    // Same elements, same classes, same order: a selector written against the file matches the page.
    const { document } = parseHTML(saved);
    const shape = Array.from(document.querySelectorAll('*')).map((el) => `${el.localName}.${el.getAttribute('class') ?? ''}`);
    expect(shape).toEqual(await page.evaluate(SHAPE));
    expect(document.querySelector('[data-view-name="identity-headline"]')!.textContent!.length).toBe('Director of IT Security at Brightwater Logistics'.length);
    await expect.poll(() => panel.getByRole('status').last().textContent()).toMatch(/^Saved page-structure-linkedin-profile-.*: send it to your admin$/);
    await panel.close();
  });

  it("turns a people search it cannot read to the can't-read state while the panel is open", async () => {
    const search = await session.context.newPage();
    await search.goto(SEARCH_URL);
    const searchTab = await session.tabIdOf(search);
    // The panel is open before the page is judged: the verdict reaches it with the list's delta.
    const panel = await session.openPanel(searchTab);
    await session.waitForBadge(searchTab, '!');
    await panel.getByRole('heading', { level: 1, name: "Persona Map can't read this page" }).waitFor({ timeout: 5_000 });
    expect(await panel.getByText(/could not find the person on this LinkedIn people list/).count()).toBe(1);
    await Promise.all([panel.close(), search.close()]);
  });

  it("repairs the page with a pack's adapterPatches: the badge comes back with the right contact", async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.locator('#import-pack').setInputFiles([{ name: 'patch-pack.json', mimeType: 'application/json', buffer: readFileSync(PACK_FILE) }]);
    await options.getByRole('button', { name: /^Install Repair test 1\.0\.0/ }).click();

    // The open tab reads its page again with the patch: no reload.
    await session.waitForBadge(tabId, /^(?!!$)[A-Z✕?]{1,4}$/);
    const state = (await session.tabState(tabId))!;
    expect(
      state.contacts.map(({ contact }) => [
        contact.name?.value,
        contact.title?.value,
        contact.company?.value,
        (contact.name as { source?: string } | null)?.source,
      ]),
    ).toEqual([['Marisol Okafor', 'Director of IT Security at Brightwater Logistics', 'Brightwater Logistics', 'patch']]);
    expect(state.contacts[0]!.match.persona).not.toBeNull();

    // A page opened after the install gets the patch from the start: a people search with new cards.
    const search = await session.context.newPage();
    await search.goto(SEARCH_URL);
    const searchTab = await session.tabIdOf(search);
    await session.waitForBadge(searchTab, '2');
    const found = (await session.tabState(searchTab))!.contacts.map(({ contact }) => contact.name?.value);
    expect(found).toEqual(['Henrik Solberg', 'Amara Diallo']);
    await Promise.all([search.close(), options.close(), page.close()]);
  });
});
