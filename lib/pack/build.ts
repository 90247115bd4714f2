/**
 * Authoring: compiles a YAML pack, or a folder of CSV files or an Excel workbook (the
 * spreadsheet form), into a pack. Every problem points where the admin has to look: a CSV file,
 * spreadsheet row and column, or a YAML line, never only a JSON path into a document they did
 * not write.
 *
 * One module per authoring form in ./authoring/ (yaml.ts for YAML and JSON, csv.ts and
 * workbook.ts for the spreadsheet form over tables.ts, suggestions.ts for "did you mean");
 * this file is their one entry, for the CLI and the options page. Pure functions over file
 * contents (no file system).
 */
export { formatBuildProblem, type BuildProblem, type BuildResult } from './authoring/problems';
export { buildFromJson, buildFromYaml } from './authoring/yaml';
export { buildFromCsvFiles } from './authoring/csv';
export { buildFromWorkbook, type WorkbookSheet } from './authoring/workbook';
export { CSV_FILE_NAMES } from './authoring/columns';
export { spreadsheetDate, splitList, type Cell } from './authoring/cells';
