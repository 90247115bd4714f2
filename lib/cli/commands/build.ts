import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { buildFromCsvFiles, buildFromJson, buildFromYaml, CSV_FILE_NAMES, formatBuildProblem, type BuildResult } from '../../pack/build';
import { parseArgs, UsageError, type Command } from '../io';

/** Reads the pack files of a CSV folder (other files, like a README, are left alone). */
async function readCsvFolder(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of await readdir(dir)) {
    if (!/\.(csv|ya?ml)$/i.test(name)) continue;
    if (!CSV_FILE_NAMES.includes(name.toLowerCase()) && !/\.csv$/i.test(name)) continue;
    files[name] = await readFile(join(dir, name), 'utf8');
  }
  return files;
}

/** `build <file.yaml|folder> [-o out.json]`: the pack JSON on stdout (or in the file), problems on stderr. */
export const build: Command = async (args, io) => {
  const { positional, options } = parseArgs(args, ['out']);
  const input = positional[0];
  if (!input) throw new UsageError('build needs a YAML file or a folder of CSV files');
  const path = resolve(io.cwd, input);
  let result: BuildResult;
  if ((await stat(path)).isDirectory()) result = buildFromCsvFiles(await readCsvFolder(path));
  else {
    const text = await readFile(path, 'utf8');
    result = /\.ya?ml$/i.test(input) ? buildFromYaml(text, basename(input)) : buildFromJson(text, basename(input));
  }
  if (!result.ok) {
    for (const problem of result.problems) io.stderr.write(`${formatBuildProblem(problem)}\n`);
    io.stderr.write(`${input}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}; no pack was written\n`);
    return 1;
  }
  const json = `${JSON.stringify(result.pack, null, 2)}\n`;
  if (typeof options.out === 'string') {
    await writeFile(resolve(io.cwd, options.out), json);
    const { pack } = result;
    io.stderr.write(`${options.out}: ${pack.id}@${pack.version}: ${pack.personas.length} personas, ${pack.assets.length} assets\n`);
  } else io.stdout.write(json);
  return 0;
};
