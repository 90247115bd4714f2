/**
 * Issue 19, sync 9: Retry-After is not a CORS-safelisted response header, so a cross-origin
 * pack server must expose it or the extension never sees it. The README's set-up line is what
 * admins copy; it must list every header the sync reads from a response.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
const syncCode = readFileSync(new URL('../../../lib/sync/fetch-limited.ts', import.meta.url), 'utf8');
/** Response headers a cross-origin script may read without Access-Control-Expose-Headers. */
const SAFELISTED = ['cache-control', 'content-language', 'content-length', 'content-type', 'expires', 'last-modified', 'pragma'];

describe("README's CORS set-up", () => {
  const exposed =
    /`Access-Control-Expose-Headers: ([^`]+)`/
      .exec(readme)?.[1]
      ?.split(/,\s*/)
      .map((h) => h.toLowerCase()) ?? [];

  it('exposes ETag and Retry-After', () => {
    expect(exposed).toEqual(expect.arrayContaining(['etag', 'retry-after']));
  });

  it('exposes every non-safelisted header the sync reads', () => {
    const read = [...syncCode.matchAll(/headers\.get\('([\w-]+)'\)/g)].map((m) => m[1]!.toLowerCase());
    expect(read.length).toBeGreaterThan(0);
    // Location: only read where redirects are visible (Node); content-encoding: hidden, a
    // compressed body is taken as plain, and a decoded body is never shorter than its
    // compressed length, so the truncation check stays right without it.
    const optional = ['location', 'content-encoding'];
    for (const header of read) if (!SAFELISTED.includes(header) && !optional.includes(header)) expect(exposed).toContain(header);
  });
});
