/**
 * `npm run demo`: the built extension with the bundled demo pack, on bundled sample pages.
 * With a display, Chromium opens for you to click around (close it to finish). Without one,
 * it runs headless and saves screenshots of each page and its side panel.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withBrowser } from './find-browser';
import { ExtensionSession, FIXTURES, PRODUCTION_BUILD_DIR, ROOT } from './harness';

interface FixtureEntry {
  file: string;
  url: string;
  expected: unknown[];
}

const SHOWN = ['linkedin-profile-2025.html', 'linkedin-profile-2026.html', 'linkedin-search-2026.html', 'salesforce-contact.html', 'hubspot-contact.html'];

const fixtures = (JSON.parse(readFileSync(join(FIXTURES, 'index.json'), 'utf8')) as FixtureEntry[]).filter((f) => SHOWN.includes(f.file));
const headed = !!process.env.DISPLAY && !process.env.CI;
const session = await withBrowser((browser) => ExtensionSession.launch({ headless: !headed, extensionDir: PRODUCTION_BUILD_DIR, browser }));
for (const fixture of fixtures) session.serve(fixture.url, fixture.file);

if (headed) {
  for (const fixture of fixtures) await (await session.context.newPage()).goto(fixture.url);
  console.log(`Chromium is open on ${fixtures.length} sample pages with the demo pack. Click the Persona Map icon; close the browser to finish.`);
  await new Promise((resolve) => session.context.on('close', resolve));
} else {
  const outDir = join(ROOT, '.output/demo');
  mkdirSync(outDir, { recursive: true });
  for (const fixture of fixtures) {
    const page = await session.context.newPage();
    await page.goto(fixture.url);
    const tabId = await session.tabIdOf(page);
    const badge = await session.waitForBadge(tabId, /.+/).catch(() => '(none)');
    const name = fixture.file.replace(/\.html$/, '');
    await page.screenshot({ path: join(outDir, `${name}.png`) });
    const panel = await session.openPanel(tabId);
    await panel.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 10_000 }).catch(() => undefined);
    await panel.screenshot({ path: join(outDir, `${name}-panel.png`), fullPage: true });
    console.log(`${fixture.url}\n  badge "${badge}"\n  page:  ${join(outDir, `${name}.png`)}\n  panel: ${join(outDir, `${name}-panel.png`)}`);
    await panel.close();
    await page.close();
  }
  await session.close();
}
