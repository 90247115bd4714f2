/**
 * Workbook bytes (`.xlsx`) to the sheets of the spreadsheet form (lib/pack/build.ts,
 * buildFromWorkbook). Reading is read-excel-file's (the universal build, so the same code runs
 * in Node and in extension pages): it unzips the workbook, resolves shared strings and turns
 * date-formatted cells into Dates; serial numbers in other cells stay numbers, which the
 * build reads as dates where a column holds dates.
 */
import readXlsxFile from 'read-excel-file/universal';
import type { WorkbookSheet } from './build';
import { MAX_PACK_BYTES } from './schema';
import { sizeProblem } from './decode';

export type WorkbookResult = { ok: true; sheets: WorkbookSheet[] } | { ok: false; message: string };

/** A .xlsx starts like every zip file; an .xls (the older binary format) does not. */
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;
const isOldExcel = (bytes: Uint8Array) => bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;

export async function readWorkbook(bytes: Uint8Array, limit = MAX_PACK_BYTES): Promise<WorkbookResult> {
  const tooBig = sizeProblem(bytes.byteLength, limit);
  if (tooBig) return { ok: false, message: tooBig };
  if (isOldExcel(bytes)) return { ok: false, message: 'is an Excel 97-2003 workbook (.xls); save it as an Excel Workbook (.xlsx)' };
  if (!isZip(bytes))
    return { ok: false, message: 'is not an Excel workbook (.xlsx): it does not start like one; save it from your spreadsheet as "Excel Workbook (.xlsx)"' };
  try {
    // A copy that owns its ArrayBuffer: a Node Buffer may be a view into a larger shared pool
    // (and Buffer#slice makes another view, not a copy).
    const buffer = new Uint8Array(bytes).buffer;
    // Text as written (the build trims where it should); numbers as Excel stores them.
    const sheets = await readXlsxFile(buffer, { trim: false });
    return { ok: true, sheets: sheets.map(({ sheet, data }) => ({ name: sheet, cells: data as WorkbookSheet['cells'] })) };
  } catch (error) {
    return { ok: false, message: `could not be read as an Excel workbook (.xlsx): ${(error as Error).message}` };
  }
}
