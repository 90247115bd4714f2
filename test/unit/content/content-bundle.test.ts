/**
 * Content scripts never reach storage (docs/architecture.md): dependency-cruiser checks their direct
 * imports; this checks what they bundle at any depth, as esbuild (like WXT's Vite) drops type-only imports.
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const STORAGE = [/node_modules\/dexie\//, /^lib\/storage\//];

async function bundle(entry: string) {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    outdir: 'out',
    logLevel: 'silent',
    // WXT's virtual modules and the i18n alias: outside this check.
    external: ['#i18n', '#imports', 'wxt/*'],
    alias: { '@': ROOT },
  });
  const [path, output] = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint === entry)!;
  const code = result.outputFiles.find((file) => file.path.endsWith(path))!.text;
  return { modules: Object.keys(output.inputs), imports: output.imports.map((i) => i.path), code };
}
const bundledModules = async (entry: string) => (await bundle(entry)).modules;

describe('the content scripts', () => {
  it.each(['entrypoints/pages.content.ts', 'entrypoints/crm.content.ts', 'entrypoints/custom-site.content.ts'])(
    '%s bundles no Dexie and no lib/storage',
    async (entry) => {
      const modules = await bundledModules(entry);
      expect(modules.some((m) => m.startsWith('lib/content/'))).toBe(true); // it does bundle the page code
      expect(modules.filter((m) => STORAGE.some((pattern) => pattern.test(m)))).toEqual([]);
    },
  );

  it.each(['entrypoints/pages.content.ts', 'entrypoints/crm.content.ts', 'entrypoints/custom-site.content.ts'])(
    '%s never reads extension storage: the worker decides whether its report gets inline-chip hints',
    async (entry) => {
      const { imports, code } = await bundle(entry);
      expect(code).toContain('runtime.sendMessage'); // the check sees the extension API calls the script makes
      expect(code.match(/\bstorage\s*\.\s*(?:local|sync|session|managed)\b/g) ?? []).toEqual([]);
      expect(imports.filter((path) => path.startsWith('wxt/utils/storage') || path.startsWith('@wxt-dev/storage'))).toEqual([]);
    },
  );
});
