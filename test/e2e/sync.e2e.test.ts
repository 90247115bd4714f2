/**
 * Publishing to a whole team, end to end: enterprise policy (Chromium's managed policy file)
 * names a pack URL and a trusted key; a signed pack served over HTTPS on 127.0.0.1 reaches the
 * side panel through scheduled sync; then every failure path leaves the installed pack as it
 * was, rollback works, and all of it survives an extension restart.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPair, signBytes } from '../../lib/pack/sign';
import type { PackInput } from '../../lib/pack/schema';
import { ExtensionSession, openSections, ROOT } from './harness';
import { ManagedPolicy } from './managed-policy';

const PROFILE = { url: 'https://www.linkedin.com/in/priya-raman/', fixture: 'linkedin-profile-2025.html' };

function orgPack(version: string, personaName: string): PackInput {
  return {
    format: 'persona-pack@1',
    id: 'acme-org',
    name: 'Acme org pack',
    version,
    publishedAt: '2026-11-01T09:00:00Z',
    personas: [
      {
        id: 'security-buyer',
        name: personaName,
        match: { functions: ['security'], seniority: { min: 'manager' } },
        objections: [{ id: 'soc2', text: 'Are you SOC 2 audited?', response: 'Yes, Type II, renewed every year.', proof: ['soc2'] }],
        questions: [{ text: 'Who signs off on new vendors?' }],
      },
    ],
    assets: [{ id: 'soc2', title: 'SOC 2 Type II report', type: 'security-doc', url: 'https://trust.acme.example/soc2' }],
  };
}

type Mode = 'ok' | '500' | 'truncated' | 'oversize' | 'bad-signature' | 'tampered';

/** The admin's HTTPS server: serves the pack and its detached signature, with ETags. */
class PackServer {
  mode: Mode = 'ok';
  body = new Uint8Array();
  signature = '';
  requests: string[] = [];
  private server!: Server;

  async publish(pack: PackInput, privateKey: string): Promise<void> {
    this.body = new TextEncoder().encode(JSON.stringify(pack, null, 2));
    this.signature = await signBytes(privateKey, this.body);
  }

  get etag(): string {
    return `"${createHash('sha256').update(this.body).digest('hex').slice(0, 16)}"`;
  }

  async start(): Promise<string> {
    const tls = join(ROOT, 'test/fixtures/tls');
    this.server = createServer({ key: readFileSync(join(tls, 'localhost.key')), cert: readFileSync(join(tls, 'localhost.crt')) }, (req, res) => {
      // The extension fetches cross-origin: like any static host that serves packs, this one
      // allows it (CORS), exposes the ETag and accepts If-None-Match after a preflight.
      res.setHeader('access-control-allow-origin', '*');
      res.setHeader('access-control-expose-headers', 'etag');
      if (req.method === 'OPTIONS') {
        res.writeHead(204, { 'access-control-allow-headers': 'if-none-match', 'access-control-allow-methods': 'GET' }).end();
        return;
      }
      this.requests.push(`${req.method} ${req.url} ${req.headers['if-none-match'] ?? ''}`.trim());
      if (req.url === '/org.json.sig') {
        const sig = this.mode === 'bad-signature' ? this.signature.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) : this.signature;
        res.writeHead(200, { 'content-type': 'text/plain' }).end(sig);
        return;
      }
      if (req.url !== '/org.json') return void res.writeHead(404).end();
      if (this.mode === '500') return void res.writeHead(500).end('upstream down');
      if (this.mode === 'ok' && req.headers['if-none-match'] === this.etag) return void res.writeHead(304).end();
      if (this.mode === 'oversize') {
        res.writeHead(200, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(1024 * 1024, 0x20);
        for (let i = 0; i < 11; i++) res.write(chunk);
        return void res.end();
      }
      if (this.mode === 'truncated') {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(this.body.length) });
        res.write(Buffer.from(this.body.slice(0, Math.floor(this.body.length / 2))));
        return void setTimeout(() => res.socket?.destroy(), 50);
      }
      const body = this.mode === 'tampered' ? Buffer.from(new TextDecoder().decode(this.body).replace('Yes, Type II', 'No, never')) : Buffer.from(this.body);
      res.writeHead(200, { 'content-type': 'application/json', etag: this.etag }).end(body);
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `https://127.0.0.1:${(this.server.address() as AddressInfo).port}/org.json`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** Reads the extension's database from one of its pages: which version of each pack is in use. */
async function activeVersions(page: Page): Promise<Record<string, string>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const open = indexedDB.open('persona-map');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const rows = open.result.transaction('packs').objectStore('packs').getAll();
          rows.onsuccess = () =>
            resolve(
              Object.fromEntries(
                (rows.result as Array<{ packId: string; version: string; active: number }>).filter((r) => r.active === 1).map((r) => [r.packId, r.version]),
              ),
            );
        };
      }),
  );
}

/** The options page's status line for the source, once it differs from `before`. */
async function syncNowAndWait(options: Page, url: string, before: string | null): Promise<string> {
  const row = options.getByRole('listitem', { name: url });
  await row.getByRole('button', { name: 'Sync now' }).click();
  const status = row.getByTestId('sync-status');
  await expect.poll(() => status.textContent(), { timeout: 20_000 }).not.toBe(before);
  return (await status.textContent())!;
}

describe('pack sync from an HTTPS server under enterprise policy', () => {
  let session: ExtensionSession;
  const server = new PackServer();
  let packUrl: string;
  let keys: Awaited<ReturnType<typeof generateKeyPair>>;

  const policy = new ManagedPolicy('sync');

  beforeAll(async () => {
    keys = await generateKeyPair();
    await server.publish(orgPack('1.0.0', 'Org Security Buyer'), keys.privateKey);
    packUrl = await server.start();
    policy.writeForExtension({ packUrls: [packUrl], trustedKeys: [keys.publicKey] });
    session = await ExtensionSession.launch({ extraArgs: ['--ignore-certificate-errors'] });
    session.serve(PROFILE.url, PROFILE.fixture);
  });

  afterAll(async () => {
    await session?.close();
    await server.stop();
    policy.remove();
  });

  it('installs the policy pack by scheduled sync and shows its persona in the side panel', async () => {
    const page = await session.context.newPage();
    await page.goto(PROFILE.url);
    const tabId = await session.tabIdOf(page);
    // The alarm fires shortly after start, then every minute: no click involved.
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await expect.poll(() => activeVersions(options), { timeout: 90_000, interval: 1000 }).toMatchObject({ 'acme-org': '1.0.0' });
    expect(server.requests).toContain('GET /org.json.sig');

    // The policy's URL and key are shown as set by the organisation, and locked.
    await options.reload();
    await expect.poll(() => options.getByRole('listitem', { name: packUrl }).textContent()).toContain('set by your organisation');

    // The org pack now wins over the bundled demo pack for this profile.
    await page.reload();
    await session.waitForBadge(tabId, 'OSB');
    const panel = await session.openPanel(tabId);
    await expect.poll(() => panel.getByRole('heading', { level: 2, name: 'Org Security Buyer' }).count()).toBe(1);
    await openSections(panel, 'Objections');
    await expect.poll(() => panel.getByRole('region', { name: 'Objections' }).textContent()).toContain('Yes, Type II');
    await panel.close();
    await page.close();
    await options.close();
  });

  it('keeps the installed pack through 304, failures, forgeries and rollback, and across a restart', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const status = () => options.getByRole('listitem', { name: packUrl }).getByTestId('sync-status').textContent();
    await expect.poll(status).toContain('installed');
    let last = await status();

    const step = async (mode: Mode, expectedVersion: string, expectedStatus: RegExp) => {
      server.mode = mode;
      last = await syncNowAndWait(options, packUrl, last);
      expect(last, `after ${mode}`).toMatch(expectedStatus);
      expect(await activeVersions(options), `after ${mode}`).toMatchObject({ 'acme-org': expectedVersion });
    };

    await step('ok', '1.0.0', /^not-modified/);
    expect(server.requests.at(-1)).toMatch(/^GET \/org\.json "/); // sent If-None-Match

    await server.publish(orgPack('1.1.0', 'Org Security Buyer v2'), keys.privateKey);
    await step('ok', '1.1.0', /^installed/);
    await step('500', '1.1.0', /^failed.*500/);
    await step('truncated', '1.1.0', /^failed/);
    await step('oversize', '1.1.0', /^failed.*(10 MiB|too large|larger)/i);
    await server.publish(orgPack('1.2.0', 'Org Security Buyer v3'), keys.privateKey);
    await step('bad-signature', '1.1.0', /^failed.*signature/i);
    await step('tampered', '1.1.0', /^failed.*signature/i);

    // Rollback from the options page goes back to 1.0.0 (the server stays down, so a scheduled
    // sync cannot bring a newer version back in the meantime) ...
    server.mode = '500';
    const installed = options.getByRole('listitem', { name: /^Acme org pack/ });
    await installed.getByRole('button', { name: 'Roll back' }).click();
    await expect.poll(() => activeVersions(options)).toMatchObject({ 'acme-org': '1.0.0' });

    // ... and stopping the service worker (Chromium does so whenever it is idle) changes nothing:
    // the next event starts a fresh one that reads the same database.
    // A mark in the running worker's global scope tells a restarted worker from the old one.
    await session.currentWorker().evaluate(() => Object.assign(globalThis, { beforeRestart: true }));
    const cdp = await session.context.newCDPSession(options);
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
    const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${session.extensionId}/`));
    await cdp.send('Target.closeTarget', { targetId: target!.targetId });
    await options.reload();
    expect(await activeVersions(options)).toMatchObject({ 'acme-org': '1.0.0' });
    last = await syncNowAndWait(options, packUrl, last); // wakes the new service worker
    expect(last).toMatch(/^failed.*500/);
    const marks = await Promise.all(session.context.serviceWorkers().map((w) => w.evaluate(() => 'beforeRestart' in globalThis).catch(() => 'gone')));
    expect(marks).toContain(false); // a fresh worker answered
    expect(await activeVersions(options)).toMatchObject({ 'acme-org': '1.0.0' });
  });
});
