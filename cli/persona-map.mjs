#!/usr/bin/env node
// The installed `persona-map` bin. It runs the esbuild bundle of the CLI (built at `prepare`
// by bundle.mjs), which starts in a fraction of the time tsx needs to compile the TypeScript.
// In a checkout, when the bundle is missing or a source it was built from changed since, it runs
// the sources through tsx instead, so an edit is never silently ignored. The packed package
// (npm pack) ships the bundle and not the sources: there the bundle is all there is.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, '.output/cli/persona-map.mjs');

function bundleProblem() {
  let built;
  try {
    built = statSync(bundle).mtimeMs;
  } catch {
    return 'no CLI bundle';
  }
  try {
    const inputs = JSON.parse(readFileSync(join(root, '.output/cli/inputs.json'), 'utf8'));
    const changed = inputs.find((file) => statSync(join(root, file)).mtimeMs > built);
    return changed ? `${changed} changed since the CLI bundle was built` : null;
  } catch {
    return 'the CLI bundle does not list its sources';
  }
}

const checkout = existsSync(join(root, 'cli/main.ts'));
const problem = checkout ? bundleProblem() : null;
let runCli;
if (problem) {
  process.stderr.write(`persona-map: ${problem}; running the sources through tsx (slower start; \`npm run build:cli\` rebuilds it)\n`);
  const { register } = await import('tsx/esm/api');
  register();
  ({ runCli } = await import(pathToFileURL(join(root, 'cli/main.ts')).href));
} else ({ runCli } = await import(pathToFileURL(bundle).href));

process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
});
// `npm run persona-map -- …` runs in the package's folder; paths are meant from where the admin typed it.
const cwd = process.env.npm_lifecycle_event === 'persona-map' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();
process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd,
});
