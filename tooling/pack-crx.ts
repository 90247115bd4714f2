/**
 * npm run pack:crx -- --key <private.pem> --codebase https://host/path/persona-map.crx [--out dir]
 *
 * Builds nothing itself (the npm script runs `wxt build` first); packs .output/chrome-mv3 into a
 * signed CRX3 and writes updates.xml next to it (docs/admin/self-hosting.md).
 */
import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { extensionIdFromManifestKey, packCrx } from './crx';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    key: { type: 'string' },
    codebase: { type: 'string' },
    out: { type: 'string', default: join(root, '.output/crx') },
    build: { type: 'string', default: join(root, '.output/chrome-mv3') },
  },
});
if (!values.key || !values.codebase) {
  console.error('usage: npm run pack:crx -- --key <private.pem> --codebase https://host/path/persona-map-<version>.crx [--out dir]');
  process.exit(2);
}
try {
  const packed = await packCrx({ buildDir: resolve(values.build), keyPath: resolve(values.key), outDir: resolve(values.out), codebase: values.codebase });
  console.log(`extension id ${packed.id}, version ${packed.version}`);
  console.log(`wrote ${packed.crxPath}`);
  console.log(`wrote ${packed.updatesPath}`);
  const built = JSON.parse(readFileSync(join(resolve(values.build), 'manifest.json'), 'utf8')) as { key?: string };
  if (built.key && extensionIdFromManifestKey(built.key) !== packed.id)
    console.warn(
      `note: this key gives id ${packed.id}, not the build's ${extensionIdFromManifestKey(built.key)} (wxt.config.ts SELF_HOSTED_KEY); policy must name ${packed.id}`,
    );
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
