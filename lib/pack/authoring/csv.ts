/** The CSV form: a folder of CSV files (one per table, ids linking rows), with pack.csv or pack.yaml. */
import { LineCounter, parseDocument } from 'yaml';
import { closest } from '../suggest';
import { parsePackData } from '../validate';
import { CSV_FILE_NAMES, CSV_TABLES, type Table } from './columns';
import type { BuildResult, Segment } from './problems';
import { CsvBuild } from './table-reader';
import { buildFromTables, type Tables } from './tables';

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
    build.problem(
      { file: name },
      `is not one of the pack's files${suggestion ? ` (did you mean ${suggestion}?)` : ''}; expected ${CSV_FILE_NAMES.filter((f) => f !== 'pack.yml').join(', ')}`,
    );
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
          if (key in fields)
            build.problem({ file: packYaml.name, line: yamlLine([key]) }, `has "${key}", which come from ${key}.csv in this form; remove it here`);
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
  return buildFromTables(build, tables, missing, packYaml ? (top ?? {}) : undefined);
}
