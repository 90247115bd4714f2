/**
 * The one CSV writer of the exports a seller hands to an admin (corrections, usage counters):
 * RFC 4180 through papaparse's `unparse`, CRLF line ends as spreadsheets expect, and a final
 * line end.
 *
 * Cells come from web pages (titles) and packs, so a cell that a spreadsheet would run as a
 * formula (it starts with =, +, -, @, a tab or a CR) is prefixed with an apostrophe (OWASP "CSV
 * injection"). We guard cells ourselves rather than through papaparse's `escapeFormulae`: in
 * papaparse 5.7 `escapeFormulae: true` tests `/^[=+\-@\t\r].*$/`, which misses a cell with a line
 * break after its formula (`=HYPERLINK(…)\nx` would run), and it quotes every guarded cell, which
 * changes the exported bytes (`'+1 555` became `"'+1 555"`).
 */
import Papa from 'papaparse';

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell's text with a leading apostrophe when a spreadsheet would otherwise run it as a formula. */
function guarded(value: CsvValue): string {
  const text = value === null || value === undefined ? '' : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell as CSV text: guarded, and quoted when it holds a quote, comma or line break. */
export function csvCell(value: CsvValue): string {
  return Papa.unparse([[guarded(value)]]);
}

/** A header row and data rows as CSV text, every cell guarded against formulas. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return `${Papa.unparse([[...header], ...rows.map((row) => row.map(guarded))], { newline: '\r\n' })}\r\n`;
}
