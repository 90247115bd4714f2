/**
 * The trust promises a seller's own settings make, on the built extension: once a key is
 * trusted, no unsigned pack stays in use, whether installed before the key (defect 1) or kept
 * as a rollback target (defect 2); and the options page's status line says what happened
 * (defect 4), naming CORS when a host leaves its headers out. No enterprise policy here:
 * the seller trusts the key on the options page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPair } from '../../lib/pack/sign';
import { ExtensionSession } from './harness';
import { activeVersions, financePack, PackHost } from './pack-host';

const CFO = { url: 'https://www.linkedin.com/in/daniel-brandt-cfo/', fixture: 'linkedin-profile-2026-cfo.html' };

describe('a trusted key applies to every pack, not just the next one', () => {
  let session: ExtensionSession;
  let options: Page;
  let profile: Page;
  let tabId: number;
  const host = new PackHost();
  let keys: Awaited<ReturnType<typeof generateKeyPair>>;

  const statusLine = () => options.locator('section[aria-labelledby="packs-heading"] [role="status"]');
  const teamRow = () => options.getByRole('listitem', { name: /^team pack / });
  const sourceRow = () => options.getByRole('listitem', { name: host.url('team') });
  /** The CFO profile's badge, read after the page reports again. */
  const badge = async () => {
    await profile.reload();
    return session.badgeText(tabId);
  };

  beforeAll(async () => {
    keys = await generateKeyPair();
    await host.start();
    await host.publish('team', financePack('team', '1.0.0', 'Unsigned Finance Buyer'));
    session = await ExtensionSession.launch({ extraArgs: ['--ignore-certificate-errors'] });
    session.serve(CFO.url, CFO.fixture);
    options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    profile = await session.context.newPage();
    await profile.goto(CFO.url);
    tabId = await session.tabIdOf(profile);
  });

  afterAll(async () => {
    await session?.close();
    await host.stop();
  });

  it('says what a toggle did, and that a failed sync failed (defect 4)', async () => {
    // A pack of its own that no CFO matches, so the badge checks below stay about "team".
    await host.publish('other', financePack('other', '1.0.0', 'Procurement Lead', ['head of procurement']));
    await options.getByLabel('Pack URL').fill(host.url('other'));
    await options.getByRole('button', { name: 'Add and sync' }).click();
    await expect.poll(() => activeVersions(options), { timeout: 20_000 }).toMatchObject({ other: '1.0.0' });
    const row = options.getByRole('listitem', { name: /^other pack / });
    const checkbox = row.getByRole('checkbox', { name: 'On' });

    await checkbox.click();
    await expect.poll(() => checkbox.isChecked()).toBe(false);
    await expect.poll(() => statusLine().textContent()).toMatch(/\boff\b/);
    expect(await statusLine().textContent()).not.toMatch(/\bon\b/);
    await checkbox.click();
    await expect.poll(() => checkbox.isChecked()).toBe(true);
    await expect.poll(() => statusLine().textContent()).toMatch(/\bon\b/);
    expect(await statusLine().textContent()).not.toMatch(/\boff\b/);

    host.setMode('other', '404');
    const source = options.getByRole('listitem', { name: host.url('other') });
    await source.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => source.getByTestId('sync-status').textContent(), { timeout: 20_000 }).toMatch(/^failed.*404/);
    await expect.poll(() => statusLine().textContent()).toMatch(/fail/i);
    const status = await statusLine().textContent();
    expect(status).toMatch(/404/);
    expect(status).not.toMatch(/^Synced/);
    expect(await activeVersions(options)).toMatchObject({ other: '1.0.0' });
  });

  it('deactivates a pack installed unsigned, with the reason, when a key is then trusted (defect 1)', async () => {
    await options.getByLabel('Pack URL').fill(host.url('team'));
    await options.getByRole('button', { name: 'Add and sync' }).click();
    await expect.poll(() => activeVersions(options), { timeout: 20_000 }).toMatchObject({ team: '1.0.0' });
    await expect.poll(badge, { timeout: 15_000 }).toBe('UFB');

    await options.getByLabel('Public key').fill(keys.publicKey.trim());
    await options.getByRole('button', { name: 'Trust key' }).click();

    // The unsigned pack is off for matching, and the options page says why.
    await expect.poll(() => teamRow().textContent(), { timeout: 15_000 }).toMatch(/not signed/i);
    expect(await teamRow().getByRole('checkbox', { name: 'On' }).isChecked()).toBe(false);
    await expect.poll(badge, { timeout: 15_000 }).not.toBe('UFB');
  });

  it('does not roll back to an unsigned version while a key is trusted (defect 2)', async () => {
    await host.publish('team', financePack('team', '1.1.0', 'Signed Finance Buyer'), keys.privateKey);
    await sourceRow().getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => activeVersions(options), { timeout: 20_000 }).toMatchObject({ team: '1.1.0' });
    await expect.poll(badge, { timeout: 15_000 }).toBe('SFB');

    const rollBack = teamRow().getByRole('button', { name: 'Roll back' });
    if (await rollBack.isEnabled()) await rollBack.click();
    // Whether the button refused or the worker did, the page says why and 1.1.0 stays.
    await expect.poll(async () => `${await teamRow().textContent()} ${await statusLine().textContent()}`).toMatch(/1\.0\.0[^.]*not signed/i);
    expect(await activeVersions(options)).toMatchObject({ team: '1.1.0' });
    await expect.poll(badge, { timeout: 15_000 }).toBe('SFB');
  });

  it('names CORS, and the header to send, when a pack host answers without it', async () => {
    await host.publish('nocors', financePack('nocors', '1.0.0', 'Hidden Buyer', ['head of nothing']));
    host.setMode('nocors', 'no-cors');
    await options.getByLabel('Pack URL').fill(host.url('nocors'));
    await options.getByRole('button', { name: 'Add and sync' }).click();
    const row = options.getByRole('listitem', { name: host.url('nocors') });
    await expect.poll(() => row.getByTestId('sync-status').textContent(), { timeout: 20_000 }).toMatch(/^failed/);
    for (const text of [await row.getByTestId('sync-status').textContent(), await statusLine().textContent()]) {
      expect(text).toMatch(/CORS/);
      expect(text).toMatch(/Access-Control-Allow-Origin: \*/);
      expect(text).not.toMatch(/Failed to fetch/);
    }
  });
});
