/** The workbook form: an Excel workbook (.xlsx), one sheet per table. */
import type { Cell } from './cells';
import { CSV_TABLES, type Table } from './columns';
import { closest } from '../suggest';
import type { BuildResult } from './problems';
import { CsvBuild } from './table-reader';
import { buildFromTables, type Tables } from './tables';

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
