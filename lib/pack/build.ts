/**
 * Authoring: compiles a YAML pack, or a folder of CSV files (the spreadsheet form), into a
 * pack. Every problem points where the admin has to look: a CSV file, spreadsheet row and
 * column, or a YAML line, never only a JSON path into a document they did not write.
 *
 * The CSV columns are documented for admins in test/fixtures/csv-pack/README.md; keep the
 * two in step. Pure functions over file contents (no file system), so the options page can
 * use them as well as the CLI.
 */
import Papa from 'papaparse';
import { LineCounter, parseDocument, isScalar } from 'yaml';
import {
  ASSET_TYPES,
  BUYING_ROLES,
  DEFAULT_STAGES,
  EVIDENCE_TIERS,
  FUNCTION_IDS,
  LEVELS,
  PACK_FORMAT,
  type Pack,
} from './schema';
import { evidencePrefix, PREFIX_HINT } from './evidence';
import { closest, explainValue, type Vocabulary } from './suggest';
import { formatPath, parsePack, parsePackData, validatePack, type PackProblem } from './validate';

export { closest, editDistance, explainValue } from './suggest';

export interface BuildProblem {
  /** The file to open: `personas.csv`, `pack.yaml`, `acme.yaml`, `pack.xlsx`. */
  file: string;
  /** The sheet of a workbook (`.xlsx`), as it is named in the file. */
  sheet?: string;
  /** Spreadsheet row number: the header is row 1, the first data row is row 2. */
  row?: number;
  /** The column header as written in the file. */
  column?: string;
  /** 1-based line, for YAML files. */
  line?: number;
  /** The JSON path in the built pack, when the problem is about one. */
  path?: string;
  message: string;
}

export type BuildResult = { ok: true; pack: Pack } | { ok: false; problems: BuildProblem[] };

/** `personas.csv row 4, column "match_functions": "secrity" is not a function (did you mean "security"?)` */
export function formatBuildProblem(problem: BuildProblem): string {
  let where = problem.file;
  if (problem.sheet !== undefined) where += ` sheet "${problem.sheet}"`;
  // A JSON path alone reads like validate's output: `pack.json: $.version: …`.
  if (problem.path !== undefined && problem.row === undefined && problem.column === undefined && problem.line === undefined)
    return `${where}: ${problem.path}: ${problem.message}`;
  if (problem.row !== undefined) where += ` row ${problem.row}`;
  if (problem.column !== undefined) where += `${problem.row !== undefined ? ',' : ''} column "${problem.column}"`;
  if (problem.line !== undefined) where += ` line ${problem.line}`;
  if (problem.path !== undefined && problem.column === undefined) where += ` (${problem.path})`;
  return `${where}: ${problem.message}`;
}

// ---------------------------------------------------------------------------------------
// Friendlier messages for values drawn from a fixed list: say what the value should be and
// suggest the nearest spelling. Shared by the YAML, JSON and CSV paths.

type Segment = string | number;

export function parsePath(path: string): Segment[] {
  const segments: Segment[] = [];
  const re = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  for (const m of path.slice(1).matchAll(re)) {
    if (m[1] !== undefined) segments.push(m[1]);
    else if (m[2] !== undefined) segments.push(Number(m[2]));
    else segments.push(JSON.parse(m[3]!) as string);
  }
  return segments;
}

function valueAt(data: unknown, path: readonly Segment[]): unknown {
  return path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<Segment, unknown>)[key] : undefined), data);
}

function vocabularyFor(path: readonly Segment[], data: unknown): Vocabulary | undefined {
  const shape = path.map((s) => (typeof s === 'number' ? '*' : s)).join('.');
  const pack = (data ?? {}) as { stages?: unknown; assets?: unknown; personas?: unknown };
  const ids = (list: unknown) => (Array.isArray(list) ? list.map((x) => (x as { id?: unknown })?.id).filter((x): x is string => typeof x === 'string') : []);
  const stages = () => (Array.isArray(pack.stages) ? pack.stages.filter((s): s is string => typeof s === 'string') : DEFAULT_STAGES);
  if (shape === 'personas.*.match.functions.*') return { what: 'function', values: FUNCTION_IDS };
  if (/^personas\.\*\.match\.seniority\.(min|max)$/.test(shape)) return { what: 'seniority level', values: LEVELS };
  if (shape === 'personas.*.kind') return { what: 'persona kind', values: ['primary', 'secondary', 'negative'] };
  if (shape === 'personas.*.role') return { what: 'buying-committee role', values: BUYING_ROLES };
  if (shape === 'assets.*.type') return { what: 'asset type', values: ASSET_TYPES };
  if (/\.evidence$/.test(shape)) return { what: 'evidence tier', values: EVIDENCE_TIERS };
  if (/^personas\.\*\.(objections|questions|messages)\.\*\.stage$/.test(shape) || shape === 'assets.*.stages.*')
    return { what: 'stage of this pack', values: stages() };
  if (shape === 'personas.*.objections.*.proof.*') return { what: 'asset id of this pack', values: ids(pack.assets) };
  if (shape === 'assets.*.personas.*') return { what: 'persona id of this pack', values: ids(pack.personas) };
  return undefined;
}

function improveMessage(problem: PackProblem, data: unknown): string {
  const path = parsePath(problem.path);
  const value = valueAt(data, path);
  const vocabulary = vocabularyFor(path, data);
  if (typeof value === 'string' && vocabulary && !vocabulary.values.includes(value)) return explainValue(value, vocabulary);
  return problem.message;
}

// ---------------------------------------------------------------------------------------
// YAML and JSON

function yamlProblems(text: string, file: string, problems: PackProblem[], data: unknown): BuildProblem[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return problems.map((problem) => {
    const path = parsePath(problem.path);
    let message = improveMessage(problem, data);
    // Walk up to the nearest node that exists (a missing field is reported on its parent).
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (!node?.range) continue;
      // YAML reads `version: 1.10` as the number 1.1: point at the fix.
      if (n === path.length && isScalar(node) && typeof node.value === 'number' && /should be text/.test(message))
        message += ` (put it in quotes: "${text.slice(node.range[0], node.range[1])}")`;
      return { file, line: lineCounter.linePos(node.range[0]).line, path: problem.path, message };
    }
    return { file, path: problem.path, message };
  });
}

/** A YAML pack (the same structure as JSON) to a pack. */
export function buildFromYaml(text: string, file = 'pack.yaml'): BuildResult {
  const parsed = parsePackData(text.replace(/^\uFEFF/, ''), 'yaml');
  // Syntax, size and alias problems: the document as a whole, with the line in the message.
  if (!parsed.ok) return { ok: false, problems: parsed.problems.map((p) => ({ file, message: p.message })) };
  const checked = validatePack(parsed.data);
  if (checked.ok) return checked;
  return { ok: false, problems: yamlProblems(text, file, checked.problems, parsed.data) };
}

/** A JSON pack, checked like a build (so `build` accepts every pack syntax). */
export function buildFromJson(text: string, file = 'pack.json'): BuildResult {
  const parsed = parsePack(text.replace(/^\uFEFF/, ''), 'json');
  if (parsed.ok) return parsed;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problems: parsed.problems.map((p) => ({ file, message: p.message })) };
  }
  return { ok: false, problems: parsed.problems.map((p) => ({ file, path: p.path, message: improveMessage(p, data) })) };
}

// ---------------------------------------------------------------------------------------
// CSV: one file per table, ids linking rows.

type CellKind = 'text' | 'list' | 'int' | 'insights' | 'date' | 'date-time';
interface Column {
  /** The documented header, snake_case. Headers match ignoring case, spaces, `_` and `-`. */
  name: string;
  /** Where the value goes in the object the row builds. */
  target: string[];
  kind: CellKind;
  required?: boolean;
}
const col = (name: string, target: string, kind: CellKind = 'text', required = false): Column => ({
  name,
  target: target.split('.'),
  kind,
  required,
});

/** The files of the CSV form; `pack.yaml` may replace `pack.csv`. */
export const CSV_TABLES = {
  pack: [
    col('format', 'format'),
    col('id', 'id'),
    col('name', 'name'),
    col('version', 'version'),
    col('published_at', 'publishedAt', 'date-time'),
    col('review_by', 'reviewBy', 'date'),
    col('owner', 'owner'),
    col('stages', 'stages', 'list'),
  ],
  personas: [
    col('id', 'id', 'text', true),
    col('name', 'name', 'text', true),
    col('summary', 'summary'),
    col('badge', 'badge'),
    col('kind', 'kind'),
    col('role', 'role'),
    col('match_titles', 'match.titles', 'list'),
    col('match_keywords_any', 'match.keywords.any', 'list'),
    col('match_keywords_all', 'match.keywords.all', 'list'),
    col('match_functions', 'match.functions', 'list'),
    col('match_seniority_min', 'match.seniority.min'),
    col('match_seniority_max', 'match.seniority.max'),
    col('match_exclude', 'match.exclude', 'list'),
    col('match_priority', 'match.priority', 'int'),
    col('goals', 'goals', 'insights'),
    col('metrics', 'metrics', 'insights'),
    col('pain_points', 'painPoints', 'insights'),
    col('triggers', 'triggers', 'insights'),
    col('decision_criteria', 'decisionCriteria', 'insights'),
    col('channels', 'channels', 'list'),
    col('talk_track', 'talkTrack'),
  ],
  insights: [
    col('persona', 'persona', 'list', true),
    col('type', 'type', 'text', true),
    col('text', 'text', 'text', true),
    col('evidence', 'evidence'),
    col('source', 'source'),
  ],
  objections: [
    col('persona', 'persona', 'list', true),
    col('id', 'id', 'text', true),
    col('text', 'text', 'text', true),
    col('response', 'response', 'text', true),
    col('proof', 'proof', 'list'),
    col('stage', 'stage'),
    col('evidence', 'evidence'),
  ],
  questions: [
    col('persona', 'persona', 'list', true),
    col('text', 'text', 'text', true),
    col('stage', 'stage'),
    col('purpose', 'purpose'),
  ],
  messages: [
    col('persona', 'persona', 'list', true),
    col('stage', 'stage', 'text', true),
    col('text', 'text', 'text', true),
    col('cta', 'cta'),
  ],
  assets: [
    col('id', 'id', 'text', true),
    col('title', 'title', 'text', true),
    col('type', 'type', 'text', true),
    col('url', 'url', 'text', true),
    col('summary', 'summary'),
    col('stages', 'stages', 'list'),
    col('personas', 'personas', 'list'),
    col('tags', 'tags', 'list'),
    col('updated_at', 'updatedAt', 'date'),
  ],
} satisfies Record<string, Column[]>;
type Table = keyof typeof CSV_TABLES;

/** insights.csv `type` values and the persona field each fills. */
const INSIGHT_TYPES: Record<string, string> = {
  goal: 'goals',
  metric: 'metrics',
  'pain-point': 'painPoints',
  trigger: 'triggers',
  'decision-criterion': 'decisionCriteria',
};

export const CSV_FILE_NAMES = [...Object.keys(CSV_TABLES).map((t) => `${t}.csv`), 'pack.yaml', 'pack.yml'];

const normalizeHeader = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

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
const tableLabel = (source: { file: string; sheet?: string }) => (source.sheet !== undefined ? `sheet "${source.sheet}"` : source.file);

/** Text of a cell that holds no date: numbers as a spreadsheet shows them in General format. */
function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return isoDateOf(cell, cell.getUTCHours() + cell.getUTCMinutes() + cell.getUTCSeconds() > 0);
  return String(cell).trim();
}

/** Excel's day 0 of the 1900 date system (its serial 60 is the 29 February 1900 that never was; real dates start after it). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function isoDateOf(date: Date, withTime: boolean): string {
  const iso = date.toISOString();
  return withTime ? `${iso.slice(0, 19)}Z` : iso.slice(0, 10);
}

/** A serial number (days since 1899-12-30, time as the fraction) as the date it stands for; to the second. */
function excelSerialDate(serial: number): Date {
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

interface Origin {
  file: string;
  sheet?: string;
  row?: number;
  column?: string;
  line?: number;
}

interface Row {
  file: string;
  sheet?: string;
  row: number;
  values: Record<string, unknown>;
  /** Column header (as written) for each target field name, for error origins. */
  headers: Record<string, string>;
}

class CsvBuild {
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
        error.code === 'MissingQuotes'
          ? 'a quoted cell is never closed: add the missing " (a cell that starts with " must end with ")'
          : error.message;
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
        const suggestion = closest(normalizeHeader(name), columns.map((c) => normalizeHeader(c.name)));
        const hint = suggestion ? ` (did you mean "${columns.find((c) => normalizeHeader(c.name) === suggestion)!.name}"?)` : '';
        this.problem({ ...at, row: 1, column: name }, `is not a column of ${label}${hint}; the columns are ${columns.map((c) => c.name).join(', ')} (start a header with # for a notes column)`);
        return;
      }
      if (used.some((u) => u.column === column)) {
        this.problem({ ...at, row: 1, column: name }, 'appears twice in the header');
        return;
      }
      used.push({ index, column, header: name });
    });
    for (const column of columns)
      if (column.required && !used.some((u) => u.column === column))
        this.problem({ ...at, row: 1 }, `has no "${column.name}" column, which is required`);

    const rows: Row[] = [];
    data.forEach((cells, i) => {
      const rowNumber = i + 2;
      if (cells.every((c) => cellText(c) === '')) return;
      // Cells past the header have no column to go to: usually an unquoted comma in a cell.
      const extra = cells.slice(header.length).map(cellText).filter((c) => c !== '');
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
function objectFrom(build: CsvBuild, row: Row, at: Segment[], skip: string[] = []): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  const rowOrigin: Origin = { file: row.file, ...(row.sheet !== undefined ? { sheet: row.sheet } : {}), row: row.row };
  build.origin(at, rowOrigin);
  for (const [key, value] of Object.entries(row.values)) {
    if (value === undefined || skip.includes(key)) continue;
    const path = key.split('.');
    setIn(object, path, value);
    build.origin([...at, ...path], { ...rowOrigin, column: row.headers[key] });
    // Parents created for nested fields (match, match.keywords) point at the first column that made them.
    for (let n = 1; n < path.length; n++) if (!build.origins.has(formatPath([...at, ...path.slice(0, n)]))) build.origin([...at, ...path.slice(0, n)], rowOrigin);
  }
  return object;
}

type Tables = Partial<Record<Table, TableSource>>;

/**
 * A folder's CSV files (file name → contents) to a pack. Files: pack.csv (two columns,
 * `field,value`) or pack.yaml, personas.csv (required), assets.csv, objections.csv,
 * questions.csv, messages.csv and insights.csv (all optional).
 */
export function buildFromCsvFiles(files: Record<string, string>): BuildResult {
  const build = new CsvBuild();
  const byName = new Map(Object.entries(files).map(([name, text]) => [name.toLowerCase(), { name, text }]));
  for (const { name } of byName.values()) {
    if (CSV_FILE_NAMES.includes(name.toLowerCase())) continue;
    if (!/\.(csv|ya?ml)$/i.test(name)) continue;
    const suggestion = closest(name.toLowerCase(), CSV_FILE_NAMES);
    build.problem({ file: name }, `is not one of the pack's files${suggestion ? ` (did you mean ${suggestion}?)` : ''}; expected ${CSV_FILE_NAMES.filter((f) => f !== 'pack.yml').join(', ')}`);
  }
  const tables: Tables = {};
  for (const table of Object.keys(CSV_TABLES) as Table[]) {
    const found = byName.get(`${table}.csv`);
    if (found) tables[table] = build.parseCsv(found.name, found.text);
  }
  const packYaml = byName.get('pack.yaml') ?? byName.get('pack.yml');

  // Top-level fields: pack.csv or pack.yaml.
  let top: Record<string, unknown> | undefined;
  if (packYaml && tables.pack) build.problem({ file: packYaml.name }, 'both pack.csv and pack.yaml are present; keep one of them');
  if (packYaml) {
    const lineCounter = new LineCounter();
    const doc = parseDocument(packYaml.text, { lineCounter });
    const yamlLine = (path: Segment[]) => {
      const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
      return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
    };
    const error = doc.errors[0];
    // Expanded with the same bound on aliases as a YAML pack.
    const expanded = error ? undefined : parsePackData(packYaml.text, 'yaml');
    if (error) build.problem({ file: packYaml.name, line: error.linePos?.[0].line }, `is not valid YAML: ${error.message.split('\n')[0]}`);
    else if (!expanded!.ok) build.problem({ file: packYaml.name }, expanded!.problems[0]!.message);
    else {
      const fields = expanded!.data;
      if (!fields || typeof fields !== 'object' || Array.isArray(fields))
        build.problem({ file: packYaml.name }, 'should hold the pack fields (id, name, version, publishedAt…), one per line as "field: value"');
      else {
        for (const key of ['personas', 'assets'])
          if (key in fields) build.problem({ file: packYaml.name, line: yamlLine([key]) }, `has "${key}", which come from ${key}.csv in this form; remove it here`);
        top = fields as Record<string, unknown>;
        for (const key of Object.keys(top)) build.origin([key], { file: packYaml.name, line: yamlLine([key]) });
        build.origin([], { file: packYaml.name });
      }
    }
  }
  const missing = {
    pack: { file: 'pack.csv', message: 'is missing: add pack.csv (columns field,value: id, name, version, published_at…) or pack.yaml' },
    personas: { file: 'personas.csv', message: 'is missing; it is the one table every pack needs' },
  };
  return buildFromTables(build, tables, missing, packYaml ? top ?? {} : undefined);
}

export interface WorkbookSheet {
  /** The sheet's name as the workbook spells it. */
  name: string;
  cells: Cell[][];
}

/**
 * A workbook (`.xlsx`, read by lib/pack/xlsx.ts) to a pack: one sheet per table, named like the
 * CSV files without `.csv` (`pack`, `personas`, `insights`, `objections`, `questions`,
 * `messages`, `assets`; any case), with the same columns. Sheets whose name starts with `#`
 * are the admin's own and ignored, like `#` columns.
 */
export function buildFromWorkbook(sheets: WorkbookSheet[], file = 'pack.xlsx'): BuildResult {
  const build = new CsvBuild();
  const tableNames = Object.keys(CSV_TABLES) as Table[];
  const tables: Tables = {};
  for (const sheet of sheets) {
    const key = sheet.name.trim().toLowerCase();
    if (key.startsWith('#')) continue;
    const table = tableNames.find((t) => t === key);
    if (!table) {
      const suggestion = closest(key, tableNames);
      build.problem(
        { file, sheet: sheet.name },
        `is not one of the pack's sheets${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; the sheets are ${tableNames.join(', ')} (start a sheet's name with # to keep notes in it)`,
      );
    } else if (tables[table]) build.problem({ file, sheet: sheet.name }, `is a second "${table}" sheet; keep one`);
    else tables[table] = { file, sheet: sheet.name, cells: sheet.cells };
  }
  const missing = {
    pack: { file, sheet: 'pack', message: 'is missing: add a sheet named "pack" (columns field, value: id, name, version, published_at…)' },
    personas: { file, sheet: 'personas', message: 'is missing; it is the one table every pack needs' },
  };
  return buildFromTables(build, tables, missing);
}

type MissingTable = Origin & { message: string };

/**
 * The tables of the spreadsheet form (from CSV files or workbook sheets) to a pack. `top` holds
 * the pack fields when pack.yaml gave them instead of a pack table.
 */
function buildFromTables(build: CsvBuild, tables: Tables, missing: { pack: MissingTable; personas: MissingTable }, top?: Record<string, unknown>): BuildResult {
  const report = ({ message, ...origin }: MissingTable) => build.problem(origin, message);
  let data: Record<string, unknown> = { format: PACK_FORMAT };
  if (top) data = { ...data, ...top };
  else if (tables.pack) readPackTable(build, tables.pack, data);
  else report(missing.pack);

  // Personas, then the tables that hang off them.
  const personasTable = tables.personas;
  const personas: Record<string, unknown>[] = [];
  const personaIndex = new Map<string, number>();
  if (!personasTable) report(missing.personas);
  else
    for (const row of build.readTable(personasTable, CSV_TABLES.personas)) {
      const at = ['personas', personas.length];
      const persona = objectFrom(build, row, at);
      // An empty match is reported by validation on the row, not an unknown column.
      persona.match ??= {};
      if (typeof persona.id === 'string' && !personaIndex.has(persona.id)) personaIndex.set(persona.id, personas.length);
      personas.push(persona);
    }
  const personaIds = [...personaIndex.keys()];
  const personasLabel = personasTable ? tableLabel(personasTable) : 'personas';
  const cellOf = (row: Row, column: string | undefined): Origin => ({ file: row.file, ...(row.sheet !== undefined ? { sheet: row.sheet } : {}), row: row.row, column });

  /** The persona indexes a row belongs to; unknown ids are reported on the cell. */
  const owners = (row: Row): number[] => {
    const ids = (row.values.persona as string[] | undefined) ?? [];
    const found: number[] = [];
    for (const id of ids) {
      const index = personaIndex.get(id);
      if (index === undefined) build.problem(cellOf(row, row.headers.persona), `${explainValue(id, { what: `persona id in ${personasLabel}`, values: personaIds })}`);
      else found.push(index);
    }
    return found;
  };
  const append = (index: number, field: string, row: Row, skip: string[], extra: (o: Record<string, unknown>) => void = () => {}) => {
    const persona = personas[index]!;
    const list = ((persona[field] as unknown[] | undefined) ??= []);
    const object = objectFrom(build, row, ['personas', index, field, list.length], ['persona', ...skip]);
    extra(object);
    list.push(object);
  };

  if (tables.insights)
    for (const row of build.readTable(tables.insights, CSV_TABLES.insights)) {
      const type = row.values.type as string | undefined;
      const field = type ? INSIGHT_TYPES[type.toLowerCase()] : undefined;
      if (type && !field) {
        build.problem(cellOf(row, row.headers.type), explainValue(type, { what: 'insight type', values: Object.keys(INSIGHT_TYPES) }));
        continue;
      }
      if (!field) continue;
      for (const index of owners(row)) append(index, field, row, ['type']);
    }

  if (tables.objections)
    // A [tier] prefix on the text is lifted by validation, as in every form (lib/pack/evidence.ts).
    for (const row of build.readTable(tables.objections, CSV_TABLES.objections))
      for (const index of owners(row)) append(index, 'objections', row, []);

  if (tables.questions)
    for (const row of build.readTable(tables.questions, CSV_TABLES.questions))
      for (const index of owners(row)) append(index, 'questions', row, []);

  if (tables.messages)
    for (const row of build.readTable(tables.messages, CSV_TABLES.messages))
      for (const index of owners(row)) append(index, 'messages', row, []);

  const assets: Record<string, unknown>[] = [];
  if (tables.assets)
    for (const row of build.readTable(tables.assets, CSV_TABLES.assets))
      assets.push(objectFrom(build, row, ['assets', assets.length]));

  data = { ...data, personas, assets };
  if (build.problems.length) return { ok: false, problems: build.problems };

  const result = validatePack(data);
  if (result.ok) return result;
  const problems = result.problems.map((problem): BuildProblem => {
    const origin = build.locate(parsePath(problem.path)) ?? { file: 'pack' };
    const message = improveMessage(problem, data);
    // Outside a cell (a whole row, pack.yaml) the JSON path still says which field.
    const path = origin.column === undefined ? problem.path : undefined;
    return { ...origin, ...(path ? { path } : {}), message };
  });
  // Table by table, top to bottom, as the admin will fix them.
  const order = Object.keys(CSV_TABLES);
  const tableRank = (problem: BuildProblem) => {
    const name = (problem.sheet ?? problem.file.replace(/\.csv$/i, '')).trim().toLowerCase();
    const i = /\.ya?ml$/i.test(problem.file) ? 0 : order.indexOf(name);
    return i < 0 ? order.length : i;
  };
  problems.sort((a, b) => tableRank(a) - tableRank(b) || (a.row ?? a.line ?? 0) - (b.row ?? b.line ?? 0));
  return { ok: false, problems };
}

/** The pack table (pack.csv, or a workbook's pack sheet): `field,value` rows; field names like the pack's (published_at or publishedAt). */
function readPackTable(build: CsvBuild, source: TableSource, data: Record<string, unknown>) {
  const rows = build.readTable(source, [col('field', 'field', 'text', true), col('value', 'value')]);
  const fields = new Map(CSV_TABLES.pack.map((c) => [normalizeHeader(c.name), c]));
  const at = source.sheet !== undefined ? { file: source.file, sheet: source.sheet } : { file: source.file };
  build.origin([], at);
  for (const row of rows) {
    const name = row.values.field as string | undefined;
    if (!name) continue;
    const column = fields.get(normalizeHeader(name));
    const origin = { ...at, row: row.row, column: row.headers.value ?? 'value' };
    if (!column) {
      const suggestion = closest(normalizeHeader(name), CSV_TABLES.pack.map((c) => normalizeHeader(c.name)));
      build.problem(
        { ...at, row: row.row, column: row.headers.field },
        `"${name}" is not a pack field${suggestion ? ` (did you mean "${CSV_TABLES.pack.find((c) => normalizeHeader(c.name) === suggestion)!.name}"?)` : ''}; the fields are ${CSV_TABLES.pack.map((c) => c.name).join(', ')}${/^(sites|personas|assets)$/i.test(name) ? ` (${name} cannot be given in pack.csv; use pack.yaml for sites)` : ''}`,
      );
      continue;
    }
    const value = row.values.value;
    if (value === undefined) continue;
    data[column.target[0]!] = build.convert(value as Cell, column, origin);
    build.origin([column.target[0]!], origin);
  }
}
