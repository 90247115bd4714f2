/**
 * A fleet profile: enterprise policy (a real /etc/chromium/policies/managed file, written under
 * /tmp/browser.lock by whoever runs the browser tier, removed after) names the org pack, its
 * signing key and `lockSettings: true`. A hostile seller then tries every control of the
 * options page, controls re-enabled by hand included, and talks to the background directly as
 * an extension page could; none of it may put an unsigned or policy-excluded pack in use, and
 * a CFO's badge stays on the org pack's persona (defect 3 and the "done when").
 * A second policy with values of the wrong type must be reported, not dropped (defect 5).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPair, signBytes } from '../../lib/pack/sign';
import { ExtensionSession } from './harness';
import { ManagedPolicy } from './managed-policy';
import { activeVersions, financePack, PackHost, rawMessage } from './pack-host';

const CFO = { url: 'https://www.linkedin.com/in/daniel-brandt-cfo/', fixture: 'linkedin-profile-2026-cfo.html' };
const DEMO_ID = 'northwind-demo';

describe('settings locked by enterprise policy', () => {
  const policy = new ManagedPolicy('lock');
  const host = new PackHost();
  let session: ExtensionSession;
  let options: Page;
  let profile: Page;
  let tabId: number;
  let org: Awaited<ReturnType<typeof generateKeyPair>>;
  let rogue: Awaited<ReturnType<typeof generateKeyPair>>;
  const rogueBody = new TextEncoder().encode(JSON.stringify(financePack('rogue', '9.0.0', 'Rogue Finance Buyer')));

  const badge = async () => {
    await profile.reload();
    return session.badgeText(tabId);
  };
  const statusLine = () => options.locator('section[aria-labelledby="packs-heading"] [role="status"]');
  const orgRow = () => options.getByRole('listitem', { name: /^acme-org pack / });
  const demoRow = () => options.getByRole('listitem', { name: /^Northwind Shield/ });
  /** What a seller with the page's developer tools can do to a disabled control. */
  const enableAll = () => options.evaluate(() => document.querySelectorAll('[disabled]').forEach((e) => e.removeAttribute('disabled')));
  /** Whether the demo pack is on for matching, as the database says. */
  const packPrefs = () =>
    options.evaluate(
      () =>
        new Promise<Record<string, { enabled: boolean; blocked?: string; precedence: number }>>((resolve) => {
          const open = indexedDB.open('persona-map');
          open.onsuccess = () => {
            const rows = open.result.transaction('packPrefs').objectStore('packPrefs').getAll();
            rows.onsuccess = () => resolve(Object.fromEntries((rows.result as Array<{ packId: string }>).map((r) => [r.packId, r as never])));
          };
        }),
    );

  beforeAll(async () => {
    [org, rogue] = await Promise.all([generateKeyPair(), generateKeyPair()]);
    await host.start();
    await host.publish('org', financePack('acme-org', '1.0.0', 'Org Finance Buyer'), org.privateKey);
    await host.publish('rogue', financePack('rogue', '9.0.0', 'Rogue Finance Buyer'));
    await host.publish('forged', financePack('forged', '9.0.0', 'Forged Finance Buyer'), rogue.privateKey);
    policy.writeForExtension({ packUrls: [host.url('org')], trustedKeys: [org.publicKey.trim()], lockSettings: true });
    session = await ExtensionSession.launch({ extraArgs: ['--ignore-certificate-errors'] });
    session.serve(CFO.url, CFO.fixture);
    options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    // The first scheduled sync runs shortly after start.
    for (const deadline = Date.now() + 90_000; (await activeVersions(options))['acme-org'] !== '1.0.0'; ) {
      if (Date.now() > deadline) throw new Error('the policy pack never installed');
      await new Promise((r) => setTimeout(r, 1000));
    }
    await options.reload();
    profile = await session.context.newPage();
    await profile.goto(CFO.url);
    tabId = await session.tabIdOf(profile);
  });

  afterAll(async () => {
    await session?.close();
    await host.stop();
    policy.remove();
  });

  it('keeps the demo pack off, the org pack on and import closed (defect 3)', async () => {
    await expect.poll(badge, { timeout: 15_000 }).toBe('OFB');

    const demoOn = demoRow().getByRole('checkbox', { name: 'On' });
    if (await demoOn.isEnabled()) await demoOn.click();
    const orgOn = orgRow().getByRole('checkbox', { name: 'On' });
    if (await orgOn.isEnabled()) await orgOn.click();
    const importInput = options.locator('#import-pack');
    if ((await importInput.count()) > 0 && (await importInput.isEnabled())) {
      await importInput.setInputFiles([{ name: 'rogue.json', mimeType: 'application/json', buffer: Buffer.from(rogueBody) }]);
      const install = options.getByRole('button', { name: /^Install / });
      if ((await install.count()) > 0) await install.click();
    }

    await expect.poll(badge, { timeout: 15_000 }).toBe('OFB');
    expect(await activeVersions(options)).not.toHaveProperty('rogue');
    const prefs = await packPrefs();
    expect(prefs[DEMO_ID]?.enabled && !prefs[DEMO_ID]?.blocked).toBeFalsy();
    expect(prefs['acme-org']?.enabled).toBe(true);
    // And the page says what is locked and why.
    await expect.poll(() => options.locator('main').textContent()).toMatch(/locked by your organisation/i);
  });

  it('refuses every control a hostile seller tries, re-enabled by hand or sent as a message', async () => {
    const rogueSig = await signBytes(rogue.privateKey, rogueBody);
    const tries: Array<[string, () => Promise<unknown>]> = [
      ['toggle the demo pack on', async () => (await enableAll(), demoRow().getByRole('checkbox', { name: 'On' }).click())],
      ['toggle the org pack off', async () => (await enableAll(), orgRow().getByRole('checkbox', { name: 'On' }).click())],
      [
        'move the demo pack up',
        async () => (
          await enableAll(),
          demoRow()
            .getByRole('button', { name: /Move .* up/ })
            .click()
        ),
      ],
      [
        'move the org pack down',
        async () => (
          await enableAll(),
          orgRow()
            .getByRole('button', { name: /Move .* down/ })
            .click()
        ),
      ],
      ['roll back the org pack', async () => (await enableAll(), orgRow().getByRole('button', { name: 'Roll back' }).click())],
      ['message: demo on', () => rawMessage(options, 'changePacks', { kind: 'enable', packId: DEMO_ID, enabled: true })],
      ['message: org off', () => rawMessage(options, 'changePacks', { kind: 'enable', packId: 'acme-org', enabled: false })],
      ['message: reorder', () => rawMessage(options, 'changePacks', { kind: 'order', packIds: [DEMO_ID, 'acme-org'] })],
      ['message: roll back', () => rawMessage(options, 'changePacks', { kind: 'rollback', packId: 'acme-org' })],
      ['message: add a source', () => rawMessage(options, 'changePacks', { kind: 'add-source', url: host.url('rogue') })],
      ['message: add a forged source', () => rawMessage(options, 'changePacks', { kind: 'add-source', url: host.url('forged') })],
      ['message: remove the org source', () => rawMessage(options, 'changePacks', { kind: 'remove-source', id: host.url('org') })],
      ['message: trust a key', () => rawMessage(options, 'changePacks', { kind: 'set-keys', keys: [rogue.publicKey.trim()] })],
      [
        'message: import signed by an untrusted key',
        () =>
          rawMessage(options, 'changePacks', {
            kind: 'import',
            fileName: 'rogue.json',
            base64: Buffer.from(rogueBody).toString('base64'),
            signature: rogueSig,
            force: true,
          }),
      ],
      [
        'message: import unsigned',
        () =>
          rawMessage(options, 'changePacks', {
            kind: 'import',
            fileName: 'rogue.json',
            base64: Buffer.from(rogueBody).toString('base64'),
            signature: null,
            force: true,
          }),
      ],
      ['message: sync every source, forced', () => rawMessage(options, 'syncPacks', { force: true })],
      ['message: sync the rogue URL', () => rawMessage(options, 'syncPacks', { sourceId: host.url('rogue'), force: true })],
      ['storage: write a trusted key directly', () => options.evaluate((key) => chrome.storage.local.set({ trustedKeys: [key] }), rogue.publicKey.trim())],
    ];
    const order = async () => Object.fromEntries(Object.entries(await packPrefs()).map(([id, p]) => [id, p.precedence]));
    const orderBefore = await order();
    for (const [what, attempt] of tries) {
      const answer = await attempt().catch((error: Error) => ({ thrown: error.message }));
      if (what.startsWith('message: ') && !what.startsWith('message: sync'))
        expect((answer as { res?: { ok?: boolean } }).res?.ok, `${what}: ${JSON.stringify(answer)}`).toBe(false);
      await options.reload();
      expect(await activeVersions(options), what).toEqual({ 'acme-org': '1.0.0', [DEMO_ID]: expect.any(String) });
      const prefs = await packPrefs();
      expect(prefs['acme-org'], what).toMatchObject({ enabled: true });
      expect(prefs['acme-org']?.blocked, what).toBeUndefined();
      expect(prefs[DEMO_ID]?.enabled === true && prefs[DEMO_ID]?.blocked === undefined, what).toBe(false);
      expect(await order(), what).toEqual(orderBefore);
    }
    // The policy's source and key are still there, and nothing else.
    const sources = await options.getByRole('list', { name: 'Pack sources' }).getByRole('listitem').allTextContents();
    expect(sources).toHaveLength(1);
    expect(sources[0]).toContain(host.url('org'));
    await expect.poll(badge, { timeout: 15_000 }).toBe('OFB');
    expect(await statusLine().count()).toBe(1);
  });
});

describe('policy values of the wrong type', () => {
  const policy = new ManagedPolicy('bad-types');
  let session: ExtensionSession;

  beforeAll(async () => {
    policy.writeForExtension({ lockSettings: 'yes', syncIntervalMinutes: 5 });
    session = await ExtensionSession.launch();
  });

  afterAll(async () => {
    await session?.close();
    policy.remove();
  });

  it('says on the options page which value was ignored and why (defect 5)', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const text = () => options.locator('main').textContent();
    await expect.poll(text, { timeout: 15_000 }).toMatch(/syncIntervalMinutes[^.]*5[^.]*(minimum|at least)[^.]*15/);
    expect(await text()).toMatch(/lockSettings/);
  });
});
