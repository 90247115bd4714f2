/**
 * The build users install (`wxt build`, .output/chrome-mv3), not the test build every other e2e
 * file drives. What `--mode test` adds (wxt.config.ts TEST_BUILD_MANIFEST: its own key, a granted
 * Pipedrive host and clipboardRead) must not be what makes the seller's path work: a LinkedIn
 * profile gets its badge, and the side panel shows the persona, in the production build too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionIdFromManifestKey } from '../../tooling/crx';
import { SELF_HOSTED_KEY } from '../../wxt.config';
import { ExtensionSession, PRODUCTION_BUILD_DIR } from './harness';

const PROFILE = { url: 'https://www.linkedin.com/in/priya-raman/', fixture: 'linkedin-profile-2025.html' };

describe('the production build (wxt build)', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await ExtensionSession.launch({ extensionDir: PRODUCTION_BUILD_DIR });
    session.serve(PROFILE.url, PROFILE.fixture);
  });
  afterAll(() => session?.close());

  it('is the production build: the self-hosted id, none of the test build’s extra grants', async () => {
    expect(session.extensionId).toBe(extensionIdFromManifestKey(SELF_HOSTED_KEY));
    const manifest = await session.currentWorker().evaluate(() => chrome.runtime.getManifest());
    const built = JSON.parse(readFileSync(join(PRODUCTION_BUILD_DIR, 'manifest.json'), 'utf8')) as { key?: string };
    expect(built.key).toBe(SELF_HOSTED_KEY);
    expect(manifest.permissions ?? []).not.toContain('clipboardRead');
    expect(manifest.host_permissions ?? []).not.toContain('https://*.pipedrive.com/*');
  });

  it('badges a LinkedIn profile and shows its persona in the side panel', async () => {
    const page = await session.context.newPage();
    await page.goto(PROFILE.url);
    const tabId = await session.tabIdOf(page);
    await session.waitForBadge(tabId, 'SG');

    const panel = await session.openPanel(tabId);
    await expect.poll(() => panel.getByRole('heading', { level: 1 }).textContent()).toContain('Priya Raman');
    await expect.poll(() => panel.getByRole('heading', { level: 2, name: 'Security Gatekeeper' }).count()).toBe(1);
  });
});
