/**
 * The bundled demo pack under policy: when IT names pack URLs, the demo's fictitious personas go
 * off at once, even while the org pack cannot be fetched yet (here: nothing listens on its port),
 * so no seller sees demo personas on real prospects. Real policy file, real Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtensionSession } from './harness';
import { ManagedPolicy } from './managed-policy';

const PROFILE = { url: 'https://www.linkedin.com/in/priya-raman/', fixture: 'linkedin-profile-2025.html' };
const UNREACHABLE_PACK = 'https://127.0.0.1:9/org.json';

describe('the demo pack when policy names pack URLs', () => {
  let session: ExtensionSession;
  const policy = new ManagedPolicy('demo-off');

  beforeAll(async () => {
    policy.writeForExtension({ packUrls: [UNREACHABLE_PACK] });
    session = await ExtensionSession.launch();
    session.serve(PROFILE.url, PROFILE.fixture);
  });

  afterAll(async () => {
    policy.remove();
    await session?.close();
  });

  it('turns the demo pack off before the org pack has arrived, and the badge shows no demo persona', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const demoRow = options.getByRole('list', { name: 'Installed packs' }).getByRole('listitem', { name: /Northwind Shield/ });
    await expect.poll(() => demoRow.count(), { timeout: 30_000 }).toBe(1);
    // The first scheduled sync runs a few seconds after start; it fails, and the demo is off anyway.
    const demoOn = async () => {
      await options.reload();
      return demoRow.getByRole('checkbox', { name: 'On' }).isChecked();
    };
    await expect.poll(demoOn, { timeout: 60_000, interval: 2000 }).toBe(false);
    // The status line shows what the page read when it loaded: the sync may land after the last reload.
    const syncStatus = async () => {
      await options.reload();
      return options.getByRole('listitem', { name: UNREACHABLE_PACK }).getByTestId('sync-status').textContent();
    };
    await expect.poll(syncStatus, { timeout: 60_000, interval: 2000 }).toMatch(/failed|could not reach/);

    const page = await session.context.newPage();
    await page.goto(PROFILE.url);
    const tabId = await session.tabIdOf(page);
    expect(await session.waitForBadge(tabId, '?')).toBe('?');
    await page.close();
    await options.close();
  });
});
