/** Cells of the spreadsheet form as text, lists and dates, whatever the spreadsheet made of them. */
/** List cells: one item per line when the cell has line breaks, otherwise separated by `;`. */
export function splitList(cell: string): string[] {
  const parts = /[\r\n]/.test(cell) ? cell.split(/\r?\n|\r/) : cell.split(';');
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** A cell as a spreadsheet holds it: CSV cells are text, workbook cells may also be numbers, booleans or dates. */
export type Cell = string | number | boolean | Date | null | undefined;

/** One table of the spreadsheet form: a CSV file, or a sheet of a workbook. */
export interface TableSource {
  file: string;
  sheet?: string;
  cells: Cell[][];
}

/** How a table is named in messages: `personas.csv`, or `sheet "Personas"`. */
export const tableLabel = (source: { file: string; sheet?: string }) => (source.sheet !== undefined ? `sheet "${source.sheet}"` : source.file);

/** Text of a cell that holds no date: numbers as a spreadsheet shows them in General format. */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return isoDateOf(cell, cell.getUTCHours() + cell.getUTCMinutes() + cell.getUTCSeconds() > 0);
  return String(cell).trim();
}

/** Excel's day 0 of the 1900 date system (its serial 60 is the 29 February 1900 that never was; real dates start after it). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export function isoDateOf(date: Date, withTime: boolean): string {
  const iso = date.toISOString();
  return withTime ? `${iso.slice(0, 19)}Z` : iso.slice(0, 10);
}

/** A serial number (days since 1899-12-30, time as the fraction) as the date it stands for; to the second. */
export function excelSerialDate(serial: number): Date {
  return new Date(EXCEL_EPOCH + Math.round(serial * 86_400) * 1000);
}

const TIME = String.raw`(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?`;
const MONTH_FIRST = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})${TIME}$`);
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})[.-](\d{1,2})[.-](\d{4}|\d{2})${TIME}$`);
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})/(\d{1,2})/(\d{1,2})${TIME}$`);

/**
 * A date as spreadsheets write it once they have reformatted a cell: `3/2/2026` (Excel in
 * English, month first; day first when the first number is above 12), `02.03.2026` or
 * `02-03-2026` (day first, as in German and Dutch), `2026/03/02`, each optionally with a time
 * (`9:30`, `9:30:00 AM`). Two-digit years read as Excel reads them (00-29 → 20xx). A time is
 * taken as UTC, since spreadsheets store none. Undefined when the text is none of these.
 */
export function spreadsheetDate(text: string): Date | 'impossible' | undefined {
  let y: number, mo: number, d: number;
  let m = YEAR_FIRST.exec(text);
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = MONTH_FIRST.exec(text))) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    [mo, d] = a > 12 ? [b, a] : [a, b];
    y = Number(m[3]);
  } else if ((m = DAY_FIRST.exec(text))) [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else return undefined;
  if (m[3]!.length === 2 && !YEAR_FIRST.test(text)) y += y < 30 ? 2000 : 1900;
  let hours = m[4] === undefined ? 0 : Number(m[4]);
  const minutes = m[5] === undefined ? 0 : Number(m[5]);
  const seconds = m[6] === undefined ? 0 : Number(m[6]);
  const half = m[7]?.toLowerCase();
  if (half && (hours < 1 || hours > 12)) return 'impossible';
  if (half === 'pm' && hours < 12) hours += 12;
  if (half === 'am' && hours === 12) hours = 0;
  const date = new Date(Date.UTC(y, mo - 1, d, hours, minutes, seconds));
  // Date.UTC rolls 2/30 over into March: a date that does not round-trip does not exist.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || hours > 23 || minutes > 59 || seconds > 59)
    return 'impossible';
  return date;
}
