/**
 * `npm run demo`: the built extension with the bundled demo pack on bundled sample pages. For
 * each page it saves one picture of the page with the side panel beside it, as the seller sees
 * them, and prints where. With a display (and not in CI) the browser then stays open on the
 * sample pages for clicking around; close it to finish. `npm run demo -- --update-docs` also
 * refreshes the README's picture, docs/demo-linkedin-profile.png.
 *
 * `npm run demo -- --pack <pack>` previews an admin's pack before it is published: the pack (any
 * authoring form the CLI reads, path from where npm was run) is checked like `persona-map
 * validate`, imported through the options page as a seller would, and shown on the sample pages
 * and on one sample LinkedIn profile per persona whose headline is that persona's first title.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { formatBuildProblem } from '../../lib/pack/build';
import type { Pack } from '../../lib/pack/schema';
import { buildPackFrom } from '../../cli/load-pack';
import { withBrowser } from './find-browser';
import { ExtensionSession, FIXTURES, PRODUCTION_BUILD_DIR, ROOT } from './harness';
import { activeVersions } from './pack-host';

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

/** The pack to preview (`--pack <file>`), checked and compiled as the CLI does; exits on problems. */
async function packToPreview(): Promise<Pack | undefined> {
  const at = process.argv.indexOf('--pack');
  if (at < 0) return undefined;
  const file = process.argv[at + 1];
  if (!file) {
    console.error('npm run demo -- --pack <pack.json|pack.yaml|pack.xlsx|csv-folder>: say which pack to preview');
    process.exit(2);
  }
  // npm runs the script in the package's folder; the path is meant from where the admin typed it.
  const cwd = process.env.npm_lifecycle_event === 'demo' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();
  const result = await buildPackFrom(file, { cwd, stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
  if (!result.ok) {
    for (const problem of result.problems) console.error(formatBuildProblem(problem));
    console.error(`${file}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}; nothing to preview`);
    process.exit(1);
  }
  return result.pack;
}

/** Imports the pack on the options page, as a seller would with a file, and waits until it is in use. */
async function importPack(session: ExtensionSession, pack: Pack): Promise<void> {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.locator('#import-pack').setInputFiles([{ name: `${pack.id}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) }]);
  const install = options.getByRole('button', { name: /^Install / });
  await install
    .or(options.getByText(/cannot be installed/))
    .first()
    .waitFor({ timeout: 15_000 });
  if ((await install.count()) === 0)
    throw new Error(
      `The extension refused the pack: ${await options
        .getByText(/cannot be installed/)
        .first()
        .textContent()}`,
    );
  await install.click();
  const deadline = Date.now() + 15_000;
  while ((await activeVersions(options))[pack.id] !== pack.version) {
    if (Date.now() > deadline) throw new Error(`${pack.id}@${pack.version} was not installed within 15 s`);
    await options.waitForTimeout(100);
  }
  await options.close();
}

const PROFILE = 'linkedin-profile-2026.html';
const PROFILE_HEADLINE = 'Chief Information Security Officer | Cloud &amp; OT Security | CISSP';
const PROFILE_SLUG = 'jérôme-martin-4c7d';

/**
 * One sample profile per persona (negative ones included: the admin should see "not a fit"
 * too), the saved LinkedIn page with the persona's first title as headline. Personas matched
 * only by keywords or functions get their name as headline.
 */
function personaPages(pack: Pack): { url: string; html: string; persona: Pack['personas'][number]; headline: string }[] {
  const template = readFileSync(join(FIXTURES, PROFILE), 'utf8');
  const escapeHtml = (text: string) => text.replace(/["\\]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return pack.personas.map((persona) => {
    const headline = persona.match.titles?.[0] ?? persona.name;
    const slug = `preview-${persona.id}`;
    return {
      url: `https://www.linkedin.com/in/${slug}/`,
      html: template.replaceAll(PROFILE_HEADLINE, escapeHtml(headline)).replaceAll(PROFILE_SLUG, slug),
      persona,
      headline,
    };
  });
}

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

async function picture(session: ExtensionSession, url: string, name: string): Promise<{ path: string; badge: string; heading: string; persona: string }> {
  const page = await session.context.newPage();
  await page.setViewportSize(PAGE_SIZE);
  await page.goto(url);
  const tabId = await session.tabIdOf(page);
  // The page was read once a badge shows; a list read in slices may still be counting up, so the
  // badge printed is the one read after the panel showed the page (what the picture shows).
  await session.waitForBadge(tabId, /.+/).catch(() => '');
  const panel: Page = await session.openPanel(tabId);
  await panel.setViewportSize({ width: PANEL_WIDTH, height: PAGE_SIZE.height });
  const heading = panel.getByRole('heading', { level: 1 }).first();
  await heading.waitFor({ timeout: 15_000 });
  const path = join(DEMO_DIR, `${name}.png`);
  await sideBySide(session, await page.screenshot(), await panel.screenshot(), path);
  // The persona shown first (level 2), with its pack's name beside it.
  const personaHeading = panel.getByRole('heading', { level: 2 }).first();
  const persona = (await personaHeading.count()) ? ((await personaHeading.textContent())?.trim() ?? '') : '';
  const badge = await session.badgeText(tabId);
  const result = { path, badge, heading: (await heading.textContent())?.trim() ?? '', persona };
  await panel.close();
  await page.close();
  return result;
}

const preview = await packToPreview();

await withBrowser(async (browser) => {
  const session = await ExtensionSession.launch({ headless: !headed, extensionDir: PRODUCTION_BUILD_DIR, browser });
  for (const fixture of fixtures) session.serve(fixture.url, fixture.file);
  const previews = preview ? personaPages(preview) : [];
  for (const page of previews) session.pages.set(page.url, page.html);
  // Pictures of an earlier run (another pack's personas) would sit next to this run's.
  rmSync(DEMO_DIR, { recursive: true, force: true });
  mkdirSync(DEMO_DIR, { recursive: true });
  if (preview) await importPack(session, preview);
  const packLabel = preview ? `the pack ${preview.id}@${preview.version} ("${preview.name}")` : 'the bundled demo pack';
  console.log(`Persona Map demo: the built extension in ${browser.name}, with ${packLabel}, on ${fixtures.length + previews.length} sample pages.\n`);
  const shots: string[] = [];
  for (const fixture of fixtures) {
    const shot = await picture(session, fixture.url, SHOWN[fixture.file]!);
    shots.push(shot.path);
    console.log(
      `${new URL(fixture.url).host.padEnd(26)} badge ${(shot.badge || '–').padEnd(3)} panel: ${shot.heading}\n  ${relative(process.cwd(), shot.path)}`,
    );
  }
  for (const page of previews) {
    const shot = await picture(session, page.url, `persona-${page.persona.id}`);
    console.log(
      `persona ${page.persona.id.padEnd(18)} badge ${(shot.badge || '–').padEnd(3)} headline "${page.headline}" → panel: ${shot.persona || shot.heading}\n  ${relative(process.cwd(), shot.path)}`,
    );
  }
  if (process.argv.includes('--update-docs') && !preview) {
    copyFileSync(shots[0]!, README_PICTURE);
    console.log(`\nUpdated ${relative(process.cwd(), README_PICTURE)}`);
  }
  console.log(
    `\nThe pictures show each page with the side panel beside it. To try the extension in your own Chrome or Edge: open chrome://extensions (edge://extensions), turn on Developer mode, click Load unpacked and pick ${PRODUCTION_BUILD_DIR}.`,
  );

  if (headed) {
    for (const url of [...fixtures.map((f) => f.url), ...previews.map((p) => p.url)]) await (await session.context.newPage()).goto(url);
    console.log(`\n${browser.name} is open on the sample pages: click the Persona Map icon for the side panel; close the browser to finish.`);
    await new Promise((resolve) => session.context.on('close', resolve));
  } else {
    await session.close();
  }
});
