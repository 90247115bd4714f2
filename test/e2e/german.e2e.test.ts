/**
 * The built extension in a browser set to German: Chromium on Linux takes its UI language from
 * LANGUAGE (and `--lang`), and the extension's messages follow it (locales/de.yml → _locales/de).
 * The panel, the options page and the toolbar tooltip speak German; pack content stays exactly as
 * the admin wrote it (the demo pack is English); dates are written the German way. Saves the
 * German screenshots for the README (docs/testing.md: screenshots).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtensionSession, FIXTURES, ROOT } from './harness';

interface FixtureEntry {
  file: string;
  url: string;
  expected: Array<{ name: string; title: string; company: string }>;
}
interface DemoPack {
  name: string;
  personas: Array<{ id: string; name: string; objections?: Array<{ text: string }>; messages?: Array<{ text: string }> }>;
}

const PACK = JSON.parse(readFileSync(join(ROOT, 'lib/pack/demo-pack.json'), 'utf8')) as DemoPack;
const FIXTURE_FILE = 'linkedin-profile-2025.html';
const FIXTURE = (JSON.parse(readFileSync(join(FIXTURES, 'index.json'), 'utf8')) as FixtureEntry[]).find((f) => f.file === FIXTURE_FILE)!;
const CONTACT = FIXTURE.expected[0]!;
const MATCHED = PACK.personas.find((p) => p.id === 'security-gatekeeper')!;
const SCREENSHOTS = join(ROOT, '.output/screenshots');

describe('The extension in a German browser', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await ExtensionSession.launch({ extraArgs: ['--lang=de'], env: { LANGUAGE: 'de', LANG: 'de_DE.UTF-8' } });
    session.serve(FIXTURE.url, FIXTURE.file);
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(() => session?.close());

  async function openProfileAndPanel(): Promise<{ page: Page; panel: Page; tabId: number }> {
    const page = await session.context.newPage();
    await page.goto(FIXTURE.url);
    const tabId = await session.tabIdOf(page);
    await session.waitForBadge(tabId, /.+/);
    const panel = await session.openPanel(tabId);
    await expect.poll(() => panel.getByRole('heading', { level: 2, name: MATCHED.name }).count()).toBe(1);
    return { page, panel, tabId };
  }

  it('runs with German as the UI language', async () => {
    const language = await session.currentWorker().evaluate(() => chrome.i18n.getUILanguage());
    // Chromium falls back to en-US when it has no German UI (Debian: the chromium-l10n package).
    expect(language, 'the browser has no German UI: on Debian, apt-get install chromium-l10n (.ci/run does)').toMatch(/^de\b/);
  });

  it('shows the panel in German, with the pack content as the admin wrote it, and saves a screenshot', async () => {
    const { page, panel, tabId } = await openProfileAndPanel();
    expect(await panel.evaluate(() => document.documentElement.lang)).toMatch(/^de\b/);
    await panel.getByRole('navigation', { name: 'Seitenleiste' }).waitFor();
    expect(await panel.getByRole('button', { name: 'Diese Seite' }).count()).toBe(1);
    expect(await panel.getByRole('button', { name: 'Verlauf' }).count()).toBe(1);
    expect(await panel.getByRole('combobox', { name: 'Personas, Einwände und Nachweise durchsuchen' }).getAttribute('placeholder')).toBe('Suchen (Taste /)');
    expect(await panel.getByRole('group', { name: 'Einstieg' }).count()).toBe(1);
    expect(await panel.getByRole('list', { name: 'Häufigste Einwände' }).count()).toBe(1);
    expect(await panel.getByRole('region', { name: 'Einwände' }).count()).toBe(1);
    expect(await panel.getByText('Warum diese Persona', { exact: false }).count()).toBeGreaterThan(0);
    // The engine's reasons in German (utils/reason-words.ts); the pack's phrases stay as written.
    await panel.locator('details.pm-why > summary').click();
    const reasons = panel.getByRole('list', { name: 'Gründe für die Zuordnung' });
    await reasons.waitFor();
    expect((await reasons.locator(':scope > li').allTextContents()).map(normalize)).toEqual([
      'Titelphrase „vp security“ passt',
      'Funktion Sicherheit (aus „security engineering“)',
      'Ebene Vizepräsident, innerhalb von Management bis Inhaber',
    ]);
    await panel.locator('details.pm-why > summary').click(); // Closed again: the screenshot shows the first screen.
    // The pack's words are not translated: the persona's name, its objections and its lead message.
    const topObjections = await panel.getByRole('list', { name: 'Häufigste Einwände' }).locator(':scope > li').allTextContents();
    expect(topObjections.join('\n')).toContain(MATCHED.objections![0]!.text);
    expect(await panel.getByRole('group', { name: 'Einstieg' }).textContent()).toContain(MATCHED.messages![0]!.text);
    // The toolbar tooltip too.
    const title = await session.currentWorker().evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
    expect(title).toBe(`Persona Map: ${CONTACT.name} ist ${MATCHED.name}`);
    expect(await session.currentWorker().evaluate(() => chrome.action.getTitle({}))).toBe('Persona Map – Buyer Persona für diese Seite');

    await panel.evaluate(() => window.scrollTo(0, 0));
    await panel.screenshot({ path: join(SCREENSHOTS, 'panel-persona-de.png') });
    await panel.close();
    await page.close();
  });

  it('shows the options page in German, with dates written the German way, and saves a screenshot', async () => {
    const options = await session.context.newPage();
    await options.setViewportSize({ width: 900, height: 900 });
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByRole('heading', { level: 1, name: 'Persona Map – Einstellungen' }).waitFor();
    expect(await options.title()).toBe('Persona Map – Einstellungen');
    await options.getByRole('list', { name: 'Installierte Pakete' }).waitFor();
    for (const heading of ['Persona-Pakete', 'Auf Webseiten', 'Weitere CRMs', 'Ihre Daten'])
      expect(await options.getByRole('heading', { level: 2, name: heading }).count(), heading).toBe(1);
    expect(await options.getByRole('button', { name: 'Korrekturen exportieren (CSV)' }).count()).toBe(1);
    // The bundled demo pack's row: its name as written, "installiert" with a German date (31.12.2026, 14:05:09).
    const row = normalize(await options.getByRole('list', { name: 'Installierte Pakete' }).locator(':scope > li').first().textContent());
    expect(row).toContain(PACK.name);
    expect(row).toMatch(/installiert \d{1,2}\.\d{1,2}\.\d{4}, \d{1,2}:\d{2}:\d{2}/);
    // What the background answers (lib/background/pack-changes.ts) is German too.
    await options.getByLabel('Nach neuen Paketversionen suchen alle').fill('90');
    await options.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect.poll(() => options.getByRole('status').allTextContents()).toContain('Synchronisierungsintervall: alle 90 Minuten');
    await options.screenshot({ path: join(SCREENSHOTS, 'options-de.png') });
    await options.close();
  });
});

const normalize = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
