/**
 * The side panel end to end, in the built extension: the persona view and its stage filter,
 * keyboard search, copying a ready-to-paste proof line, correcting a match and exporting the
 * correction, accessibility (axe-core), pop-out and theme, and README screenshots.
 *
 * Every test starts from the LinkedIn profile fixture served at its real URL and opens the panel
 * the way a pop-out does (sidepanel.html?tab=<id>). Expectations come from the demo pack itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { ExtensionSession, FIXTURES, openSections, ROOT } from './harness';

interface FixtureEntry {
  file: string;
  url: string;
  expected: Array<{ name: string; title: string; company: string }>;
}
interface DemoAsset {
  id: string;
  title: string;
  type: string;
  url: string;
  summary?: string;
}
interface DemoPersona {
  id: string;
  name: string;
  kind: 'primary' | 'secondary' | 'negative';
  role?: string;
  summary?: string;
  messages?: Array<{ stage: string; text: string; cta?: string }>;
  questions?: Array<{ text: string; stage?: string; purpose?: string }>;
  objections?: Array<{ id: string; text: string; response: string; proof?: string[]; stage?: string }>;
  goals?: unknown[];
  metrics?: unknown[];
  painPoints?: unknown[];
  triggers?: unknown[];
  decisionCriteria?: unknown[];
  channels?: string[];
}
interface DemoPack {
  id: string;
  name: string;
  stages?: string[];
  personas: DemoPersona[];
  assets: DemoAsset[];
}

const PACK = JSON.parse(readFileSync(join(ROOT, 'lib/pack/demo-pack.json'), 'utf8')) as DemoPack;
const FIXTURE_FILE = 'linkedin-profile-2025.html';
const FIXTURE = (JSON.parse(readFileSync(join(FIXTURES, 'index.json'), 'utf8')) as FixtureEntry[]).find((f) => f.file === FIXTURE_FILE)!;
const CONTACT = FIXTURE.expected[0]!;
const persona = (id: string) => PACK.personas.find((p) => p.id === id)!;
const asset = (id: string) => PACK.assets.find((a) => a.id === id)!;
/** The engine's match for the fixture's title ("VP of Security Engineering at …"). */
const MATCHED = persona('security-gatekeeper');
const SCREENSHOTS = join(ROOT, '.output/screenshots');
const AXE_PATH = join(ROOT, 'node_modules/axe-core/axe.min.js');

/** How a stage id is shown in the panel's selector ("consideration" → "Consideration"). */
const stageLabel = (stage: string) => {
  const text = stage.replace(/-/g, ' ');
  return text[0]!.toUpperCase() + text.slice(1);
};

/**
 * The ready-to-paste line as lib/panel/persona-model.ts (pasteLine) documents it, written out
 * here so a change of wording fails this test rather than silently following the code.
 */
function expectedPasteLine(a: DemoAsset): string {
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

const normalize = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('Side panel in the built extension', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await ExtensionSession.launch();
    session.serve(FIXTURE.url, FIXTURE.file);
  });
  afterAll(() => session?.close());

  /** The profile in a tab, its badge set, and the panel following that tab. */
  async function openProfileAndPanel(): Promise<{ page: Page; panel: Page; tabId: number }> {
    const page = await session.context.newPage();
    await page.goto(FIXTURE.url);
    const tabId = await session.tabIdOf(page);
    await session.waitForBadge(tabId, /.+/);
    const panel = await session.openPanel(tabId);
    await expect.poll(() => panel.getByRole('heading', { level: 1 }).textContent()).toContain(CONTACT.name);
    await expect.poll(() => panel.getByRole('heading', { level: 2, name: MATCHED.name }).count()).toBe(1);
    return { page, panel, tabId };
  }

  async function closeAll(...pages: Page[]) {
    for (const p of pages) await p.close().catch(() => undefined);
  }

  /** Direct items of a labelled list (proof lists nest inside objections). */
  const items = (panel: Page, listName: string) => panel.getByRole('list', { name: listName, exact: true }).locator(':scope > li');

  async function visibleMessages(panel: Page): Promise<string[]> {
    return items(panel, 'Key messages').evaluateAll((lis) => lis.map((li) => li.querySelector('p')?.textContent?.trim() ?? ''));
  }
  async function visibleQuestions(panel: Page): Promise<string[]> {
    return items(panel, 'Discovery questions').evaluateAll((lis) => lis.map((li) => li.querySelector('.pm-question')?.textContent?.trim() ?? ''));
  }

  it('shows who, what to say, objections with proof, questions and background; the stage selector filters', async () => {
    const { page, panel } = await openProfileAndPanel();

    // Who: the contact, the persona, its kind and buying role.
    expect(normalize(await panel.getByRole('heading', { level: 1 }).textContent())).toBe(CONTACT.name);
    const article = panel.getByRole('article', { name: `Persona: ${MATCHED.name}` });
    expect(await article.count()).toBe(1);
    const meta = normalize(await article.locator('.pm-persona__head').textContent());
    expect(meta).toContain(MATCHED.kind === 'primary' ? 'Primary' : 'Secondary');
    expect(meta).toContain(`Buying role: ${MATCHED.role!.replace(/-/g, ' ')}`);
    expect(meta).toContain(PACK.name);
    expect(normalize(await panel.locator('.pm-contact__head').textContent())).toContain(CONTACT.title);
    await openSections(panel, 'What to say', 'Objections', 'Discovery questions', 'Proof assets', 'Background');
    expect(normalize(await panel.getByRole('region', { name: 'Background' }).textContent())).toContain(MATCHED.summary!);

    // What to say: every message of the persona, all stages.
    await expect.poll(() => panel.getByRole('region', { name: 'What to say' }).count()).toBe(1);
    expect(await visibleMessages(panel)).toEqual(MATCHED.messages!.map((m) => m.text));

    // Objections: text, response, and proof links to the pack's https assets.
    const objectionRegion = panel.getByRole('region', { name: 'Objections' });
    const objectionItems = items(panel, 'Objections');
    expect(await objectionItems.count()).toBe(MATCHED.objections!.length);
    for (const [i, objection] of MATCHED.objections!.entries()) {
      const li = objectionItems.nth(i);
      expect(normalize(await li.getByRole('heading', { level: 4 }).textContent())).toBe(objection.text);
      expect(normalize(await li.locator('.pm-objection__response').textContent())).toBe(objection.response);
      const proof = li.getByRole('list', { name: `Proof for “${objection.text}”` }).getByRole('link');
      const hrefs = await proof.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs).toEqual((objection.proof ?? []).map((id) => asset(id).url));
      for (const href of hrefs) expect(href).toMatch(/^https:\/\//);
    }
    for (const href of await objectionRegion.getByRole('link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href)))
      expect(href).toMatch(/^https:\/\//);

    // Discovery questions and background.
    expect(await visibleQuestions(panel)).toEqual(MATCHED.questions!.map((q) => q.text));
    const background = panel.getByRole('region', { name: 'Background' });
    for (const [title, list] of [
      ['Goals', MATCHED.goals],
      ['Metrics', MATCHED.metrics],
      ['Pain points', MATCHED.painPoints],
      ['Triggers', MATCHED.triggers],
      ['Decision criteria', MATCHED.decisionCriteria],
      ['Channels', MATCHED.channels],
    ] as const) {
      if (!list?.length) continue;
      expect(await background.getByRole('heading', { name: title, exact: true }).count()).toBe(1);
    }
    const firstGoal = MATCHED.goals![0]!;
    expect(normalize(await background.textContent())).toContain(typeof firstGoal === 'string' ? firstGoal : (firstGoal as { text: string }).text);

    // Stage: pick one, the messages and questions shown become exactly the pack's for that stage.
    const stageSelect = panel.getByRole('combobox', { name: 'Stage' });
    const stages = PACK.stages ?? ['awareness', 'consideration', 'evaluation', 'selection', 'adoption'];
    expect(await stageSelect.locator('option').allTextContents()).toEqual(['All stages', ...stages.map(stageLabel)]);
    for (const stage of ['evaluation', 'awareness']) {
      await stageSelect.selectOption({ label: stageLabel(stage) });
      const wantMessages = MATCHED.messages!.filter((m) => !m.stage || m.stage === stage).map((m) => m.text);
      const wantQuestions = MATCHED.questions!.filter((q) => !q.stage || q.stage === stage).map((q) => q.text);
      expect(wantMessages.length).toBeLessThan(MATCHED.messages!.length);
      await expect.poll(() => visibleMessages(panel)).toEqual(wantMessages);
      expect(await visibleQuestions(panel)).toEqual(wantQuestions);
    }
    await stageSelect.selectOption({ label: 'All stages' });
    await expect.poll(() => visibleMessages(panel)).toEqual(MATCHED.messages!.map((m) => m.text));
    await closeAll(panel, page);
  });

  it('searches by keyboard only: / focuses, arrows pick a result, Enter opens it, Esc goes back; the command is declared', async () => {
    const manifest = await session.currentWorker().evaluate(() => chrome.runtime.getManifest());
    const command = manifest.commands?.['search-personas'];
    expect(command).toBeDefined();
    const suggested = command!.suggested_key;
    const key = typeof suggested === 'string' ? suggested : suggested?.default;
    expect(key).toMatch(/^(Alt|Ctrl|Command|MacCtrl)\+/);
    // Chromium registered it: the command is listed (its shortcut may be unassigned on a clash).
    const registered = await session.currentWorker().evaluate(() => chrome.commands.getAll());
    expect(registered.map((c) => c.name)).toContain('search-personas');
    expect(command!.description).toBeTruthy();

    const { page, panel } = await openProfileAndPanel();
    const search = panel.getByRole('combobox', { name: 'Search personas, objections and assets' });
    await panel.bringToFront();
    await panel.keyboard.press('/');
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);

    // An objection of another persona, typed as a seller hears it.
    const buyer = PACK.personas.find((p) => p.id !== MATCHED.id && p.objections?.length)!;
    const target = buyer.objections![0]!;
    const query = target.text.split(/\s+/).slice(0, 5).join(' ');
    await panel.keyboard.type(query);
    const results = panel.getByRole('listbox', { name: 'Search results' });
    await expect.poll(() => results.getByRole('option').count()).toBeGreaterThan(0);
    expect(await search.getAttribute('aria-expanded')).toBe('true');
    const titles = (await results.getByRole('option').locator('.pm-result__title').allTextContents()).map(normalize);
    const wanted = titles.indexOf(target.text);
    expect(wanted, `results for "${query}": ${titles.join(' | ')}`).toBeGreaterThanOrEqual(0);

    // ArrowDown until the objection is the active option (focus stays in the search box).
    for (let i = 0; i < titles.length; i++) {
      const active = results.locator('[role="option"][aria-selected="true"]');
      if (normalize(await active.locator('.pm-result__title').textContent()) === target.text) break;
      await panel.keyboard.press('ArrowDown');
    }
    const activeId = await search.getAttribute('aria-activedescendant');
    expect(activeId).toBeTruthy();
    expect(normalize(await panel.locator(`[id="${activeId}"] .pm-result__title`).textContent())).toBe(target.text);
    expect(await search.evaluate((el) => el === document.activeElement)).toBe(true);

    await panel.keyboard.press('Enter');
    // The objection's persona opens, scrolled to the objection; the results are gone.
    await expect.poll(() => panel.getByRole('heading', { level: 1 }).textContent()).toBe(buyer.name);
    expect(await results.count()).toBe(0);
    const focused = panel.locator('.pm-objection.pm-focused');
    expect(normalize(await focused.getByRole('heading').first().textContent())).toBe(target.text);
    await expect.poll(() => headingUncovered(focused), { message: 'the objection heading is on screen, not under the sticky bar' }).toBe(true);
    expect(await panel.getByRole('button', { name: 'Back', exact: true }).count()).toBe(1);

    // Esc returns to the contact.
    await panel.keyboard.press('Escape');
    await expect.poll(() => panel.getByRole('heading', { level: 1 }).textContent()).toContain(CONTACT.name);
    expect(await panel.getByRole('button', { name: 'Back', exact: true }).count()).toBe(0);

    // An objection of the contact's own persona opens in place, next to the contact.
    await panel.keyboard.press('/');
    const own = MATCHED.objections![1]!;
    await panel.keyboard.type(own.text.split(/\s+/).slice(0, 6).join(' '));
    await expect.poll(() => results.getByRole('option').count()).toBeGreaterThan(0);
    for (let i = 0; i < 30; i++) {
      const active = results.locator('[role="option"][aria-selected="true"]');
      if (normalize(await active.locator('.pm-result__title').textContent()) === own.text) break;
      await panel.keyboard.press('ArrowDown');
    }
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.locator('.pm-objection.pm-focused').count()).toBe(1);
    expect(normalize(await panel.getByRole('heading', { level: 1 }).textContent())).toBe(CONTACT.name);
    expect(normalize(await panel.locator('.pm-objection.pm-focused').getByRole('heading').first().textContent())).toBe(own.text);
    await expect
      .poll(() => headingUncovered(panel.locator('.pm-objection.pm-focused')), { message: 'the objection heading is on screen, not under the sticky bar' })
      .toBe(true);
    await panel.keyboard.press('Escape');
    await expect.poll(() => panel.getByRole('button', { name: 'Back', exact: true }).count()).toBe(0);

    // Esc in the search box clears the query first.
    await panel.keyboard.press('/');
    await panel.keyboard.type('benchmark');
    await expect.poll(() => results.count()).toBe(1);
    await panel.keyboard.press('Escape');
    await expect.poll(() => results.count()).toBe(0);
    expect(await search.inputValue()).toBe('');
    await closeAll(panel, page);
  });

  it('copies a proof asset as a ready-to-paste line with its https link (button, keyboard, and from search)', async () => {
    const { page, panel } = await openProfileAndPanel();
    await panel.bringToFront();
    const readClipboard = () => panel.evaluate(() => navigator.clipboard.readText());

    await openSections(panel, 'Objections', 'Proof assets');
    // A proof asset of the first objection, by mouse.
    const first = asset(MATCHED.objections![0]!.proof![0]!);
    const objections = panel.getByRole('region', { name: 'Objections' });
    await objections
      .getByRole('button', { name: `Copy line to paste: ${first.title}` })
      .first()
      .click();
    await expect.poll(() => panel.getByRole('status').last().textContent()).toContain('Line copied');
    const line = await readClipboard();
    expect(line).toBe(expectedPasteLine(first));
    expect(line).toContain(first.url);
    expect(line.startsWith('Here is') || line.startsWith(first.title.replace(/[.:;]+$/, ''))).toBe(true);

    // A case study (a different sentence form), by keyboard from the proof assets list.
    const caseStudy = asset(
      MATCHED.objections!.flatMap((o) => o.proof ?? [])
        .map(asset)
        .find((a) => a.type === 'case-study')!.id,
    );
    const button = panel.getByRole('region', { name: 'Proof assets' }).getByRole('button', { name: `Copy line to paste: ${caseStudy.title}` });
    await button.focus();
    await panel.keyboard.press('Enter');
    await expect.poll(readClipboard).toBe(expectedPasteLine(caseStudy));
    expect(await readClipboard()).toContain(caseStudy.url);

    // Copy link copies the bare URL.
    await panel
      .getByRole('region', { name: 'Proof assets' })
      .getByRole('button', { name: `Copy link: ${first.title}` })
      .click();
    await expect.poll(readClipboard).toBe(first.url);

    // From search: Enter on an asset copies its line.
    const searched = asset('iam-permissions-reference');
    await panel.keyboard.press('Escape');
    await panel.locator('main').focus();
    await panel.keyboard.press('/');
    await panel.keyboard.type('permissions reference');
    const results = panel.getByRole('listbox', { name: 'Search results' });
    await expect.poll(() => results.getByRole('option').count()).toBeGreaterThan(0);
    for (let i = 0; i < 30; i++) {
      const active = results.locator('[role="option"][aria-selected="true"]');
      if (normalize(await active.locator('.pm-result__title').textContent()) === searched.title) break;
      await panel.keyboard.press('ArrowDown');
    }
    await panel.keyboard.press('Enter');
    await expect.poll(readClipboard).toBe(expectedPasteLine(searched));
    await expect.poll(() => panel.getByRole('status').last().textContent()).toContain(`Line copied: ${searched.title}`);
    await closeAll(panel, page);
  });

  it('has no serious or critical axe violations (persona view, search results, dark theme)', async () => {
    const { page, panel } = await openProfileAndPanel();
    await openSections(panel, 'What to say', 'Objections', 'Discovery questions', 'Proof assets', 'Background');
    await panel.getByRole('list', { name: 'Top objections' }).getByRole('button').first().click();
    await injectAxe(panel);
    const report: string[] = [];
    report.push(...(await seriousViolations(panel, 'persona view (light)')));

    await panel.getByRole('combobox', { name: 'Search personas, objections and assets' }).fill('soc 2');
    await expect.poll(() => panel.getByRole('listbox', { name: 'Search results' }).getByRole('option').count()).toBeGreaterThan(0);
    report.push(...(await seriousViolations(panel, 'search results (light)')));
    await panel.getByRole('combobox', { name: 'Search personas, objections and assets' }).fill('');

    await setTheme(panel, 'dark');
    report.push(...(await seriousViolations(panel, 'persona view (dark)')));
    await setTheme(panel, 'system');
    if (report.length) console.log(report.join('\n'));
    expect(report).toEqual([]);
    await closeAll(panel, page);
  });

  it('offers a pop-out, toggles the theme, and has no horizontal scroll at 380 px', async () => {
    // A panel following the active tab offers the pop-out, which opens a window pinned to that tab.
    const following = await session.context.newPage();
    await following.setViewportSize({ width: 380, height: 900 });
    await following.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
    const popOut = following.getByRole('button', { name: 'Open in a new window' });
    await popOut.waitFor({ timeout: 10_000 });
    const opened = session.context.waitForEvent('page', { timeout: 10_000 });
    await popOut.click();
    const popup = await opened;
    await popup.waitForLoadState('domcontentloaded');
    expect(popup.url()).toMatch(new RegExp(`^chrome-extension://${session.extensionId}/sidepanel\\.html\\?tab=\\d+$`));
    await closeAll(popup, following);

    const { page, panel } = await openProfileAndPanel();
    // The panel pinned to a tab is itself the popped-out form: no second pop-out from it.
    expect(await panel.getByRole('button', { name: 'Open in a new window' }).count()).toBe(0);

    const root = panel.locator('.pm-panel');
    const themeButton = panel.getByRole('button', { name: /^Theme: / });
    expect(await root.getAttribute('data-theme')).toBeNull();
    const background = () => root.evaluate((el) => getComputedStyle(el).backgroundColor);
    await themeButton.click();
    await expect.poll(() => root.getAttribute('data-theme')).toBe('light');
    const lightBackground = await background();
    await themeButton.click();
    await expect.poll(() => root.getAttribute('data-theme')).toBe('dark');
    expect(await background()).not.toBe(lightBackground);
    expect(await themeButton.getAttribute('aria-label')).toMatch(/^Theme: dark\./);
    // Remembered across a reload.
    await panel.reload();
    await expect.poll(() => panel.locator('.pm-panel').getAttribute('data-theme')).toBe('dark');
    await expect.poll(() => panel.getByRole('heading', { level: 2, name: MATCHED.name }).count()).toBe(1);

    const overflow = () => panel.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    for (const theme of ['dark', 'light'] as const) {
      await setTheme(panel, theme);
      expect(await panel.evaluate(() => window.innerWidth)).toBe(380);
      let { scroll, client } = await overflow();
      expect(scroll, `${theme} persona view`).toBeLessThanOrEqual(client);
      // With the match explanation open and search results shown too.
      await panel.locator('details.pm-why > summary').click();
      ({ scroll, client } = await overflow());
      expect(scroll, `${theme} persona view, match details open`).toBeLessThanOrEqual(client);
      await panel.locator('details.pm-why > summary').click();
      await panel.getByRole('combobox', { name: 'Search personas, objections and assets' }).fill('evidence');
      await expect.poll(() => panel.getByRole('option').count()).toBeGreaterThan(0);
      ({ scroll, client } = await overflow());
      expect(scroll, `${theme} search results`).toBeLessThanOrEqual(client);
      await panel.getByRole('combobox', { name: 'Search personas, objections and assets' }).fill('');
    }
    await setTheme(panel, 'system');
    await closeAll(panel, page);
  });

  it('saves README screenshots of the panel (light and dark, persona view and search)', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const { page, panel } = await openProfileAndPanel();
    const search = panel.getByRole('combobox', { name: 'Search personas, objections and assets' });
    for (const theme of ['light', 'dark'] as const) {
      await setTheme(panel, theme);
      await panel.evaluate(() => window.scrollTo(0, 0));
      await panel.screenshot({ path: join(SCREENSHOTS, `panel-persona-${theme}.png`) });
      await panel.screenshot({ path: join(SCREENSHOTS, `panel-persona-${theme}-full.png`), fullPage: true });
      await search.fill('auditor');
      await expect.poll(() => panel.getByRole('option').count()).toBeGreaterThan(0);
      await panel.screenshot({ path: join(SCREENSHOTS, `panel-search-${theme}.png`) });
      await search.fill('');
    }
    await setTheme(panel, 'system');
    await closeAll(panel, page);
  });
});

/** A separate browser profile: the correction must not leak into the other tests' panel. */
describe('Correcting a match in the built extension', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await ExtensionSession.launch();
    session.serve(FIXTURE.url, FIXTURE.file);
  });
  afterAll(() => session?.close());

  it('remembers a persona picked for the contact after "Wrong match", and exports it as CSV from the options page', async () => {
    const page = await session.context.newPage();
    await page.goto(FIXTURE.url);
    const tabId = await session.tabIdOf(page);
    await session.waitForBadge(tabId, /.+/);
    const contactKey = (await session.tabState(tabId))?.contacts[0]?.contact.key ?? null;
    expect(contactKey).toBeTruthy();

    let panel = await session.openPanel(tabId);
    await expect.poll(() => panel.getByRole('heading', { level: 2, name: MATCHED.name }).count()).toBe(1);

    // The match explanation holds the controls: "Wrong match", then a persona of the seller's choice.
    const why = panel.locator('details.pm-why');
    if (!(await why.evaluate((d) => (d as HTMLDetailsElement).open))) await why.locator('summary').click();
    // The engine's reasons, said by the panel's words (utils/reason-words.ts): the matched phrase first.
    expect(normalize(await why.getByRole('list', { name: 'Match reasons' }).locator(':scope > li').first().textContent())).toMatch(
      /^title phrase “.+” matched$/,
    );
    await why.getByRole('button', { name: 'Wrong match' }).click();
    await expect.poll(() => panel.getByRole('note').textContent()).toContain(`You marked ${MATCHED.name} as a wrong match.`);
    expect(await panel.getByRole('heading', { level: 2, name: MATCHED.name }).count()).toBe(0);

    const chosen = persona('compliance-champion');
    if (!(await why.evaluate((d) => (d as HTMLDetailsElement).open))) await why.locator('summary').click();
    await why.getByRole('combobox', { name: 'Persona for this contact' }).selectOption({ label: chosen.name });
    await why.getByRole('button', { name: 'Use persona' }).click();
    await expect.poll(() => panel.getByRole('heading', { level: 2, name: chosen.name }).count()).toBe(1);
    expect(normalize(await panel.getByRole('note').textContent())).toContain(`You picked ${chosen.name} for this contact; the rules said ${MATCHED.name}.`);

    // Remembered: a fresh panel (and a reload) shows the seller's pick, not the engine's.
    await panel.reload();
    await expect.poll(() => panel.getByRole('heading', { level: 2, name: chosen.name }).count()).toBe(1);
    expect(normalize(await panel.getByRole('note').textContent())).toContain(`You picked ${chosen.name}`);
    await panel.close();
    panel = await session.openPanel(tabId);
    await expect.poll(() => panel.getByRole('heading', { level: 2, name: chosen.name }).count()).toBe(1);
    expect(await panel.getByRole('heading', { level: 2, name: MATCHED.name }).count()).toBe(0);

    // The options page exports the correction.
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const exportButton = options.getByRole('button', { name: 'Export corrections (CSV)' });
    await exportButton.waitFor();
    const [download] = await Promise.all([options.waitForEvent('download'), exportButton.click()]);
    expect(download.suggestedFilename()).toBe('persona-map-corrections.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    const lines = csv.trimEnd().split(/\r?\n/);
    // Pseudonymous unless the seller opts in: the title and personas, not who the contact is.
    expect(lines[0]).toBe('title,matched_persona,chosen_persona,pack,wrong_match,corrected_at');
    expect(lines).toHaveLength(2);
    expect(csv).not.toContain(contactKey);
    const cells = parseCsvLine(lines[1]!);
    expect(cells.slice(0, 5)).toEqual([CONTACT.title, MATCHED.id, chosen.id, PACK.id, 'true']);
    expect(new Date(cells[5]!).toString()).not.toBe('Invalid Date');
    await expect.poll(() => options.getByRole('region', { name: 'Your data' }).getByRole('status').textContent()).toContain('1 row exported');
    await options.getByRole('checkbox', { name: /Include which contact each correction is about/ }).check();
    const [withContacts] = await Promise.all([options.waitForEvent('download'), exportButton.click()]);
    const opted = readFileSync(await withContacts.path(), 'utf8')
      .trimEnd()
      .split(/\r?\n/);
    expect(opted[0]).toBe('contact_key,title,matched_persona,chosen_persona,pack,wrong_match,corrected_at');
    expect(parseCsvLine(opted[1]!)[0]).toBe(contactKey);
    await options.close();
    await panel.close();
    await page.close();
  });
});

/** One RFC 4180 line (quoted cells with doubled quotes). */
function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') cells.push(cell), (cell = '');
    else cell += ch;
  }
  cells.push(cell);
  return cells;
}

/**
 * Whether an item's heading can be seen: inside the viewport and not under the sticky top bar or
 * stage selector (the element hit at the heading's left edge belongs to the item).
 */
function headingUncovered(item: Locator): Promise<boolean> {
  return item.evaluate((el) => {
    const heading = el.querySelector('h1, h2, h3, h4, h5, h6') ?? el;
    const r = heading.getBoundingClientRect();
    if (r.bottom <= 0 || r.top >= window.innerHeight) return false;
    const hit = document.elementFromPoint(r.left + 4, r.top + Math.min(r.height / 2, 8));
    return !!hit && el.contains(hit);
  });
}

/** Sets the panel's theme through its own toggle (system → light → dark → system). */
async function setTheme(panel: Page, theme: 'system' | 'light' | 'dark'): Promise<void> {
  const root = panel.locator('.pm-panel');
  for (let i = 0; i < 3; i++) {
    const current = (await root.getAttribute('data-theme')) ?? 'system';
    if (current === theme) return;
    await panel.getByRole('button', { name: /^Theme: / }).click();
  }
  expect((await root.getAttribute('data-theme')) ?? 'system').toBe(theme);
}

/**
 * axe-core in the panel page. A script tag is the documented way; an extension page's CSP
 * (script-src 'self') refuses inline scripts, so fall back to evaluating the source directly.
 */
async function injectAxe(panel: Page): Promise<void> {
  await panel.addScriptTag({ path: AXE_PATH }).catch(() => undefined);
  if (!(await panel.evaluate(() => 'axe' in window))) await panel.evaluate(readFileSync(AXE_PATH, 'utf8'));
  expect(await panel.evaluate(() => 'axe' in window)).toBe(true);
}

async function seriousViolations(panel: Page, label: string): Promise<string[]> {
  const violations = await panel.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            opts: object,
          ): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }> }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `[${label}] ${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.slice(0, 5).join('\n    ')}`);
}
