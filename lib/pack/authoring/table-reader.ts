/**
 * Reads the tables of the spreadsheet form into rows, converting cells by column kind and
 * recording where each field of the built pack came from, so validation's problems point at a
 * cell. Problems found while reading are collected, not thrown.
 */
import Papa from 'papaparse';
import { EVIDENCE_TIERS } from '../schema';
import { evidencePrefix, PREFIX_HINT } from '../evidence';
import { closest, explainValue } from '../suggest';
import { formatPath } from '../validate';
import { cellText, excelSerialDate, isoDateOf, spreadsheetDate, splitList, tableLabel, type Cell, type TableSource } from './cells';
import { normalizeHeader, type Column } from './columns';
import type { BuildProblem, Segment } from './problems';

export interface Origin {
  file: string;
  sheet?: string;
  row?: number;
  column?: string;
  line?: number;
}

export interface Row {
  file: string;
  sheet?: string;
  row: number;
  values: Record<string, unknown>;
  /** Column header (as written) for each target field name, for error origins. */
  headers: Record<string, string>;
}

export class CsvBuild {
  problems: BuildProblem[] = [];
  origins = new Map<string, Origin>();

  problem(origin: Origin, message: string) {
    this.problems.push({ ...origin, message });
  }

  origin(path: Segment[], origin: Origin) {
    this.origins.set(formatPath(path), origin);
  }

  /** Where a JSON path came from: the deepest recorded prefix. */
  locate(path: Segment[]): Origin | undefined {
    for (let n = path.length; n >= 0; n--) {
      const found = this.origins.get(formatPath(path.slice(0, n)));
      if (found) return found;
    }
    return undefined;
  }

  /** One CSV file's cells; rows are spreadsheet rows (a quoted cell may hold line breaks). */
  parseCsv(file: string, text: string): TableSource {
    const body = text.replace(/^\uFEFF/, '');
    // Spreadsheets in some locales save with `;` or tabs; the header row decides, since list
    // cells may hold `;` too.
    const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
    const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const);
    const delimiter = counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
    const parsed = Papa.parse<string[]>(body, { header: false, delimiter, skipEmptyLines: false });
    for (const error of parsed.errors) {
      const row = (error.row ?? 0) + 1;
      const message =
        error.code === 'MissingQuotes' ? 'a quoted cell is never closed: add the missing " (a cell that starts with " must end with ")' : error.message;
      this.problem({ file, row }, message);
    }
    return { file, cells: parsed.data };
  }

  /** One table (a CSV file or a workbook sheet) into rows keyed by target field, reporting unknown and missing columns. */
  readTable(source: TableSource, columns: Column[]): Row[] {
    const { file, sheet } = source;
    const at = sheet !== undefined ? { file, sheet } : { file };
    const label = tableLabel(source);
    const [rawHeader = [], ...data] = source.cells;
    const header = rawHeader.map(cellText);
    const known = new Map(columns.map((c) => [normalizeHeader(c.name), c]));
    const used: { index: number; column: Column; header: string }[] = [];
    header.forEach((raw, index) => {
      const name = raw.trim();
      if (name === '' || name.startsWith('#')) {
        // Unnamed and `#notes` columns are the admin's own; ignored, but a value under an
        // unnamed column is probably a shifted row.
        if (name === '') {
          const r = data.findIndex((cells) => cellText(cells[index]) !== '');
          if (r >= 0) this.problem({ ...at, row: r + 2 }, `has a value in column ${index + 1}, which has no header; name the column or move the value`);
        }
        return;
      }
      const column = known.get(normalizeHeader(name));
      if (!column) {
        const suggestion = closest(
          normalizeHeader(name),
          columns.map((c) => normalizeHeader(c.name)),
        );
        const hint = suggestion ? ` (did you mean "${columns.find((c) => normalizeHeader(c.name) === suggestion)!.name}"?)` : '';
        this.problem(
          { ...at, row: 1, column: name },
          `is not a column of ${label}${hint}; the columns are ${columns.map((c) => c.name).join(', ')} (start a header with # for a notes column)`,
        );
        return;
      }
      if (used.some((u) => u.column === column)) {
        this.problem({ ...at, row: 1, column: name }, 'appears twice in the header');
        return;
      }
      used.push({ index, column, header: name });
    });
    for (const column of columns)
      if (column.required && !used.some((u) => u.column === column)) this.problem({ ...at, row: 1 }, `has no "${column.name}" column, which is required`);

    const rows: Row[] = [];
    data.forEach((cells, i) => {
      const rowNumber = i + 2;
      if (cells.every((c) => cellText(c) === '')) return;
      // Cells past the header have no column to go to: usually an unquoted comma in a cell.
      const extra = cells
        .slice(header.length)
        .map(cellText)
        .filter((c) => c !== '');
      if (extra.length > 0)
        this.problem(
          { ...at, row: rowNumber },
          `has ${cells.length} cells but the header has ${header.length} columns; the extra ${extra.length === 1 ? 'cell' : 'cells'} (${extra
            .slice(0, 3)
            .map((c) => JSON.stringify(c.slice(0, 40)))
            .join(', ')}) would be lost: put a cell that holds a comma in double quotes, or add a header for the column`,
        );
      const row: Row = { ...at, row: rowNumber, values: {}, headers: {} };
      for (const { index, column, header: name } of used) {
        const cell = cells[index];
        const key = column.target.join('.');
        row.headers[key] = name;
        if (cellText(cell) === '') {
          if (column.required) this.problem({ ...at, row: rowNumber, column: name }, 'is empty, but every row needs it');
          continue;
        }
        row.values[key] = this.convert(cell, column, { ...at, row: rowNumber, column: name });
      }
      rows.push(row);
    });
    return rows;
  }

  convert(raw: Cell, column: Column, origin: Origin): unknown {
    if (column.kind === 'date' || column.kind === 'date-time') return this.date(raw, column.kind === 'date-time', origin);
    const cell = cellText(raw);
    switch (column.kind) {
      case 'text':
        return cell;
      case 'list':
        return splitList(cell);
      case 'int':
        if (/^[+-]?\d+$/.test(cell)) return Number(cell);
        this.problem(origin, `"${cell}" is not a whole number`);
        return undefined;
      case 'insights':
        return splitList(cell).map((item) => this.insight(item, origin));
    }
  }

  /**
   * A date cell as the pack's ISO text, whatever the spreadsheet made of it: a date cell or a
   * serial number (a workbook), a reformatted date like `3/2/2026` (see spreadsheetDate), or ISO
   * already. A date alone in a date-time field means midnight UTC; a time in a date field is
   * dropped. Anything else is kept for validation to report.
   */
  date(raw: Cell, withTime: boolean, origin: Origin): unknown {
    let date: Date | 'impossible' | undefined;
    if (raw instanceof Date) date = raw;
    else if (typeof raw === 'number') date = excelSerialDate(raw);
    else {
      const cell = cellText(raw);
      if (/^\d{4}-\d{2}-\d{2}$/.test(cell)) return withTime ? `${cell}T00:00:00Z` : cell;
      // A workbook's pack sheet holds dates in its value column, read as text there (cellText).
      if (!withTime && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(cell)) return cell.slice(0, 10);
      // A date cell saved from a General-format column: its serial number (1 = 1900-01-01).
      if (/^\d{1,6}(?:\.\d+)?$/.test(cell) && Number(cell) >= 1 && Number(cell) < 2_958_466) date = excelSerialDate(Number(cell));
      else date = spreadsheetDate(cell);
      if (date === undefined) return cell;
    }
    if (date === 'impossible' || Number.isNaN(date.getTime())) {
      this.problem(origin, `"${cellText(raw)}" is not a date that exists; write it like 2026-03-31`);
      return undefined;
    }
    return isoDateOf(date, withTime);
  }

  /** `[confirmed] text`, `[likely: 2025 win-loss review] text` or plain text (lib/pack/evidence.ts). */
  insight(item: string, origin: Origin): unknown {
    const prefix = evidencePrefix(item);
    if (!prefix) return item;
    if (!prefix.ok) {
      this.problem(origin, `${explainValue(prefix.word, { what: 'evidence tier', values: EVIDENCE_TIERS })}: ${PREFIX_HINT}`);
      return item;
    }
    return { text: prefix.text, evidence: prefix.evidence, ...(prefix.source ? { source: prefix.source } : {}) };
  }
}

function setIn(target: Record<string, unknown>, path: string[], value: unknown) {
  let node = target;
  for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[path[path.length - 1]!] = value;
}

/** Builds an object from a row's values, recording where each field came from. */
export function objectFrom(build: CsvBuild, row: Row, at: Segment[], skip: string[] = []): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  const rowOrigin: Origin = { file: row.file, ...(row.sheet !== undefined ? { sheet: row.sheet } : {}), row: row.row };
  build.origin(at, rowOrigin);
  for (const [key, value] of Object.entries(row.values)) {
    if (value === undefined || skip.includes(key)) continue;
    const path = key.split('.');
    setIn(object, path, value);
    build.origin([...at, ...path], { ...rowOrigin, column: row.headers[key] });
    // Parents created for nested fields (match, match.keywords) point at the first column that made them.
    for (let n = 1; n < path.length; n++)
      if (!build.origins.has(formatPath([...at, ...path.slice(0, n)]))) build.origin([...at, ...path.slice(0, n)], rowOrigin);
  }
  return object;
}
