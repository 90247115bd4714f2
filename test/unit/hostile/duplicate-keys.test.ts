/** Issue 19, packs 7: a key written twice in one JSON object is refused with its path, as YAML does. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../../lib/pack/validate';
import { run } from '../cli/cli-io';
import { makePack } from '../sync/test-support';

const json = JSON.stringify(makePack('1.0.0'), null, 2);

describe('duplicate JSON keys', () => {
  it('refuses a repeated top-level key with its path', () => {
    const text = json.replace('"name": "Acme",', '"name": "Acme",\n  "name": "Acme Corp",');
    expect(parsePack(text)).toEqual({
      ok: false,
      problems: [{ path: '$.name', message: 'appears twice in the same object ("name"); only one may stay, so remove or rename the other' }],
    });
  });

  it('points into lists and nested objects', () => {
    const text = json.replace('"text": "Are you SOC 2?",', '"text": "Are you SOC 2?", "text": "SOC 2?",');
    const result = parsePack(text);
    expect(result).toMatchObject({ ok: false, problems: [{ path: '$.personas[0].objections[0].text' }] });
  });

  it('sees through escapes: "name" and "\\u006eame" are the same key', () => {
    const text = json.replace('"name": "Acme",', '"name": "Acme",\n  "\\u006eame": "Other",');
    expect(parsePack(text)).toMatchObject({ ok: false, problems: [{ path: '$.name' }] });
  });

  it('allows the same key in different objects', () => {
    expect(parsePack(json)).toMatchObject({ ok: true });
  });

  it('persona-map validate reports it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'persona-map-dup-'));
    try {
      writeFileSync(join(dir, 'p.json'), json.replace('"version": "1.0.0",', '"version": "1.0.0",\n  "version": "2.0.0",'));
      const { code, stdout } = await run(['validate', 'p.json'], dir);
      expect(code).toBe(1);
      expect(stdout).toBe('p.json: $.version: appears twice in the same object ("version"); only one may stay, so remove or rename the other\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
