/**
 * `npx tsx test/bench/same-output.ts <old-bundle-dir> [new-bundle-dir]`: checks that a change
 * meant only for speed leaves what `persona-map analyze` and `match` print byte for byte the
 * same. Build the old bundle first (`node cli/bundle.mjs /tmp/old-cli` on the old commit); the
 * new one defaults to this checkout's (.output/cli, rebuilt here). Inputs: the bench's 200k
 * all-distinct titles and its Zipf mix (test/bench/titles.ts), and every title of test/eval,
 * against the bench's 500-persona pack and the eval pack. Prints the first differing line, if any.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { syntheticPack, uniqueTitles, zipfTitles } from './titles';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const [oldDir, newDir = join(ROOT, '.output/cli')] = process.argv.slice(2).map((d) => resolve(d));
if (!oldDir) throw new Error('usage: tsx test/bench/same-output.ts <old-bundle-dir> [new-bundle-dir]');
if (newDir === join(ROOT, '.output/cli')) spawnSync(process.execPath, [join(ROOT, 'cli/bundle.mjs')], { stdio: 'inherit' });

const dir = mkdtempSync(join(tmpdir(), 'same-output-'));
// Runs a bundle's runCli in its own process, as the bin does, so neither bundle's caches see the other's input.
const RUN = `const { runCli } = await import(process.argv[2]);
process.exitCode = await runCli(process.argv.slice(3), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });`;
const runner = join(dir, 'run.mjs');
writeFileSync(runner, RUN);

function output(bundleDir: string, args: string[], input: string): Buffer {
  const r = spawnSync(process.execPath, [runner, pathToFileURL(join(bundleDir, 'persona-map.mjs')).href, ...args], {
    input: readFileSync(input),
    maxBuffer: 1 << 30,
  });
  if (r.status !== 0) throw new Error(`${bundleDir} ${args.join(' ')} < ${input}: exit ${r.status}\n${r.stderr}`);
  return r.stdout;
}

try {
  const unique = uniqueTitles(200_000);
  const evalDir = join(ROOT, 'test/eval');
  const evalTitles = [
    ...readdirSync(evalDir)
      .filter((f) => f.endsWith('.jsonl'))
      .map((f) => join(evalDir, f)),
    join(evalDir, 'corpus/hard.jsonl'),
  ].flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { input: string }).input),
  );
  const inputs: Record<string, string[]> = {
    'all distinct': unique,
    zipf: zipfTitles(200_000, unique.slice(0, 100_000)),
    eval: evalTitles,
  };
  const packs: Record<string, string> = { 'bench 500': join(dir, 'pack-500.json'), eval: join(evalDir, 'eval-pack.json') };
  writeFileSync(packs['bench 500']!, JSON.stringify(syntheticPack(500, 2)));
  let failed = false;
  for (const [name, lines] of Object.entries(inputs)) {
    const file = join(dir, 'titles.txt');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const runs: [string, string[]][] = [
      ['analyze', ['analyze']],
      ...Object.entries(packs).map(([p, f]): [string, string[]] => [`match ${p}`, ['match', '--pack', f]]),
    ];
    for (const [label, args] of runs) {
      const a = output(oldDir, args, file);
      const b = output(newDir, args, file);
      const same = a.equals(b);
      console.log(
        `${same ? 'same' : 'DIFFERENT'}  ${name}, ${label}: ${lines.length} lines, sha256 ${createHash('sha256').update(b).digest('hex').slice(0, 12)}`,
      );
      if (same) continue;
      failed = true;
      const al = a.toString().split('\n');
      const bl = b.toString().split('\n');
      const at = al.findIndex((l, i) => l !== bl[i]);
      console.log(`  first difference at line ${at + 1}:\n  old ${al[at]}\n  new ${bl[at]}`);
    }
  }
  process.exitCode = failed ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
