/**
 * An admin's pack host for end-to-end tests: HTTPS on 127.0.0.1 (the harness lets requests to
 * 127.0.0.1 through), serving `/<name>.json` and `/<name>.json.sig` with the CORS headers a
 * real host needs (README, "author, sign, publish") unless told to leave them out.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { signBytes } from '../../lib/pack/sign';
import type { PackInput } from '../../lib/pack/schema';
import { ROOT } from './harness';

interface Hosted {
  body: Uint8Array;
  /** The `.sig` text, or null to answer 404 for it. */
  signature: string | null;
  /** `404`: the pack itself is gone; `no-cors`: served without any CORS header. */
  mode: 'ok' | '404' | 'no-cors';
}

export class PackHost {
  private readonly files = new Map<string, Hosted>();
  private server!: Server;
  private origin = '';

  /** Publishes a pack under `/<name>.json`, signed when a private key is given. */
  async publish(name: string, pack: PackInput, privateKey?: string): Promise<string> {
    const body = new TextEncoder().encode(JSON.stringify(pack, null, 2));
    this.files.set(name, { body, signature: privateKey ? await signBytes(privateKey, body) : null, mode: 'ok' });
    return this.url(name);
  }

  setMode(name: string, mode: Hosted['mode']): void {
    this.files.get(name)!.mode = mode;
  }

  url(name: string): string {
    return `${this.origin}/${name}.json`;
  }

  async start(): Promise<void> {
    const tls = join(ROOT, 'test/fixtures/tls');
    this.server = createServer({ key: readFileSync(join(tls, 'localhost.key')), cert: readFileSync(join(tls, 'localhost.crt')) }, (req, res) => {
      const path = new URL(req.url ?? '/', 'https://host').pathname;
      const name = path.replace(/^\//, '').replace(/\.json(\.sig)?$/, '');
      const file = this.files.get(name);
      if (file?.mode !== 'no-cors') {
        res.setHeader('access-control-allow-origin', '*');
        res.setHeader('access-control-expose-headers', 'etag');
      }
      if (req.method === 'OPTIONS') {
        res.writeHead(204, { 'access-control-allow-headers': 'if-none-match', 'access-control-allow-methods': 'GET' }).end();
        return;
      }
      if (!file || file.mode === '404') return void res.writeHead(404).end('not found');
      if (path.endsWith('.sig')) {
        if (file.signature === null) return void res.writeHead(404).end('not found');
        return void res.writeHead(200, { 'content-type': 'text/plain' }).end(file.signature);
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(Buffer.from(file.body));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.origin = `https://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** A pack with one persona for CFOs, so a CFO profile's badge says which pack won. */
export function financePack(id: string, version: string, personaName: string, titles = ['cfo', 'chief financial officer']): PackInput {
  return {
    format: 'persona-pack@1',
    id,
    name: `${id} pack`,
    version,
    publishedAt: '2026-11-01T09:00:00Z',
    personas: [
      {
        id: 'finance-buyer',
        name: personaName,
        match: { titles },
        questions: [{ text: 'How is spend on tools like this approved?' }],
      },
    ],
    assets: [],
  };
}

/** The version in use of each pack, read from the extension's database on one of its pages. */
export async function activeVersions(page: Page): Promise<Record<string, string>> {
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

/**
 * Sends a message to the background the way @webext-core/messaging does, from an extension
 * page: what a seller could type into the options page's console. Returns `{res}` or `{err}`.
 */
export async function rawMessage(page: Page, type: string, data?: unknown): Promise<{ res?: unknown; err?: { message: string } }> {
  return page.evaluate(({ type, data }) => chrome.runtime.sendMessage({ id: Math.floor(Math.random() * 1e6), type, data, timestamp: Date.now() }), {
    type,
    data,
  });
}
