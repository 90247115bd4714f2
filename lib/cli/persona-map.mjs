#!/usr/bin/env node
// The installed `persona-map` bin: runs the TypeScript CLI through tsx's loader.
import { register } from 'tsx/esm/api';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

register();
const { runCli } = await import(pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), 'main.ts')).href);
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
});
process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(),
});
