import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { join } from 'node:path';
import { MANAGED_STORAGE_SCHEMA } from './lib/policy/managed';
import { MANIFEST_ICONS, writeIcons } from './tooling/icons';
import { prebuiltLexiconJson, workerLexiconVitePlugin } from './tooling/worker-lexicon';
import { PREBUILT_LEXICON_FILE } from './lib/background/worker-lexicon';

/**
 * Test builds carry a fixed public key, so the unpacked extension always gets the id
 * gejdfgjklnfcogpjndokafcglocfeeio: end-to-end tests address chrome-extension://<id>/ and write
 * enterprise policy for it (docs/testing.md). The private half was thrown away.
 */
export const TEST_BUILD_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAod7oZXNgMAqXH+P11Om0tDHZOkWPPCs88Fy88DFIFd3daRXMkw5HyNLSURGJ66/hXe+JR6I/rQz530TGVDv9rLDz+B5dlM9Uww0S81tBUzLtGDDlA3DdKbsA32OhUugp46aQR9dWYQZ09Zm/U1vtOAQo3G/7If+n0cLGR47z6T07PDeKT3By26dg81zz0J8rJUxkhxLfQ75DUe4tKbvM2iwFPWUbKY51FitkuWFflm4JwSeqDzDD5dyAl3GkN0WqmhdkdzvcKUEybfHCcSu2YX8yap8WhH41LvL5rePzWyjxRQegNmUeUl1xN71fCzZH+Th7DP86O67eUUAqkK8JKwIDAQAB';

/**
 * The self-hosted production build (`npm run build`, `npx wxt zip`) carries this public key, so
 * it installs as pcljnccncfbckomfdbfjlailflofodfc wherever it is loaded or force-installed; the
 * admin docs and policy examples name that id (docs/admin/self-hosting.md says how it derives
 * from the key). The private half signs the release CRX and is never in the repository.
 * Store builds (`--mode store`) leave it out: the Chrome Web Store refuses a manifest `key`
 * and each store assigns its own id.
 */
export const SELF_HOSTED_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAnE2T+QrT7z9eodyZPoLbWEzb9q3bO5KdYBQvtw2JhQXwCDQW7GsmHm0hVTi+XTYXtIo3odTK7VpSdR35Ujkx6fdfeSFGWk92S+3L69cR3sR8Ot1PFs/ee12rKrzC5DYWDe45dip5TcOhFcGn2KOuO4hjEvx7/JvbyktKEcS+CcCAKJnOmVul+saHd3voA5qIkE1EYhnpG4yaqbTaLc547p9Z8CIorfS/ia3ITBpUl8qOdRCoZOnn37KGvgrN+PpeF8B4jkU5qCG3DGnB8cvJLtmDVrMS3EEiqguE8+UHhPmW43YQwSbl85UtYVKZkJOyTqgLRNKTSWJc9Jo7WoA2nQIDAQAB';

/**
 * Test builds only. Headless Chromium cannot click a permission prompt, so the test build is
 * installed with the demo pack's custom CRM host already granted; and it may read the
 * clipboard back, which is how the copy-a-proof-line test checks what was copied.
 */
const TEST_BUILD_MANIFEST = {
  key: TEST_BUILD_KEY,
  host_permissions: ['https://*.pipedrive.com/*'],
  permissions: ['storage', 'sidePanel', 'contextMenus', 'alarms', 'scripting', 'clipboardRead'],
};

/**
 * Firefox: the add-on id that policies and the update service know it by, and the declaration
 * AMO asks for that the add-on collects nothing. The panel is Firefox's sidebar (WXT turns the
 * sidepanel entrypoint into `sidebar_action`), so there is no `sidePanel` permission.
 */
/** The oldest Chromium (and Edge) the build runs in: see `minimum_chrome_version` below. */
export const MINIMUM_CHROME_VERSION = '116';

export const GECKO_ID = 'persona-map@persona-map.app';
const FIREFOX_MANIFEST = {
  browser_specific_settings: {
    gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
    // data_collection_permissions arrived in Firefox for Android 142.
    gecko_android: { strict_min_version: '142.0' },
  },
};

/**
 * Zod keeps two uses of the Function constructor (an eval probe and its JIT compiler) even when
 * `jitless` is set, and store linters flag them (Firefox's DANGEROUS_EVAL). With `jitless` both
 * are unreachable (lib/pack/schema.ts sets it), so the build swaps the constructor for one that
 * throws, which zod's probe already treats as "no eval here". test/unit/tooling/web-ext-lint
 * fails if either site changes shape in a zod update and the swap stops matching.
 */
function zodWithoutEval(): Plugin {
  return {
    name: 'zod-without-eval',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]zod[\\/]v4[\\/]core[\\/](util|doc)\.js$/.test(id)) return null;
      const swapped = code.replace(/const F = Function;/g, 'const F = function noEval() { throw new EvalError("no eval"); };');
      if (swapped === code) this.error(`zod-without-eval: no Function constructor found in ${id}; zod changed, revisit the swap`);
      return { code: swapped, map: null };
    },
  };
}

export default defineConfig({
  // `PM_SOURCEMAP=1 npx wxt build` adds source maps, to see which modules make up each script.
  vite: () => ({ plugins: [zodWithoutEval()], build: process.env.PM_SOURCEMAP ? { sourcemap: true } : {} }),
  // UI text lives in locales/*.yml; the module writes _locales/<lang>/messages.json and types i18n.t.
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  // Firefox gets Manifest V3 too: the same background, permissions and optional host permissions.
  manifestVersion: 3,
  manifest: ({ mode, browser }) => ({
    // The browser picks the UI language's messages (locales/*.yml); English when it has none.
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // The fewest permissions: no tabs, no host permissions beyond the content scripts' matches.
    permissions: ['storage', ...(browser === 'firefox' ? [] : ['sidePanel']), 'contextMenus', 'alarms', 'scripting'],
    // Admin-defined CRMs (a pack's `sites`) are asked for one host at a time, at runtime.
    optional_host_permissions: ['https://*/*'],
    storage: { managed_schema: 'managed-schema.json' },
    icons: MANIFEST_ICONS,
    action: { default_title: '__MSG_actionTitle__', default_icon: MANIFEST_ICONS },
    commands: {
      'search-personas': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_commandSearch__',
      },
    },
    // Chromium and Edge (whose versions follow Chromium's): sidePanel.open, which the context
    // menu and the search shortcut call, arrived in 116. An older browser refuses the install
    // instead of running a toolbar button that opens nothing.
    ...(browser === 'firefox' ? FIREFOX_MANIFEST : { minimum_chrome_version: MINIMUM_CHROME_VERSION }),
    ...(mode === 'production' && browser !== 'firefox' ? { key: SELF_HOSTED_KEY } : {}),
    ...(mode === 'test' && browser !== 'firefox' ? TEST_BUILD_MANIFEST : {}),
  }),
  // persona-map-0.1.0-chrome-production.zip (self-hosted, stable id) and …-store.zip (no key).
  zip: { artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{mode}}.zip' },
  hooks: {
    // Chromium reads the enterprise policy schema from this file (manifest storage.managed_schema):
    // lib/policy/managed-schema.json, generated from the zod schema in lib/policy/managed-schema.ts.
    'build:publicAssets': (wxt, files) => {
      files.push({ relativeDest: 'managed-schema.json', contents: JSON.stringify(MANAGED_STORAGE_SCHEMA, null, 2) });
      // Icons are rendered from assets/icon.svg on every build (tooling/icons.ts).
      files.push(...writeIcons(join(wxt.config.wxtDir, 'icons')));
      // The lexicon the worker reads instead of building it at its first match, made from the
      // tables as they are now (tooling/worker-lexicon.ts).
      files.push({ relativeDest: PREBUILT_LEXICON_FILE, contents: prebuiltLexiconJson() });
    },
    // The worker's build bundles no lexicon tables: it reads lexicon.json (lib/background/worker-lexicon.ts).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((entrypoint) => entrypoint.type === 'background')) config.plugins = [...(config.plugins ?? []), workerLexiconVitePlugin()];
    },
  },
});
