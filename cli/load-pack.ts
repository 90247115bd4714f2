/**
 * The one way every command reads a pack an admin points it at, in any authoring form: a JSON
 * or YAML file, a folder of CSV files, or an Excel workbook (.xlsx). Problems come out the same
 * way whatever the form (lib/pack/build.ts, formatBuildProblem): file, sheet, row and column or
 * YAML line, JSON path, and the nearest valid value.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import {
  buildFromCsvFiles,
  buildFromJson,
  buildFromWorkbook,
  buildFromYaml,
  CSV_FILE_NAMES,
  formatBuildProblem,
  type BuildProblem,
  type BuildResult,
} from '../lib/pack/build';
import { decodePackBytes } from '../lib/pack/decode';
import type { Pack } from '../lib/pack/schema';
import type { CliIO } from './io';

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

/** Builds the pack at `input` (relative to the admin's working directory) from whichever form it is in. */
export async function buildPackFrom(input: string, io: CliIO): Promise<BuildResult> {
  const path = resolve(io.cwd, input);
  if ((await stat(path)).isDirectory()) {
    const folder = await readCsvFolder(path);
    return folder.problems.length ? { ok: false, problems: folder.problems } : buildFromCsvFiles(folder.files);
  }
  const bytes = await readFile(path);
  if (/\.xlsx$/i.test(input)) {
    // Loaded only for workbooks: the other forms need none of the unzipping and XML reading.
    const { readWorkbook } = await import('../lib/pack/xlsx');
    const workbook = await readWorkbook(bytes);
    return workbook.ok ? buildFromWorkbook(workbook.sheets, input) : { ok: false, problems: [{ file: input, message: workbook.message }] };
  }
  const decoded = decodePackBytes(bytes);
  if (!decoded.ok) return { ok: false, problems: [{ file: input, path: '$', message: decoded.message }] };
  return /\.ya?ml$/i.test(input) ? buildFromYaml(decoded.text, input) : buildFromJson(decoded.text, input);
}

/** Reads and checks a pack; on problems prints one line each to `out` (stderr unless told) and returns null. */
export async function loadPack(input: string, io: CliIO, out: Writable = io.stderr): Promise<Pack | null> {
  const result = await buildPackFrom(input, io);
  if (result.ok) return result.pack;
  for (const problem of result.problems) out.write(`${formatBuildProblem(problem)}\n`);
  return null;
}
