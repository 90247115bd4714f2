/** The tables of the spreadsheet form, from CSV files or workbook sheets, to a validated pack. */
import { PACK_FORMAT } from '../schema';
import { closest, explainValue } from '../suggest';
import { validatePack } from '../validate';
import type { Cell, TableSource } from './cells';
import { tableLabel } from './cells';
import { col, CSV_TABLES, INSIGHT_TYPES, normalizeHeader, type Table } from './columns';
import { parsePath, type BuildProblem, type BuildResult } from './problems';
import { improveMessage } from './suggestions';
import { objectFrom, type CsvBuild, type Origin, type Row } from './table-reader';

export type Tables = Partial<Record<Table, TableSource>>;

export type MissingTable = Origin & { message: string };

/**
 * The tables of the spreadsheet form (from CSV files or workbook sheets) to a pack. `top` holds
 * the pack fields when pack.yaml gave them instead of a pack table.
 */
export function buildFromTables(
  build: CsvBuild,
  tables: Tables,
  missing: { pack: MissingTable; personas: MissingTable },
  top?: Record<string, unknown>,
): BuildResult {
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
  const cellOf = (row: Row, column: string | undefined): Origin => ({
    file: row.file,
    ...(row.sheet !== undefined ? { sheet: row.sheet } : {}),
    row: row.row,
    column,
  });

  /** The persona indexes a row belongs to; unknown ids are reported on the cell. */
  const owners = (row: Row): number[] => {
    const ids = (row.values.persona as string[] | undefined) ?? [];
    const found: number[] = [];
    for (const id of ids) {
      const index = personaIndex.get(id);
      if (index === undefined)
        build.problem(cellOf(row, row.headers.persona), `${explainValue(id, { what: `persona id in ${personasLabel}`, values: personaIds })}`);
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
    for (const row of build.readTable(tables.objections, CSV_TABLES.objections)) for (const index of owners(row)) append(index, 'objections', row, []);

  if (tables.questions)
    for (const row of build.readTable(tables.questions, CSV_TABLES.questions)) for (const index of owners(row)) append(index, 'questions', row, []);

  if (tables.messages)
    for (const row of build.readTable(tables.messages, CSV_TABLES.messages)) for (const index of owners(row)) append(index, 'messages', row, []);

  const assets: Record<string, unknown>[] = [];
  if (tables.assets) for (const row of build.readTable(tables.assets, CSV_TABLES.assets)) assets.push(objectFrom(build, row, ['assets', assets.length]));

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
      const suggestion = closest(
        normalizeHeader(name),
        CSV_TABLES.pack.map((c) => normalizeHeader(c.name)),
      );
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
