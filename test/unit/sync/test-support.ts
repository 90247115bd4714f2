/** Shared by the sync and storage tests: packs, a fresh fake IndexedDB per test, a fake server. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { PackInput } from '../../../lib/pack/schema';
import { PersonaMapDb } from '../../../lib/storage/db';

export function freshDb(name = 'persona-map'): PersonaMapDb {
  return new PersonaMapDb(name, { indexedDB: new IDBFactory(), IDBKeyRange });
}

export function makePack(version: string, changes: Partial<PackInput> = {}): PackInput {
  return {
    format: 'persona-pack@1',
    id: 'acme',
    name: 'Acme',
    version,
    publishedAt: '2026-01-15T09:00:00Z',
    personas: [
      {
        id: 'security-gatekeeper',
        name: 'Security Gatekeeper',
        match: { functions: ['security'] },
        objections: [{ id: 'soc2', text: 'Are you SOC 2?', response: 'Yes.', proof: ['soc2-report'] }],
      },
    ],
    assets: [{ id: 'soc2-report', title: 'SOC 2 report', type: 'security-doc', url: 'https://example.com/soc2' }],
    ...changes,
  };
}

export const bytesOf = (value: unknown): Uint8Array<ArrayBuffer> => new TextEncoder().encode(JSON.stringify(value, null, 2));

type Handler = (request: { url: string; headers: Headers; signal: AbortSignal | null }) => Response | Promise<Response>;

/** A fetch over routes, recording each request; unknown URLs answer 404. */
export class FakeServer {
  readonly routes = new Map<string, Handler>();
  readonly requests: { url: string; ifNoneMatch: string | null }[] = [];

  readonly fetch: typeof fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const headers = new Headers(init?.headers);
    this.requests.push({ url, ifNoneMatch: headers.get('if-none-match') });
    const handler = this.routes.get(url);
    if (!handler) return new Response('not found', { status: 404, statusText: 'Not Found' });
    return handler({ url, headers, signal: init?.signal ?? null });
  };

  route(url: string, handler: Handler): this {
    this.routes.set(url, handler);
    return this;
  }

  /** Serves bytes with an ETag, answering 304 to a matching If-None-Match. */
  serve(url: string, bytes: Uint8Array, etag: string | null = null, status = 200): this {
    return this.route(url, ({ headers }) => {
      if (etag && headers.get('if-none-match') === etag) return new Response(null, { status: 304 });
      return new Response(bytes.slice(), { status, headers: etag ? { etag } : {} });
    });
  }

  serveText(url: string, text: string): this {
    return this.route(url, () => new Response(text));
  }
}

/** A clock the test moves by hand. */
export function clock(start = Date.parse('2026-03-01T09:00:00Z')) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms), set: (ms: number) => void (t = ms) };
}
