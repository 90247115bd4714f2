#!/usr/bin/env node
/**
 * Bundles the CLI (main.ts and everything it imports) into one ESM file, so the bin starts
 * without compiling TypeScript at run time (tsx costs about a second per run). Runs at
 * `prepare` (npm install and npm ci of the checkout, and npm pack, so the packed CLI ships it;
 * `npm run build:cli` by hand) and before the titles bench; `cli/persona-map.mjs` uses the
 * bundle while it is newer than every source file it was built from (listed next to it).
 */
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Writes persona-map.mjs, its chunks, inputs.json (the sources it was built from) and
 * lexicon.json (the title lexicon prebuilt from the tables, read by cli/prebuilt-lexicon.ts) to `outDir`.
 */
export async function bundleCli(outDir = join(root, '.output/cli')) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['cli/main.ts'],
    outdir: outDir,
    entryNames: 'persona-map',
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    // Each command's code (and its dependencies) in its own chunk, loaded when that command runs.
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    metafile: true,
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
    // Bundled dependencies are CommonJS in part (papaparse): give them a require to call.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  // Only the project's own sources can go stale under the bundle; node_modules change with npm install, which rebuilds it.
  const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.includes('node_modules/'));
  writeFileSync(join(outDir, 'inputs.json'), JSON.stringify(inputs));
  await writePrebuiltLexicon(outDir);
}

/** Builds the lexicon from the tables once, here, in the form the extension's worker reads too (tooling/worker-lexicon.ts). */
async function writePrebuiltLexicon(outDir) {
  const script = join(outDir, 'lexicon-build.mjs');
  await build({
    absWorkingDir: root,
    entryPoints: ['tooling/worker-lexicon.ts'],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  try {
    const { prebuiltLexiconJson } = await import(pathToFileURL(script).href);
    writeFileSync(join(outDir, 'lexicon.json'), prebuiltLexiconJson());
  } finally {
    rmSync(script, { force: true });
  }
}

// `node cli/bundle.mjs [out-dir]`
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await bundleCli(process.argv[2]);
