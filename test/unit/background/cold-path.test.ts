/**
 * The service worker's cold path: what background.js bundles is what every waking of the worker
 * parses. Pack validation (Zod, YAML), the demo pack and the CSV writer belong to the pack-work
 * script, loaded only to sync, import or change packs (lib/background/pack-work.ts). The lexicon's
 * tables and their build stay out too: the worker reads the lexicon prebuilt at build time
 * (lib/background/worker-lexicon.ts). Bundled here with esbuild, which drops unused modules as
 * the extension's build does (package.json `sideEffects`), and with the worker build's swap of
 * the lexicon source (tooling/worker-lexicon.ts).
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workerLexiconEsbuildPlugin } from '../../../tooling/worker-lexicon';

const ROOT = resolve(import.meta.dirname, '../../..');
/** The lexicon's data tables (long-tail vocabulary included) and the code that builds the lexicon from them. */
const LEXICON_TABLES = /lib\/titles\/lexicon\/(en|fr|de|es|pt|nl|it|sv|vocabulary|build|vocabulary\/\w+)\.ts$/;
const HEAVY = [
  /node_modules\/zod\//,
  /node_modules\/yaml\//,
  /node_modules\/papaparse\//,
  /lib\/pack\/demo-pack\.json$/,
  /lib\/pack\/schema\.ts$/,
  /lib\/pack\/validate\.ts$/,
];

async function bundledModules(entry: string, plugins = entry === 'entrypoints/background.ts' ? [workerLexiconEsbuildPlugin()] : []): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: ROOT,
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    format: 'esm',
    outdir: 'out',
    logLevel: 'silent',
    plugins,
  });
  const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint === entry)!;
  return Object.entries(output.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
}

describe('the service worker’s cold path', () => {
  it('bundles no pack validation, demo pack or CSV writer in background.js', async () => {
    const modules = await bundledModules('entrypoints/background.ts');
    expect(modules.some((m) => m.includes('lib/titles/match.ts'))).toBe(true); // it does match titles
    expect(modules.filter((m) => HEAVY.some((pattern) => pattern.test(m)))).toEqual([]);
  });

  it('bundles no lexicon tables or lexicon build in background.js, only the reader of the prebuilt lexicon', async () => {
    const modules = await bundledModules('entrypoints/background.ts');
    expect(modules.filter((m) => LEXICON_TABLES.test(m))).toEqual([]);
    expect(modules.some((m) => m.endsWith('lib/titles/lexicon/prebuilt.ts'))).toBe(true);
    // Without the swap the tables would be there: the pattern does find them.
    expect((await bundledModules('entrypoints/background.ts', [])).filter((m) => LEXICON_TABLES.test(m)).length).toBeGreaterThan(8);
  });

  it('has them in the pack-work script instead', async () => {
    const modules = await bundledModules('entrypoints/pack-work.ts');
    for (const pattern of HEAVY.filter((p) => !p.source.includes('papaparse')))
      expect(
        modules.some((m) => pattern.test(m)),
        String(pattern),
      ).toBe(true);
  });
});
