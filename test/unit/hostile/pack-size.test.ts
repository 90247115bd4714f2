/**
 * Issue 19, packs 1: the 10 MiB limit is in bytes (as stored and sent), not characters.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { utf8ByteLength } from '../../../lib/pack/decode';
import { parsePack } from '../../../lib/pack/validate';
import type { PersonaMapDb } from '../../../lib/storage/db';
import { installedPack } from '../../../lib/storage/pack-store';
import { importPack, previewImport } from '../../../lib/sync/import';
import { run } from '../cli/cli-io';
import { freshDb, makePack } from '../sync/test-support';

/** A valid pack of about 25 MiB in UTF-8 but under 10 million characters: each "€" is 3 bytes. */
function hugePack() {
  const response = '€'.repeat(10_000);
  const objections = Array.from({ length: 850 }, (_, i) => ({ id: `o${i}`, text: 'Too expensive?', response }));
  return makePack('9.0.0', {
    personas: [{ id: 'cfo', name: 'CFO', match: { titles: ['cfo'] }, objections }],
    assets: [],
  });
}

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

describe('the 10 MiB limit counts bytes', () => {
  const text = JSON.stringify(hugePack());

  it('the probe is over 10 MiB in bytes and under it in characters', () => {
    expect(text.length).toBeLessThan(10 * 1024 * 1024);
    expect(utf8ByteLength(text)).toBeGreaterThan(24 * 1024 * 1024);
    expect(utf8ByteLength(text)).toBe(Buffer.byteLength(text));
  });

  it('parsePack refuses it, saying how large it is', () => {
    const result = parsePack(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/is 2\d\.\d MiB, larger than the 10 MiB limit/);
  });

  it('the options page import refuses it in the preview and installs nothing', async () => {
    const options = { fileName: 'huge.json', signature: null, trustedKeys: [] };
    const preview = await previewImport(db, new TextEncoder().encode(text), options);
    expect(preview).toMatchObject({ ok: false, code: 'invalid' });
    if (!preview.ok) expect(preview.reason).toMatch(/huge\.json is 2\d\.\d MiB, larger than the 10 MiB limit/);
    expect(await importPack(db, new TextEncoder().encode(text), options)).toMatchObject({ ok: false });
    expect(await installedPack(db, 'acme')).toBeUndefined();
  });

  it('persona-map validate refuses it', async () => {
    writeFileSync(join(dir, 'huge.json'), text);
    const { code, stdout } = await run(['validate', 'huge.json'], dir);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^huge\.json: \$: is 2\d\.\d MiB, larger than the 10 MiB limit/);
  });
});
