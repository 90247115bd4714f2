/**
 * Self-hosting, end to end: `npm run pack:crx` output (signed with a throwaway key made here)
 * is served with its updates.xml over HTTPS on 127.0.0.1 (the test certificate), and a real enterprise policy
 * (ExtensionInstallForcelist "<id>;<update_url>") makes Debian's Chromium download, verify and
 * install it: it runs under the id the key gives, with that key in its manifest.
 */
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionIdFromManifestKey, manifestKeyFromPem, packCrx } from '../../tooling/crx';
import { findBrowser } from './find-browser';
import { ROOT, TEST_BUILD_DIR } from './harness';
import { ManagedPolicy } from './managed-policy';

describe('a self-hosted CRX force-installed by policy', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pm-selfhost-'));
  const requests: string[] = [];
  let server: Server;
  let context: BrowserContext | undefined;
  let id = '';
  const policy = new ManagedPolicy('forcelist');

  beforeAll(async () => {
    const keyPath = join(dir, 'throwaway.pem');
    writeFileSync(keyPath, generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }));
    id = extensionIdFromManifestKey(manifestKeyFromPem(readFileSync(keyPath)));

    const tls = join(ROOT, 'test/fixtures/tls');
    server = createServer({ key: readFileSync(join(tls, 'localhost.key')), cert: readFileSync(join(tls, 'localhost.crt')) }, (req, res) => {
      requests.push(req.url ?? '');
      const path = req.url?.split('?')[0];
      const file = path === '/updates.xml' ? 'updates.xml' : path === '/persona-map.crx' ? crxName : null;
      if (!file) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': file.endsWith('.xml') ? 'text/xml' : 'application/x-chrome-extension' });
      res.end(readFileSync(join(dir, 'out', file)));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const packed = await packCrx({ buildDir: TEST_BUILD_DIR, keyPath, outDir: join(dir, 'out'), codebase: `${base}/persona-map.crx` });
    const crxName = packed.crxPath.split('/').pop()!;
    expect(packed.id).toBe(id);

    policy.write({ ExtensionInstallForcelist: [`${id};${base}/updates.xml`] });
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: findBrowser().path,
      headless: true,
      // Playwright turns extensions and background networking (which the extension updater uses) off by default.
      ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking', '--disable-component-extensions-with-background-pages'],
      args: ['--ignore-certificate-errors', '--no-sandbox', '--disable-gpu', '--disable-sync', '--no-first-run', '--disable-component-update'],
    });
  });

  afterAll(async () => {
    policy.remove();
    await context?.close();
    await new Promise((resolve) => server?.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it('downloads updates.xml and the CRX, verifies it and runs it under the id its key gives', async () => {
    // chrome://extensions-internals lists every installed extension as JSON: where it came from, whether it runs.
    const internals = await context!.newPage();
    const installed = async () => {
      await internals.goto('chrome://extensions-internals');
      // biome-ignore lint/performance/useDomNodeTextContent: Playwright's page.innerText, not the DOM property.
      const all = JSON.parse(await internals.innerText('body')) as { id: string; location: string; version: string; disable_reasons: unknown[] }[];
      return all.find((extension) => extension.id === id) ?? null;
    };
    await expect.poll(installed, { timeout: 60_000, interval: 500 }).toMatchObject({ location: 'EXTERNAL_POLICY_DOWNLOAD', disable_reasons: [] });
    expect(requests.some((url) => url.startsWith('/updates.xml?') && url.includes(`id%3D${id}`))).toBe(true);
    expect(requests).toContain('/persona-map.crx');

    // The background ran: its listeners are registered (alarms for sync among them).
    const listeners = async () =>
      ((await installed()) as unknown as { event_listeners: { listeners: { event_name: string }[] } }).event_listeners.listeners.map((l) => l.event_name);
    await expect.poll(listeners, { timeout: 30_000, interval: 500 }).toContain('alarms.onAlarm');

    // What Chromium unpacked from the CRX: the manifest with the key, and every icon.
    const [unpacked] = readdirSync(join(dir, 'profile/Default/Extensions', id));
    const installedDir = join(dir, 'profile/Default/Extensions', id, unpacked!);
    const manifest = JSON.parse(readFileSync(join(installedDir, 'manifest.json'), 'utf8')) as { key: string; icons: Record<string, string> };
    expect(extensionIdFromManifestKey(manifest.key)).toBe(id);
    expect(manifest.icons).toEqual({ 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' });
    for (const icon of Object.values(manifest.icons)) expect(existsSync(join(installedDir, icon))).toBe(true);
  });
});
