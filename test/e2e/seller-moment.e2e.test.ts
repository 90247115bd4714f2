/**
 * The seller's moment (issue 15), in the built extension at a phone-sized 360×640 panel: what to
 * do now on the first screen, a proof line copied in two key presses. Expectations come from the
 * demo pack and the fixture index, not from the panel's code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ExtensionSession, FIXTURES, ROOT } from './harness';

interface FixtureEntry {
  file: string;
  url: string;
  expected: Array<{ name: string; title: string; company: string }>;
}
interface DemoPersona {
  role?: string;
  id: string;
  name: string;
  messages?: Array<{ stage: string; text: string }>;
  objections?: Array<{ id: string; text: string; proof?: string[]; stage?: string }>;
}
interface DemoPack {
  id: string;
  personas: DemoPersona[];
  assets: Array<{ id: string; title: string; type: string; url: string }>;
}

const PACK = JSON.parse(readFileSync(join(ROOT, 'lib/pack/demo-pack.json'), 'utf8')) as DemoPack;
const INDEX = JSON.parse(readFileSync(join(FIXTURES, 'index.json'), 'utf8')) as FixtureEntry[];
const PROFILE = INDEX.find((f) => f.file === 'linkedin-profile-2025.html')!;
const MATCHED = PACK.personas.find((p) => p.id === 'security-gatekeeper')!;
const SCREENSHOTS = join(ROOT, '.output/screenshots');
const PANEL_SIZE = { width: 360, height: 640 };

/** lib/panel/persona-model.ts pasteLine, spelled out so a change of wording fails here. */
function expectedPasteLine(a: DemoPack['assets'][number]): string {
  const typeLabel: Record<string, string> = {
    'security-doc': 'security documentation',
    'case-study': 'case study',
    'roi-calculator': 'ROI calculator',
    other: 'resource',
  };
  const title = a.title.trim().replace(/[.:;]+$/, '');
  if (/^how\s/i.test(title)) return `Here is ${title[0]!.toLowerCase()}${title.slice(1)}: ${a.url}`;
  if (a.type === 'case-study' && /^[^:]{2,60}:\s+\S/.test(title)) return `${title}. Here is how: ${a.url}`;
  return `Here is our ${typeLabel[a.type] ?? a.type}, "${title}": ${a.url}`;
}

describe('The first screen at 360×640', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await ExtensionSession.launch();
    session.serve(PROFILE.url, PROFILE.file);
  });
  afterAll(() => session?.close());

  async function openPanel(): Promise<{ page: Page; panel: Page }> {
    const page = await session.context.newPage();
    await page.goto(PROFILE.url);
    const tabId = await session.tabIdOf(page);
    await session.waitForBadge(tabId, /.+/);
    const panel = await session.openPanel(tabId);
    await panel.setViewportSize(PANEL_SIZE);
    await expect.poll(() => panel.getByRole('heading', { level: 2, name: MATCHED.name }).count()).toBe(1);
    return { page, panel };
  }

  it('shows the lead message and the first objection above the fold', async () => {
    const { page, panel } = await openPanel();
    const lead = panel.getByRole('group', { name: 'Lead with' });
    expect((await lead.textContent())!).toContain(MATCHED.messages![0]!.text);
    const firstObjection = panel.getByRole('list', { name: 'Top objections' }).getByRole('button').first();
    // With every stage shown, the pack's first objection leads (none is tagged with a stage that would outrank it).
    expect(await firstObjection.textContent()).toContain(MATCHED.objections![0]!.text);
    const leadBox = (await lead.boundingBox())!;
    const objectionBox = (await firstObjection.boundingBox())!;
    const scrollY = await panel.evaluate(() => window.scrollY);
    expect(scrollY).toBe(0);
    console.log(
      `[seller-moment] 360×640: lead message ends at ${Math.round(leadBox.y + leadBox.height)} px, first objection ends at ${Math.round(objectionBox.y + objectionBox.height)} px (fold at ${PANEL_SIZE.height} px)`,
    );
    expect(leadBox.y + leadBox.height).toBeLessThanOrEqual(PANEL_SIZE.height);
    expect(objectionBox.y + objectionBox.height).toBeLessThanOrEqual(PANEL_SIZE.height);
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const theme of ['light', 'dark'] as const) {
      await panel.evaluate((t) => localStorage.setItem('persona-map-theme', t), theme);
      await panel.reload();
      await expect.poll(() => panel.locator('.pm-panel').getAttribute('data-theme')).toBe(theme);
      await panel.getByRole('list', { name: 'Top objections' }).getByRole('button').first().waitFor();
      await panel.screenshot({ path: join(SCREENSHOTS, `panel-first-screen-${theme}.png`) });
    }
    await panel.evaluate(() => localStorage.removeItem('persona-map-theme'));
    await panel.close();
    await page.close();
  });

  it('copies the first objection’s proof line in two key presses from the panel opening', async () => {
    const { page, panel } = await openPanel();
    await panel.bringToFront();
    const proof = PACK.assets.find((a) => a.id === MATCHED.objections![0]!.proof![0])!;
    let presses = 0;
    for (const key of ['1', 'c']) {
      await panel.keyboard.press(key);
      presses++;
    }
    await expect.poll(() => panel.evaluate(() => navigator.clipboard.readText())).toBe(expectedPasteLine(proof));
    await expect.poll(() => panel.getByRole('status').last().textContent()).toBe(`Line copied: ${proof.title}`);
    console.log(`[seller-moment] key presses from panel open to a copied proof line: ${presses}`);
    expect(presses).toBeLessThanOrEqual(3);
    await panel.close();
    await page.close();
  });
});

describe("The seller's pick, everywhere", () => {
  let session: ExtensionSession;
  const SEARCH = INDEX.find((f) => f.file === 'linkedin-search-2025.html')!;
  beforeAll(async () => {
    session = await ExtensionSession.launch();
    session.serve(PROFILE.url, PROFILE.file);
    session.serve(SEARCH.url, SEARCH.file);
  });
  afterAll(() => session?.close());

  const personaName = (id: string) => PACK.personas.find((p) => p.id === id)!.name;
  const updatedAt = (tabId: number) =>
    session
      .currentWorker()
      .evaluate(async (id) => ((await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as { updatedAt?: number } | undefined)?.updatedAt ?? 0, tabId);

  async function pick(panel: Page, personaId: string) {
    const why = panel.locator('details.pm-why');
    if (!(await why.evaluate((d) => (d as HTMLDetailsElement).open))) await why.locator('summary').click();
    await why.getByRole('combobox', { name: 'Persona for this contact' }).selectOption({ label: personaName(personaId) });
    await why.getByRole('button', { name: 'Use persona' }).click();
  }

  it('shows a persona the seller picked on the badge, in Recent and in the list view, after reloads', async () => {
    const page = await session.context.newPage();
    await page.goto(PROFILE.url);
    const tabId = await session.tabIdOf(page);
    await session.waitForBadge(tabId, 'SG');
    const panel = await session.openPanel(tabId);
    await expect.poll(() => panel.getByRole('heading', { level: 2, name: MATCHED.name }).count()).toBe(1);
    await pick(panel, 'compliance-champion');
    await expect.poll(() => panel.getByRole('heading', { level: 2, name: personaName('compliance-champion') }).count()).toBe(1);
    // The badge follows at once, then again after the LinkedIn tab reloads and reports anew.
    await session.waitForBadge(tabId, 'CC');
    const before = await updatedAt(tabId);
    await page.reload();
    await expect.poll(() => updatedAt(tabId), { timeout: 15_000 }).toBeGreaterThan(before);
    expect(await session.badgeText(tabId)).toBe('CC');

    // Recent, after the panel reloads.
    await panel.reload();
    await panel.getByRole('button', { name: 'Recent', exact: true }).click();
    const row = panel.getByRole('list', { name: 'Recent contacts' }).locator('li', { hasText: PROFILE.expected[0]!.name });
    await expect.poll(() => row.getByRole('button').textContent()).toBe(personaName('compliance-champion'));
    expect(await row.textContent()).toContain('LinkedIn');
    await panel.close();

    // The list view of a search page: the pick moves the contact to the chosen persona's group.
    const search = await session.context.newPage();
    await search.goto(SEARCH.url);
    const searchTab = await session.tabIdOf(search);
    await session.waitForBadge(searchTab, String(SEARCH.expected.length));
    const listPanel = await session.openPanel(searchTab);
    const alice = SEARCH.expected[0]!;
    await listPanel.getByRole('button', { name: alice.name, exact: true }).click();
    await pick(listPanel, 'economic-buyer');
    await expect.poll(() => listPanel.getByRole('heading', { level: 2, name: personaName('economic-buyer') }).count()).toBe(1);
    await listPanel.reload();
    const group = listPanel.getByRole('list', { name: new RegExp(`^${personaName('economic-buyer')} \\(\\d+\\)$`) });
    await expect.poll(() => group.getByRole('button', { name: alice.name, exact: true }).count()).toBe(1);
    await listPanel.getByRole('button', { name: 'Recent', exact: true }).click();
    const aliceRow = listPanel.getByRole('list', { name: 'Recent contacts' }).locator('li', { hasText: alice.name });
    await expect.poll(() => aliceRow.getByRole('button').textContent()).toBe(personaName('economic-buyer'));
    // Every contact of the list page is in Recent, though no panel showed them one by one.
    for (const other of SEARCH.expected)
      expect(await listPanel.getByRole('list', { name: 'Recent contacts' }).getByText(other.name, { exact: true }).count(), other.name).toBe(1);
    await listPanel.close();
    await search.close();
    await page.close();
  });
});

describe('Mid-call, the persona stays', () => {
  let session: ExtensionSession;
  const CRM = INDEX.find((f) => f.file === 'salesforce-contact.html')!;
  const CALL_URL = 'https://meet.example.com/abc-defg-hij';
  beforeAll(async () => {
    session = await ExtensionSession.launch();
    session.serve(CRM.url, CRM.file);
    session.pages.set(CALL_URL, '<!doctype html><html><head><title>Call</title></head><body><h1>Weekly sync</h1><p>Video call</p></body></html>');
  });
  afterAll(() => session?.close());

  it('keeps the CRM contact’s persona on screen when the seller switches to a tab without a contact, and goes back in one click', async () => {
    const crm = await session.context.newPage();
    await crm.goto(CRM.url);
    const crmTab = await session.tabIdOf(crm);
    await session.waitForBadge(crmTab, /.+/);
    const windowId = await session.currentWorker().evaluate(async (id) => (await chrome.tabs.get(id)).windowId, crmTab);
    // A pop-out that follows the seller's window (sidepanel.html?window=<id>), as the side panel does.
    const opened = session.context.waitForEvent('page');
    await session
      .currentWorker()
      .evaluate(
        (url) => chrome.windows.create({ url, type: 'popup', width: 360, height: 640 }).then(() => undefined),
        `chrome-extension://${session.extensionId}/sidepanel.html?window=${windowId}`,
      );
    const panel = await opened;
    const who = CRM.expected[0]!;
    await expect.poll(() => panel.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 }).toBe(who.name);
    const persona = normalizeText(await panel.locator('.pm-persona__name').textContent());
    expect(persona).toBe(MATCHED.name);

    const call = await session.context.newPage();
    await call.goto(CALL_URL);
    await call.bringToFront();
    await expect.poll(() => panel.getByRole('note', { name: 'Kept from another tab' }).count(), { timeout: 15_000 }).toBe(1);
    expect(normalizeText(await panel.getByRole('heading', { level: 1 }).textContent())).toBe(who.name);
    expect(normalizeText(await panel.locator('.pm-persona__name').textContent())).toBe(persona);
    expect(await panel.getByRole('list', { name: 'Top objections' }).getByRole('button').count()).toBeGreaterThan(0);
    expect(normalizeText(await panel.getByRole('note', { name: 'Kept from another tab' }).textContent())).toContain(`seen on ${new URL(CRM.url).hostname}`);
    expect(await panel.getByText('No contact on this page').count()).toBe(0);

    await panel.getByRole('button', { name: 'Back to that tab' }).click();
    await expect.poll(() => session.currentWorker().evaluate(async (id) => (await chrome.tabs.get(id)).active, crmTab)).toBe(true);
    await expect.poll(() => panel.getByRole('note', { name: 'Kept from another tab' }).count()).toBe(0);
    expect(normalizeText(await panel.getByRole('heading', { level: 1 }).textContent())).toBe(who.name);
    await panel.close();
    await call.close();
    await crm.close();
  });
});

function normalizeText(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

describe('The account map', () => {
  let session: ExtensionSession;
  const SEARCH = INDEX.find((f) => f.file === 'linkedin-search-2025.html')!;
  const CRM = INDEX.find((f) => f.file === 'salesforce-contact.html')!;
  const CFO = { url: 'https://www.linkedin.com/in/daniel-brandt-cfo/', file: 'linkedin-profile-2026-cfo.html', name: 'Daniel Brandt' };
  const fixture = (file: string) => readFileSync(join(FIXTURES, file), 'utf8');
  beforeAll(async () => {
    session = await ExtensionSession.launch();
    // One company under three spellings: the profile's, the search page's ("Fabrikam GmbH") and the CRM's.
    session.pages.set(new URL(CFO.url).href, fixture(CFO.file).replaceAll('Fernhill Health', 'Fabrikam, Inc.'));
    session.serve(SEARCH.url, SEARCH.file);
    session.pages.set(new URL(CRM.url).href, fixture(CRM.file).replaceAll('Fabrikam Logistics', 'FABRIKAM LTD.'));
  });
  afterAll(() => session?.close());

  it('shows the roles filled across a profile, a search page and a CRM record of one company, and a people search for a missing role', async () => {
    const tabs: Page[] = [];
    for (const url of [CFO.url, SEARCH.url, CRM.url]) {
      const page = await session.context.newPage();
      await page.goto(url);
      await session.waitForBadge(await session.tabIdOf(page), /.+/);
      tabs.push(page);
    }
    const panel = await session.openPanel(await session.tabIdOf(tabs[2]!));
    await panel.setViewportSize(PANEL_SIZE);
    const crmContact = CRM.expected[0]!;
    await expect.poll(() => panel.getByRole('heading', { level: 1 }).textContent()).toBe(crmContact.name);
    // The demo pack names Fabrikam as an account: its notes and the play for this persona show.
    const named = panel.getByRole('complementary', { name: 'Named account: Fabrikam' });
    const demoAccount = (PACK as unknown as { accounts: Array<{ notes: string; plays: Array<{ persona: string; text: string }> }> }).accounts[0]!;
    expect(normalizeText(await named.textContent())).toContain(`Play: ${demoAccount.plays.find((p) => p.persona === MATCHED.id)!.text}`);
    expect(normalizeText(await named.textContent())).toContain(demoAccount.notes);
    // The contact's account, one click from the CRM record.
    await panel.getByRole('button', { name: /^Account Fabrikam: \d of \d roles$/ }).click();
    await expect.poll(() => panel.getByRole('heading', { level: 1 }).textContent()).toBe('Fabrikam');

    const committee = panel.getByRole('list', { name: 'Buying committee of Fabrikam' });
    const people = async (role: string) => normalizeText(await committee.getByRole('list', { name: `${role} at Fabrikam` }).textContent());
    const tom = SEARCH.expected.find((e) => e.company === 'Fabrikam GmbH')!;
    const persona = (id: string) => PACK.personas.find((p) => p.id === id)!.name;
    expect(await people('Economic buyer')).toMatch(new RegExp(`^${CFO.name} ${persona('economic-buyer')} LinkedIn, (just now|\\d+ min ago)$`));
    expect(await people('Technical evaluator')).toMatch(new RegExp(`^${tom.name} ${persona('technical-evaluator')} LinkedIn, `));
    expect(await people('Gatekeeper')).toMatch(new RegExp(`^${crmContact.name} ${persona('security-gatekeeper')} Salesforce, `));
    expect(normalizeText(await panel.locator('.pm-account__coverage').textContent())).toMatch(/^3 of 5 roles covered · seen as /);
    for (const spelling of ['Fabrikam, Inc.', 'Fabrikam GmbH', 'FABRIKAM LTD.'])
      expect(await panel.locator('.pm-account__coverage').textContent()).toContain(spelling);

    // A missing role: a LinkedIn people search for the company with the persona's titles.
    const find = committee.getByRole('link', { name: 'Find them: Champion at Fabrikam' });
    const href = new URL((await find.getAttribute('href'))!);
    expect(`${href.origin}${href.pathname}`).toBe('https://www.linkedin.com/search/results/people/');
    const champion = PACK.personas.find((p) => p.id === 'compliance-champion')! as DemoPersona & { match: { titles: string[] } };
    expect(href.searchParams.get('keywords')).toBe(
      `Fabrikam (${champion.match.titles
        .slice(0, 3)
        .map((t) => (t.includes(' ') ? `"${t}"` : t))
        .join(' OR ')})`,
    );
    expect(await committee.getByRole('link', { name: 'Find them: Executive sponsor at Fabrikam' }).count()).toBe(1);

    // The accounts list, sorted by coverage, has Fabrikam first.
    await panel.getByRole('button', { name: 'Accounts', exact: true }).click();
    await expect.poll(() => panel.getByRole('list', { name: 'Accounts by coverage' }).getByRole('button').first().textContent()).toBe('Fabrikam');

    await panel.getByRole('button', { name: 'Fabrikam', exact: true }).click();
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const theme of ['light', 'dark'] as const) {
      await panel.evaluate((t) => localStorage.setItem('persona-map-theme', t), theme);
      await panel.reload();
      await panel.getByRole('button', { name: 'Accounts', exact: true }).click();
      await panel.getByRole('button', { name: 'Fabrikam', exact: true }).click();
      await expect.poll(() => panel.locator('.pm-panel').getAttribute('data-theme')).toBe(theme);
      await panel.screenshot({ path: join(SCREENSHOTS, `panel-account-${theme}.png`) });
    }
    await panel.evaluate(() => localStorage.removeItem('persona-map-theme'));
    await panel.close();
    for (const page of tabs) await page.close();
  });
});
