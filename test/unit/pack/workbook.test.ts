/**
 * The Excel form of a pack: one sheet per table with the CSV files' columns, read by
 * lib/pack/xlsx.ts and built by buildFromWorkbook. Workbooks are written here, in the test, with
 * write-excel-file (cells typed as Excel types them: text, numbers, date cells), and one is
 * committed (test/fixtures/xlsx-pack.xlsx).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { buildFromCsvFiles, buildFromWorkbook, formatBuildProblem, spreadsheetDate, type BuildResult, type Cell } from '../../../lib/pack/build';
import { readWorkbook } from '../../../lib/pack/xlsx';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const csvFiles = () =>
  Object.fromEntries(
    readdirSync(`${fixtures}csv-pack`)
      .filter((f) => f.endsWith('.csv'))
      .map((f) => [f, readFileSync(`${fixtures}csv-pack/${f}`, 'utf8')]),
  );
/** The CSV fixture's tables as sheets of cells, named like the files without `.csv`. */
const fixtureSheets = (): { sheet: string; data: Cell[][] }[] =>
  Object.entries(csvFiles()).map(([file, text]) => ({
    sheet: file.replace(/\.csv$/, ''),
    data: Papa.parse<string[]>(text, { skipEmptyLines: true }).data,
  }));

type SheetSpec = { sheet: string; data: unknown[][] };
async function workbook(sheets: SheetSpec[]): Promise<Uint8Array> {
  return writeXlsxFile(sheets as never).toBuffer();
}
async function build(sheets: SheetSpec[], file = 'pack.xlsx'): Promise<BuildResult> {
  const read = await readWorkbook(await workbook(sheets));
  if (!read.ok) throw new Error(read.message);
  return buildFromWorkbook(read.sheets, file);
}
const messages = (result: BuildResult) => (result.ok ? [] : result.problems.map(formatBuildProblem));

/** Replaces the value of a pack-sheet field (or adds it). */
function withField(sheets: SheetSpec[], field: string, value: unknown): SheetSpec[] {
  return sheets.map((s) => (s.sheet !== 'pack' ? s : { ...s, data: [...s.data.filter((r) => r[0] !== field), [field, value]] }));
}
function edit(sheets: SheetSpec[], sheet: string, change: (data: unknown[][]) => unknown[][]): SheetSpec[] {
  return sheets.map((s) => (s.sheet === sheet ? { ...s, data: change(s.data.map((r) => [...r])) } : s));
}

describe('building from an Excel workbook', () => {
  it('builds the same pack as the CSV folder it was made from', async () => {
    const fromCsv = buildFromCsvFiles(csvFiles());
    const fromXlsx = await build(fixtureSheets());
    expect(messages(fromXlsx)).toEqual([]);
    expect(fromCsv.ok && fromXlsx.ok && fromXlsx.pack).toEqual(fromCsv.ok && fromCsv.pack);
  });

  it('reads dates as Excel stores them: date cells and serial numbers become ISO dates', async () => {
    // A review date typed with a time of day: the date is kept, the time dropped.
    let sheets = withField(fixtureSheets(), 'review_by', { value: new Date(Date.UTC(2026, 2, 2, 17, 30)), type: Date, format: 'm/d/yyyy h:mm' });
    sheets = withField(sheets, 'published_at', 46037.375); // 2026-01-15 09:00 as a serial with a time fraction
    sheets = edit(sheets, 'assets', (data) => {
      data[1]![8] = 46083; // a General-format cell: the serial of 2026-03-02
      data[2]![8] = { value: new Date(Date.UTC(2025, 10, 2)), type: Date, format: 'dd.mm.yyyy' };
      return data;
    });
    const result = await build(sheets);
    expect(messages(result)).toEqual([]);
    if (!result.ok) return;
    expect(result.pack.reviewBy).toBe('2026-03-02');
    expect(result.pack.publishedAt).toBe('2026-01-15T09:00:00Z');
    expect(result.pack.assets.slice(0, 2).map((a) => a.updatedAt)).toEqual(['2026-03-02', '2025-11-02']);
  });

  it('reads numbers and booleans in text columns as Excel shows them', async () => {
    const sheets = edit(withField(fixtureSheets(), 'version', '2.0.0'), 'personas', (data) => {
      data[1]![11] = 7; // match_priority typed as a number
      return data;
    });
    const result = await build(sheets);
    expect(messages(result)).toEqual([]);
    expect(result.ok && result.pack.personas[0]!.match.priority).toBe(7);
  });

  it('names the file, sheet, row and column of a problem, with the nearest valid value', async () => {
    const sheets = edit(fixtureSheets(), 'personas', (data) => {
      data[0]![7] = 'match_functon';
      return data;
    });
    const misspelt = edit(fixtureSheets(), 'personas', (data) => {
      data[2]![7] = 'finanse';
      return data;
    });
    const unknownColumn = messages(await build(sheets, 'team.xlsx'));
    expect(unknownColumn).toHaveLength(1);
    expect(unknownColumn[0]).toMatch(
      /^team\.xlsx sheet "personas" row 1, column "match_functon": is not a column of sheet "personas" \(did you mean "match_functions"\?\)/,
    );
    expect(messages(await build(misspelt))).toEqual([
      'pack.xlsx sheet "personas" row 3, column "match_functions": "finanse" is not a function (did you mean "finance"?)',
    ]);
  });

  it('refuses a date that does not exist, on its cell', async () => {
    const result = await build(edit(fixtureSheets(), 'assets', (data) => ((data[1]![8] = '2/30/2026'), data)));
    expect(messages(result)).toEqual(['pack.xlsx sheet "assets" row 2, column "updated_at": "2/30/2026" is not a date that exists; write it like 2026-03-31']);
  });

  it('suggests the sheet meant by an unknown sheet name, ignores # sheets, and names a missing one', async () => {
    const renamed = fixtureSheets().map((s) => (s.sheet === 'objections' ? { ...s, sheet: 'Objection' } : s));
    expect(messages(await build([...renamed, { sheet: '# notes', data: [['anything']] }]))).toEqual([
      'pack.xlsx sheet "Objection": is not one of the pack\'s sheets (did you mean "objections"?); the sheets are pack, personas, insights, objections, questions, messages, assets (start a sheet\'s name with # to keep notes in it)',
    ]);
    const withoutPersonas = fixtureSheets().filter(
      (s) => s.sheet !== 'personas' && s.sheet !== 'insights' && s.sheet !== 'objections' && s.sheet !== 'questions' && s.sheet !== 'messages',
    );
    expect(messages(await build(withoutPersonas.map((s) => (s.sheet === 'assets' ? { ...s, data: [s.data[0]!] } : s))))).toEqual([
      'pack.xlsx sheet "personas": is missing; it is the one table every pack needs',
    ]);
  });

  it('matches sheet names in any case, and takes the sheet name as written into messages', async () => {
    const sheets = fixtureSheets().map((s) => ({ ...s, sheet: s.sheet[0]!.toUpperCase() + s.sheet.slice(1) }));
    expect(messages(await build(sheets))).toEqual([]);
    const bad = edit(sheets, 'Personas', (data) => ((data[1]![3] = 'champoin'), data));
    expect(messages(await build(bad))).toEqual([
      'pack.xlsx sheet "Personas" row 2, column "role": "champoin" is not a buying-committee role (did you mean "champion"?)',
    ]);
  });

  it('says what a file that is not a workbook is', async () => {
    expect(await readWorkbook(new TextEncoder().encode('id,name\n'))).toEqual({
      ok: false,
      message: expect.stringMatching(/^is not an Excel workbook \(\.xlsx\)/),
    });
    expect(await readWorkbook(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).toEqual({
      ok: false,
      message: expect.stringMatching(/Excel 97-2003 workbook \(\.xls\); save it as an Excel Workbook \(\.xlsx\)/),
    });
    expect(await readWorkbook(Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 0]))).toEqual({
      ok: false,
      message: expect.stringMatching(/^could not be read as an Excel workbook/),
    });
  });

  it('reads a workbook held in a view into a larger buffer (as small Node Buffers are, in a shared pool)', async () => {
    const bytes = await workbook(fixtureSheets());
    const pooled = Buffer.concat([Buffer.from('some other file in the same pool'), bytes]).subarray(32);
    const read = await readWorkbook(pooled);
    expect(read.ok && read.sheets.map((s) => s.name)).toEqual(fixtureSheets().map((s) => s.sheet));
  });

  it('builds the committed workbook (test/fixtures/xlsx-pack.xlsx) like the CSV folder', async () => {
    const read = await readWorkbook(readFileSync(`${fixtures}xlsx-pack.xlsx`));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const result = buildFromWorkbook(read.sheets, 'xlsx-pack.xlsx');
    const fromCsv = buildFromCsvFiles(csvFiles());
    expect(messages(result)).toEqual([]);
    expect(result.ok && result.pack).toEqual(fromCsv.ok && fromCsv.pack);
  });
});

describe('dates as spreadsheets write them, in CSV too', () => {
  const withPack = (replace: (text: string) => string, assets?: (text: string) => string) => {
    const files = csvFiles();
    files['pack.csv'] = replace(files['pack.csv']!);
    if (assets) files['assets.csv'] = assets(files['assets.csv']!);
    return buildFromCsvFiles(files);
  };

  it('reads 7/31/2026, 1/15/2026 9:00 AM and 10.01.2026 as ISO dates', () => {
    const result = withPack(
      (t) => t.replace('review_by,2026-07-31', 'review_by,7/31/2026').replace('published_at,2026-01-15T09:00:00Z', 'published_at,1/15/2026 9:00 AM'),
      (t) => t.replace(',compliance; audit,2026-01-10', ',compliance; audit,10.01.2026').replace(',security,2025-11-02', ',security,45963'),
    );
    expect(messages(result)).toEqual([]);
    if (!result.ok) return;
    expect(result.pack).toMatchObject({ reviewBy: '2026-07-31', publishedAt: '2026-01-15T09:00:00Z' });
    expect(result.pack.assets.slice(0, 2).map((a) => a.updatedAt)).toEqual(['2026-01-10', '2025-11-02']);
  });

  it('reports an impossible date on its row and column', () => {
    expect(messages(withPack((t) => t.replace('review_by,2026-07-31', 'review_by,13/13/2026')))).toEqual([
      'pack.csv row 6, column "value": "13/13/2026" is not a date that exists; write it like 2026-03-31',
    ]);
  });

  it('reads month first unless the first number cannot be a month', () => {
    const iso = (text: string) => {
      const d = spreadsheetDate(text);
      return d instanceof Date ? d.toISOString() : d;
    };
    expect(iso('3/2/2026')).toBe('2026-03-02T00:00:00.000Z');
    expect(iso('31/3/2026')).toBe('2026-03-31T00:00:00.000Z');
    expect(iso('02.03.2026')).toBe('2026-03-02T00:00:00.000Z');
    expect(iso('2.3.26')).toBe('2026-03-02T00:00:00.000Z');
    expect(iso('2026/3/2 14:30')).toBe('2026-03-02T14:30:00.000Z');
    expect(iso('3/2/2026 12:05:09 AM')).toBe('2026-03-02T00:05:09.000Z');
    expect(iso('2/29/2025')).toBe('impossible');
    expect(iso('next week')).toBeUndefined();
  });
});
