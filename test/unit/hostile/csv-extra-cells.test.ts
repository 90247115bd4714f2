/** Issue 19, packs 6: a CSV row with more cells than its header is reported (file, row), not silently cut. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildFromCsvFiles, formatBuildProblem } from '../../../lib/pack/build';
import { run } from '../cli/cli-io';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'persona-map-csv-'));
  cpSync(join(fixtures, 'csv-pack'), join(dir, 'csv-pack'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('CSV rows longer than the header', () => {
  it('reports the file and row of a row with an unquoted comma', async () => {
    const file = join(dir, 'csv-pack', 'objections.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.push('security-gatekeeper,price,Too expensive,It pays back, in a quarter,,evaluation,likely');
    writeFileSync(file, `${lines.filter((l, i) => l !== '' || i < lines.length - 1).join('\n')}\n`);
    const rowNumber = lines.filter((l, i) => l !== '' || i < lines.length - 1).length;
    const { code, stderr } = await run(['build', 'csv-pack', '-o', 'out.json'], dir);
    expect(code).toBe(1);
    expect(stderr).toContain(`objections.csv row ${rowNumber}: has 8 cells but the header has 7 columns; the extra cell ("likely") would be lost`);
  });

  it('says nothing about trailing empty cells', () => {
    const result = buildFromCsvFiles({
      'pack.csv': 'field,value\nid,acme\nname,Acme\nversion,1.0.0\npublished_at,2026-01-15\n',
      'personas.csv': 'id,name,match_titles\ncfo,CFO,CFO,,,\n',
    });
    expect(result).toMatchObject({ ok: true });
  });

  it('names each long row in the file', () => {
    const result = buildFromCsvFiles({
      'pack.csv': 'field,value\nid,acme\nname,Acme\nversion,1.0.0\npublished_at,2026-01-15\n',
      'personas.csv': 'id,name,match_titles\ncfo,CFO,CFO\nciso,CISO,CISO,Chief, Security\n',
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map(formatBuildProblem)).toEqual([
        'personas.csv row 3: has 5 cells but the header has 3 columns; the extra cells ("Chief", "Security") would be lost: put a cell that holds a comma in double quotes, or add a header for the column',
      ]);
  });
});
