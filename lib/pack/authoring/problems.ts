/**
 * What every authoring form reports: a problem located where the admin has to look (a file,
 * sheet, row and column, or a YAML line), and how it reads in a terminal or the options page.
 */
import type { Pack } from '../schema';

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

/** A step of a JSON path: a field name or an array index. */
export type Segment = string | number;

/** `$.personas[0].match` → `['personas', 0, 'match']` (the inverse of validate's formatPath). */
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
