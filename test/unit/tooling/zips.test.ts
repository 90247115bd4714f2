/**
 * What an admin uploads or hosts: `npx wxt zip` (self-hosted, with the stable key) and
 * `npm run zip:store` (Chrome Web Store and Edge Add-ons, without a key). Each zip is built
 * here and opened as the store would: manifest, icons as files, and nothing that belongs to
 * tests or to the signing key.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { extensionIdFromManifestKey } from '../../../tooling/crx';
import { ICON_SIZES, pngSize, renderIcon } from '../../../tooling/icons';
import { MINIMUM_CHROME_VERSION, SELF_HOSTED_KEY, TEST_BUILD_KEY } from '../../../wxt.config';
import { loadMessages, localeNames } from '../../../tooling/locales';

const ROOT = join(import.meta.dirname, '../../..');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const VARIANTS = [
  { name: 'self-hosted', args: ['zip'], file: `persona-map-${version}-chrome-production.zip`, key: SELF_HOSTED_KEY },
  { name: 'Chrome Web Store', args: ['zip', '--mode', 'store'], file: `persona-map-${version}-chrome-store.zip`, key: undefined },
  { name: 'Edge Add-ons', args: ['zip', '--mode', 'store', '-b', 'edge'], file: `persona-map-${version}-edge-store.zip`, key: undefined },
] as const;

interface Manifest {
  key?: string;
  name?: string;
  description?: string;
  default_locale?: string;
  update_url?: string;
  minimum_chrome_version?: string;
  side_panel?: { default_path?: string };
  browser_specific_settings?: unknown;
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string>; default_title?: string };
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  web_accessible_resources?: unknown;
}

const zips = new Map<string, JSZip>();
beforeAll(async () => {
  for (const variant of VARIANTS) {
    execFileSync(join(ROOT, 'node_modules/.bin/wxt'), variant.args, { cwd: ROOT, stdio: 'pipe' });
    zips.set(variant.name, await JSZip.loadAsync(readFileSync(join(ROOT, '.output', variant.file))));
  }
}, 180_000);

describe.each(VARIANTS)('the $name zip', (variant) => {
  const zip = () => zips.get(variant.name)!;
  const manifest = async () => JSON.parse(await zip().file('manifest.json')!.async('string')) as Manifest;
  const names = () =>
    Object.values(zip().files)
      .filter((f) => !f.dir)
      .map((f) => f.name);
  const messagesOf = async (locale: string) =>
    JSON.parse(await zip().file(`_locales/${locale}/messages.json`)!.async('string')) as Record<string, { message: string } | undefined>;

  it('declares icons 16/32/48/128 for the extension and the toolbar, each a file of that size rendered from assets/icon.svg', async () => {
    const m = await manifest();
    const expected = Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icon/${size}.png`]));
    expect(m.icons).toEqual(expected);
    expect(m.action?.default_icon).toEqual(expected);
    // The tooltip comes from the UI language's messages, English by default.
    expect(m.action?.default_title).toBe('__MSG_actionTitle__');
    expect((await messagesOf('en')).actionTitle?.message).toBe('Persona Map — buyer persona for this page');
    for (const size of ICON_SIZES) {
      const png = await zip().file(`icon/${size}.png`)!.async('nodebuffer');
      expect(pngSize(png)).toEqual({ width: size, height: size });
      expect(png.equals(renderIcon(size))).toBe(true);
    }
  });

  it(variant.key ? 'carries the stable key: id pcljnccncfbckomfdbfjlailflofodfc' : 'carries no key (the store assigns the id and refuses one)', async () => {
    const m = await manifest();
    expect(m.key).toBe(variant.key);
    if (variant.key) expect(extensionIdFromManifestKey(m.key!)).toBe('pcljnccncfbckomfdbfjlailflofodfc');
  });

  it('asks for the production permissions only: no clipboardRead, no test host, no web-accessible resources', async () => {
    const m = await manifest();
    expect(m.permissions).toEqual(['storage', 'sidePanel', 'contextMenus', 'alarms', 'scripting']);
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toEqual(['https://*/*']);
    expect(m.web_accessible_resources).toBeUndefined();
    const text = JSON.stringify(m);
    expect(text).not.toContain('clipboardRead');
    expect(text).not.toContain('pipedrive');
    expect(text).not.toContain(TEST_BUILD_KEY);
  });

  it('is localised: name and description from _locales, a messages file for every locale in locales/, as they read', async () => {
    const m = await manifest();
    expect(m.default_locale).toBe('en');
    expect(m.name).toBe('__MSG_extName__');
    expect(m.description).toBe('__MSG_extDescription__');
    const shipped = names()
      .filter((n) => /^_locales\/[^/]+\/messages\.json$/.test(n))
      .map((n) => n.split('/')[1]!)
      .sort();
    expect(shipped).toEqual(localeNames());
    expect(shipped).toEqual(expect.arrayContaining(['de', 'en', 'es', 'fr']));
    for (const locale of shipped) {
      const expected = await loadMessages(locale);
      expect(await messagesOf(locale), locale).toEqual(JSON.parse(JSON.stringify(expected)));
    }
  });

  it(`runs only where sidePanel.open exists: Chromium and Edge ${MINIMUM_CHROME_VERSION} or later`, async () => {
    const m = await manifest();
    expect(m.minimum_chrome_version).toBe(MINIMUM_CHROME_VERSION);
    expect(m.side_panel?.default_path).toBe('sidepanel.html');
    expect(m.browser_specific_settings).toBeUndefined();
  });

  if (!variant.key)
    it('leaves updates to the store: no update_url (Edge Add-ons and the Chrome Web Store serve their own)', async () => {
      expect((await manifest()).update_url).toBeUndefined();
    });

  it('holds no source maps, no keys and no test files', async () => {
    const files = names();
    expect(files).toContain('background.js');
    expect(files.filter((name) => /\.map$|\.pem$|\.key$|\.crx$|\.zip$|(^|\/)test\//.test(name))).toEqual([]);
    for (const name of files.filter((n) => /\.(js|html|json|css)$/.test(n))) {
      const text = await zip().file(name)!.async('string');
      // Only the match is printed on failure, not a whole minified bundle.
      expect(text.match(/sourceMappingURL=|-----BEGIN [A-Z ]*PRIVATE KEY-----/)?.[0] ?? null, name).toBeNull();
      expect(text.includes(TEST_BUILD_KEY), name).toBe(false);
    }
  });
});
