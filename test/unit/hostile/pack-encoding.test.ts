/**
 * Issue 19, packs 4: every reader decodes pack files the same way (lib/pack/decode.ts): a UTF-8
 * byte-order mark dropped, UTF-16 named.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodePackBytes } from '../../../lib/pack/decode';
import type { PersonaMapDb } from '../../../lib/storage/db';
import { run } from '../cli/cli-io';
import { bytesOf, freshDb, makePack } from '../sync/test-support';

let db: PersonaMapDb;
let dir: string;
beforeEach(() => {
  db = freshDb();
  dir = mkdtempSync(join(tmpdir(), 'persona-map-hostile-'));
});
afterEach(async () => {
  await db.delete();
  rmSync(dir, { recursive: true, force: true });
});

describe('one decoder for every reader', () => {
  const withBom = (bytes: Uint8Array) => new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
  const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const utf16be = (text: string) => Buffer.from(utf16le(text).swap16());

  it('drops a UTF-8 byte-order mark', () => {
    expect(decodePackBytes(withBom(new TextEncoder().encode('{"a":1}')))).toEqual({ ok: true, text: '{"a":1}' });
  });

  it('names UTF-16, with or without a byte-order mark', () => {
    expect(decodePackBytes(utf16le('{"a":1}'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^is UTF-16 \(little-endian\) text; save it as UTF-8/),
    });
    expect(decodePackBytes(utf16be('{"a":1}'))).toMatchObject({ ok: false, message: expect.stringMatching(/^is UTF-16 \(big-endian\)/) });
    expect(decodePackBytes(Buffer.from('{"a":1}', 'utf16le'))).toMatchObject({ ok: false, message: expect.stringMatching(/UTF-16 \(little-endian\)/) });
  });

  it('refuses other encodings as not UTF-8', () => {
    expect(decodePackBytes(Buffer.from('{"name":"M\xfcller"}', 'latin1'))).toMatchObject({ ok: false, message: expect.stringMatching(/not UTF-8/) });
  });

  const pack = makePack('1.0.0');
  for (const [command, args] of [
    ['validate', ['validate', 'p.json']],
    ['lint', ['lint', 'p.json']],
    ['sign', ['sign', 'p.json', '--key', 'k.key']],
    ['build', ['build', 'p.json', '-o', 'out.json']],
    ['match', ['match', '--pack', 'p.json']],
    ['coverage', ['coverage', '--pack', 'p.json', 'titles.txt']],
    ['detect', ['detect', '--url', 'https://www.linkedin.com/in/x/', '--html', 'page.html', '--pack', 'p.json']],
  ] as const) {
    it(`persona-map ${command} accepts a pack with a UTF-8 byte-order mark and names UTF-16`, async () => {
      writeFileSync(join(dir, 'titles.txt'), 'CISO\n');
      writeFileSync(join(dir, 'page.html'), '<html><body></body></html>');
      if (command === 'sign') {
        await run(['keygen', '--out', 'k'], dir);
      }
      writeFileSync(join(dir, 'p.json'), withBom(bytesOf(pack)));
      const good = await run([...args], dir);
      expect(good.stdout + good.stderr).not.toMatch(/not valid JSON|UTF/);
      expect(good.code).toBe(0);
      writeFileSync(join(dir, 'p.json'), utf16le(JSON.stringify(pack)));
      const bad = await run([...args], dir);
      expect(bad.code).toBe(1);
      expect(bad.stdout + bad.stderr).toMatch(/^p\.json: (\$: )?is UTF-16 \(little-endian\) text; save it as UTF-8/);
    });
  }
});
