/**
 * `npm run demo`: the built extension with the bundled demo pack on bundled sample pages. For
 * each page it saves one picture of the page with the side panel beside it, as the seller sees
 * them, and prints where. With a display (and not in CI) the browser then stays open on the
 * sample pages for clicking around; close it to finish. `npm run demo -- --update-docs` also
 * refreshes the README's picture, docs/demo-linkedin-profile.png.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { withBrowser } from './find-browser';
import { ExtensionSession, FIXTURES, PRODUCTION_BUILD_DIR, ROOT } from './harness';

interface FixtureEntry {
  file: string;
  url: string;
}

/** Sample page → picture name. The first one is the README's picture. */
const SHOWN: Record<string, string> = {
  'linkedin-profile-2026.html': 'linkedin-profile',
  'linkedin-search-2026.html': 'linkedin-people-search',
  'salesforce-contact.html': 'salesforce-contact',
  'hubspot-contact.html': 'hubspot-contact',
};
export const DEMO_DIR = join(ROOT, '.output/demo');
const README_PICTURE = join(ROOT, 'docs/demo-linkedin-profile.png');
const PAGE_SIZE = { width: 1200, height: 820 };
const PANEL_WIDTH = 400;

const fixtures = (JSON.parse(readFileSync(join(FIXTURES, 'index.json'), 'utf8')) as FixtureEntry[]).filter((f) => f.file in SHOWN);
const headed = !process.env.CI && (process.platform !== 'linux' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY);

/** The page and the panel side by side in one PNG, drawn by the browser itself (no image library). */
async function sideBySide(session: ExtensionSession, pageShot: Buffer, panelShot: Buffer, path: string): Promise<void> {
  const canvas = await session.context.newPage();
  await canvas.setViewportSize({ width: PAGE_SIZE.width + 1 + PANEL_WIDTH, height: PAGE_SIZE.height });
  const src = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  await canvas.setContent(
    `<body style="margin:0;display:flex;background:#c8ccd2"><img src="${src(pageShot)}" style="display:block"><img src="${src(panelShot)}" style="display:block;margin-left:1px"></body>`,
  );
  await canvas.evaluate(() => Promise.all([...document.images].map((img) => img.decode())));
  await canvas.screenshot({ path });
  await canvas.close();
}

async function picture(session: ExtensionSession, fixture: FixtureEntry): Promise<{ path: string; badge: string; heading: string }> {
  const page = await session.context.newPage();
  await page.setViewportSize(PAGE_SIZE);
  await page.goto(fixture.url);
  const tabId = await session.tabIdOf(page);
  const badge = await session.waitForBadge(tabId, /.+/).catch(() => '');
  const panel: Page = await session.openPanel(tabId);
  await panel.setViewportSize({ width: PANEL_WIDTH, height: PAGE_SIZE.height });
  const heading = panel.getByRole('heading', { level: 1 }).first();
  await heading.waitFor({ timeout: 15_000 });
  const path = join(DEMO_DIR, `${SHOWN[fixture.file]}.png`);
  await sideBySide(session, await page.screenshot(), await panel.screenshot(), path);
  const result = { path, badge, heading: (await heading.textContent())?.trim() ?? '' };
  await panel.close();
  await page.close();
  return result;
}

await withBrowser(async (browser) => {
  const session = await ExtensionSession.launch({ headless: !headed, extensionDir: PRODUCTION_BUILD_DIR, browser });
  for (const fixture of fixtures) session.serve(fixture.url, fixture.file);
  mkdirSync(DEMO_DIR, { recursive: true });
  console.log(`Persona Map demo: the built extension in ${browser.name}, with the bundled demo pack, on ${fixtures.length} sample pages.\n`);
  const shots: string[] = [];
  for (const fixture of fixtures) {
    const shot = await picture(session, fixture);
    shots.push(shot.path);
    console.log(`${new URL(fixture.url).host.padEnd(26)} badge ${(shot.badge || '–').padEnd(3)} panel: ${shot.heading}\n  ${relative(process.cwd(), shot.path)}`);
  }
  if (process.argv.includes('--update-docs')) {
    copyFileSync(shots[0]!, README_PICTURE);
    console.log(`\nUpdated ${relative(process.cwd(), README_PICTURE)}`);
  }
  console.log(
    `\nThe pictures show each page with the side panel beside it. To try the extension in your own Chrome or Edge: open chrome://extensions (edge://extensions), turn on Developer mode, click Load unpacked and pick ${PRODUCTION_BUILD_DIR}.`,
  );

  if (headed) {
    for (const fixture of fixtures) await (await session.context.newPage()).goto(fixture.url);
    console.log(`\n${browser.name} is open on the sample pages: click the Persona Map icon for the side panel; close the browser to finish.`);
    await new Promise((resolve) => session.context.on('close', resolve));
  } else {
    await session.close();
  }
});
