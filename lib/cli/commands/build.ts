import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { buildFromCsvFiles, buildFromJson, buildFromYaml, CSV_FILE_NAMES, formatBuildProblem, type BuildProblem, type BuildResult } from '../../pack/build';
import { decodePackBytes } from '../../pack/decode';
import { parseArgs, UsageError, type Command } from '../io';

/** Reads the pack files of a CSV folder (other files, like a README, are left alone). */
async function readCsvFolder(dir: string): Promise<{ files: Record<string, string>; problems: BuildProblem[] }> {
  const files: Record<string, string> = {};
  const problems: BuildProblem[] = [];
  for (const name of await readdir(dir)) {
    if (!/\.(csv|ya?ml)$/i.test(name)) continue;
    if (!CSV_FILE_NAMES.includes(name.toLowerCase()) && !/\.csv$/i.test(name)) continue;
    const decoded = decodePackBytes(await readFile(join(dir, name)));
    if (decoded.ok) files[name] = decoded.text;
    else problems.push({ file: name, message: decoded.message });
  }
  return { files, problems };
}

/** `build <file.yaml|folder> [-o out.json]`: the pack JSON on stdout (or in the file), problems on stderr. */
export const build: Command = async (args, io) => {
  const { positional, options } = parseArgs(args, ['out']);
  const input = positional[0];
  if (!input) throw new UsageError('build needs a YAML file or a folder of CSV files');
  const path = resolve(io.cwd, input);
  let result: BuildResult;
  if ((await stat(path)).isDirectory()) {
    const folder = await readCsvFolder(path);
    result = folder.problems.length ? { ok: false, problems: folder.problems } : buildFromCsvFiles(folder.files);
  } else {
    const decoded = decodePackBytes(await readFile(path));
    if (!decoded.ok) result = { ok: false, problems: [{ file: basename(input), message: decoded.message }] };
    else result = /\.ya?ml$/i.test(input) ? buildFromYaml(decoded.text, basename(input)) : buildFromJson(decoded.text, basename(input));
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
