/**
 * Title analysis and matching throughput (the title intelligence issue, item 6):
 * - analysis and matching titles/s in process, with synthetic 50- and 500-persona packs
 *   (the 500 one holds ~20,000 phrases), against the cost of merely reading and writing the
 *   same lines in process;
 * - compile time per pack;
 * - the CLI path: `node cli/persona-map.mjs match` over 200k generated titles against a
 *   Node script that only reads and writes the same lines, for all-distinct titles and for a
 *   realistic mix where common titles repeat (see zipfTitles).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { readLines, write } from '../../cli/io';
import { FUNCTION_IDS, LEVELS, type FunctionId, type Pack, type PackInput } from '../../lib/pack/schema';
import { validatePack } from '../../lib/pack/validate';
import { analyzeTitle } from '../../lib/titles/analyze';
import { setTitleCacheLimit } from '../../lib/titles/memo';
import { MatchOutput } from '../../cli/commands/match';
import { compilePack, type CompiledPack } from '../../lib/titles/compile';
import { getLexicon } from '../../lib/titles/lexicon';
import { matchTitle } from '../../lib/titles/match';
import type { BenchModule, BenchTable } from './run';
import { seededRandom } from './seeded-random';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const WORDS: Record<FunctionId, string[]> = {
  'general-management': ['general management', 'strategy', 'executive office', 'business unit'],
  finance: ['finance', 'accounting', 'fp&a', 'treasury', 'tax', 'controlling', 'financial planning'],
  'information-technology': ['it', 'infrastructure', 'it operations', 'service desk', 'enterprise applications', 'erp', 'network'],
  security: ['security', 'information security', 'cyber security', 'application security', 'cloud security', 'soc', 'identity'],
  engineering: ['software', 'engineering', 'platform', 'backend', 'frontend', 'devops', 'site reliability'],
  data: ['data', 'analytics', 'data science', 'machine learning', 'business intelligence', 'data platform'],
  product: ['product', 'product management', 'product operations', 'growth product'],
  design: ['design', 'ux', 'user research', 'brand design'],
  marketing: ['marketing', 'demand generation', 'product marketing', 'brand', 'content', 'field marketing'],
  sales: ['sales', 'enterprise sales', 'inside sales', 'key accounts', 'commercial', 'presales'],
  'business-development': ['business development', 'partnerships', 'alliances', 'channel'],
  'customer-success': ['customer success', 'customer support', 'customer experience', 'client services'],
  operations: ['operations', 'supply chain', 'logistics', 'revenue operations', 'manufacturing'],
  purchasing: ['procurement', 'purchasing', 'sourcing', 'vendor management', 'category management'],
  'human-resources': ['hr', 'people', 'talent acquisition', 'recruiting', 'people operations'],
  legal: ['legal', 'contracts', 'litigation', 'intellectual property'],
  compliance: ['compliance', 'risk', 'grc', 'privacy', 'internal audit', 'data protection'],
  'project-management': ['project management', 'program management', 'pmo', 'delivery'],
  consulting: ['consulting', 'advisory', 'management consulting'],
  administrative: ['office', 'administration', 'executive support'],
  research: ['research', 'r&d', 'applied research'],
  education: ['education', 'learning', 'training'],
  healthcare: ['clinical', 'nursing', 'medical', 'patient care'],
};
const ROLES = ['manager', 'director', 'head', 'lead', 'engineer', 'analyst', 'architect', 'specialist', 'vp', 'officer', 'consultant', 'coordinator'];
const QUALIFIERS = [
  'senior',
  'global',
  'regional',
  'emea',
  'apac',
  'enterprise',
  'digital',
  'group',
  'principal',
  'associate',
  'corporate',
  'strategic',
  'international',
  'north america',
  'dach',
  'public sector',
  'banking',
  'retail',
  'automotive',
  'insurance',
  'telecom',
  'energy',
  'pharma',
  'media',
  'logistics',
  'saas',
  'fintech',
  'government',
  'healthcare',
  'education',
];
const FOREIGN = [
  'Leiter Einkauf bei Bosch',
  'Einkaufsleiterin',
  'IT-Leiter (m/w/d)',
  'Leiterin Informationssicherheit',
  'Geschäftsführer',
  'Directeur des achats chez Renault',
  'Directrice financière',
  'RSSI',
  "Responsable sécurité des systèmes d'information",
  'Jefe de Compras en Telefónica',
  'Directora de Marketing',
  'Gerente de Ventas',
  'Diretor de TI na Vale',
  'Gerente de Compras',
  'Hoofd Informatiebeveiliging bij ING',
  'Teamleider Inkoop',
  'Algemeen Directeur',
];
const NOISE = ['', '', '', ' | Speaker', ' | CISSP', ' 🚀', ' (she/her)', ' | Open to work', ' | MBA'];

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)]!;
}

/** A synthetic pack: every persona owns ~40 phrases (titles, keywords, excludes) around one function. */
export function syntheticPack(personas: number, seed = 1): Pack {
  const r = seededRandom(seed);
  const list: PackInput['personas'] = [];
  for (let i = 0; i < personas; i++) {
    const fn = FUNCTION_IDS[i % FUNCTION_IDS.length]!;
    const words = WORDS[fn];
    const phrase = () => `${pick(r, QUALIFIERS)} ${pick(r, QUALIFIERS)} ${pick(r, words)} ${pick(r, ROLES)}`;
    const lo = Math.floor(r() * 6);
    const hi = lo + 2 + Math.floor(r() * 4);
    const functionOnly = i % 5 === 0;
    list.push({
      id: `p${i}-${fn}`,
      name: `Persona ${i}`,
      kind: i % 17 === 0 ? 'negative' : i % 3 === 0 ? 'secondary' : 'primary',
      match: {
        titles: Array.from({ length: 22 }, phrase),
        ...(functionOnly ? {} : { keywords: { any: Array.from({ length: 14 }, () => `${pick(r, QUALIFIERS)} ${pick(r, words)}`) } }),
        functions: [fn],
        seniority: { min: LEVELS[lo]!, max: LEVELS[Math.min(hi, LEVELS.length - 1)]! },
        exclude: ['guard', `${pick(r, QUALIFIERS)} intern`, `${pick(r, QUALIFIERS)} student`, 'recruiter'],
        priority: i % 11 === 0 ? 1 : 0,
      },
    });
  }
  const result = validatePack({
    format: 'persona-pack@1',
    id: `bench-${personas}`,
    name: `Bench ${personas}`,
    version: '1.0.0',
    publishedAt: '2026-01-15T09:00:00Z',
    personas: list,
    assets: [],
  });
  if (!result.ok) throw new Error(`synthetic pack invalid: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return result.pack;
}

/** Titles like the ones the CLI sees: mostly English, some other languages, headline noise, unique employers. */
export function syntheticTitles(count: number, seed = 7): string[] {
  const r = seededRandom(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 10 === 0) {
      out.push(pick(r, FOREIGN));
      continue;
    }
    const fn = pick(r, FUNCTION_IDS);
    const q = r() < 0.5 ? `${pick(r, QUALIFIERS)} ` : '';
    const title = `${q}${pick(r, WORDS[fn])} ${pick(r, ROLES)}`.replace(/^./, (c) => c.toUpperCase());
    const company = r() < 0.6 ? ` at Company${i}` : '';
    out.push(`${title}${company}${pick(r, NOISE)}`);
  }
  return out;
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Reading the lines with readLines and writing them back with write(): the floor every command pays. */
async function readWriteMs(text: string, transform: (line: string) => string): Promise<number> {
  const sink = new PassThrough();
  sink.resume();
  const t0 = performance.now();
  let buffer = '';
  for await (const line of readLines(Readable.from([text]))) {
    buffer += `${transform(line)}\n`;
    if (buffer.length > 1 << 16) {
      await write(sink, buffer);
      buffer = '';
    }
  }
  await write(sink, buffer);
  return performance.now() - t0;
}

/** Reading the lines and writing the CLI's output for them, as `match` does (MatchOutput). */
async function matchOutputMs(text: string, compiled: CompiledPack): Promise<number> {
  const sink = new PassThrough();
  sink.resume();
  const t0 = performance.now();
  const out = new MatchOutput(sink, compiled);
  for await (const line of readLines(Readable.from([text]))) await out.line(line);
  await out.flush();
  return performance.now() - t0;
}

/** `count` distinct titles: syntheticTitles repeats some, so draw until enough are new. */
export function uniqueTitles(count: number, seed = 11): string[] {
  const seen = new Set<string>();
  for (let round = 0; seen.size < count; round++)
    for (const t of syntheticTitles(count, seed + round * 1_000)) {
      seen.add(t);
      if (seen.size === count) break;
    }
  return [...seen];
}

/**
 * Titles as a CRM export holds them: a few titles are very common and most are rare. Lines are
 * drawn from a pool of distinct titles with Zipf-distributed ranks (frequency ∝ 1/rank^s), the
 * usual model for job-title frequencies.
 */
export function zipfTitles(count: number, pool: readonly string[], s = 1, seed = 13): string[] {
  const cumulative: number[] = [];
  let total = 0;
  for (let k = 1; k <= pool.length; k++) cumulative.push((total += 1 / k ** s));
  const r = seededRandom(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const x = r() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    out.push(pool[lo]!);
  }
  return out;
}

function runProcess(args: string[], inputFile: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const input = openSync(inputFile, 'r');
    const output = openSync('/dev/null', 'w');
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: [input, output, 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => {
      closeSync(input);
      closeSync(output);
      if (code !== 0) reject(new Error(`${args.join(' ')} exited with ${code}`));
      else resolve(performance.now() - t0);
    });
  });
}

const BASELINE = `
import { createInterface } from 'node:readline';
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (!process.stdout.write(line + '\\n')) await new Promise((r) => process.stdout.once('drain', r));
}
`;

/** Rounds of the CLI comparison. */
const ROUNDS = 5;

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

export const bench: BenchModule = {
  name: 'titles',
  async run(): Promise<BenchTable[]> {
    const t0 = performance.now();
    getLexicon();
    const lexiconMs = performance.now() - t0;
    const packs = [syntheticPack(50, 1), syntheticPack(500, 2)];
    const titles = syntheticTitles(20_000);
    const text = `${titles.join('\n')}\n`;

    // Compile: median of 5 (the first one warms the JIT).
    const compileRows: (string | number)[][] = [];
    const compiled = packs.map((pack) => {
      const times: number[] = [];
      let last = compilePack(pack);
      for (let i = 0; i < 5; i++) times.push(time(() => (last = compilePack(pack))));
      compileRows.push([pack.personas.length, fmt(last.phraseCount), median(times).toFixed(1)]);
      return last;
    });

    // Throughput. "cold": the role-text cache off, every title analysed from scratch.
    // "cached": default cache, one pass over 20,000 titles it has not seen (as the CLI meets them).
    const fresh = (seed: number) => syntheticTitles(titles.length, seed);
    const rate = (ms: number) => (titles.length / ms) * 1000;
    const pass = (list: string[], fn: (t: string) => void) =>
      time(() => {
        for (const t of list) fn(t);
      });
    // `make` gives each pass its function: matching compiles the pack afresh, so no pass finds
    // outcomes an earlier pass left in the pack's memo (memo.ts) and every title is new to it.
    const cold = (make: () => (t: string) => void) => {
      setTitleCacheLimit(0);
      pass(titles, make());
      const ms = median([pass(titles, make()), pass(titles, make()), pass(titles, make())]);
      setTitleCacheLimit(50_000);
      return rate(ms);
    };
    const cached = (fn: (t: string) => void, seed: number) => {
      const runs = [0, 1, 2].map((k) => {
        const list = fresh(seed + k * 101);
        setTitleCacheLimit(50_000);
        return pass(list, fn);
      });
      return rate(median(runs));
    };
    const analyzeCold = cold(() => (t) => analyzeTitle(t));
    const analyzeCached = cached((t) => analyzeTitle(t), 100);
    const matchCold = packs.map((pack) =>
      cold(() => {
        const recompiled = compilePack(pack);
        return (t) => matchTitle(t, recompiled);
      }),
    );
    const matchCached = compiled.map((c, i) => cached((t) => matchTitle(t, c), 200 + i));
    await readWriteMs(text, (l) => l);
    const ioMs = median([await readWriteMs(text, (l) => l), await readWriteMs(text, (l) => l), await readWriteMs(text, (l) => l)]);
    const ioRate = rate(ioMs);
    // As the CLI compiles its pack: runners-up listed by id and score, not explained.
    const cliCompiled = compilePack(packs[1]!, { explainRunnersUp: false });
    const fullMs: number[] = [];
    for (let i = 0; i < 3; i++) {
      setTitleCacheLimit(50_000);
      fullMs.push(await matchOutputMs(`${fresh(300 + i).join('\n')}\n`, cliCompiled));
    }
    const vs = (r: number) => `${(ioRate / r + 1).toFixed(1)}x`;
    const change = (a: number, b: number) => `${(((b - a) / a) * 100).toFixed(1)}%`;

    const inProcess: BenchTable = {
      title: `In process, ${fmt(titles.length)} synthetic titles (10% not English, headline noise, unique employers)`,
      columns: ['work', 'cold titles/s', 'vs read+write', 'cached titles/s', 'vs read+write'],
      rows: [
        ['read + write lines only', fmt(ioRate), '1.0x', '', ''],
        ['analyze', fmt(analyzeCold), vs(analyzeCold), fmt(analyzeCached), vs(analyzeCached)],
        ['match, 50 personas', fmt(matchCold[0]!), vs(matchCold[0]!), fmt(matchCached[0]!), vs(matchCached[0]!)],
        ['match, 500 personas', fmt(matchCold[1]!), vs(matchCold[1]!), fmt(matchCached[1]!), vs(matchCached[1]!)],
        ['read + match 500 + CLI output lines (MatchOutput) + write', '', '', fmt(rate(median(fullMs))), `${(median(fullMs) / ioMs).toFixed(1)}x`],
      ],
      notes: [
        `throughput change from 50 to 500 personas: cold ${change(matchCold[0]!, matchCold[1]!)}, cached ${change(matchCached[0]!, matchCached[1]!)}`,
        'cold: role-text cache off, the pack compiled afresh for each pass; cached: default cache, first pass over titles not seen before',
        '"vs read+write": (read+write time + this work) / read+write time',
      ],
    };
    const compileTable: BenchTable = {
      title: 'Compile (median of 5)',
      columns: ['personas', 'phrases', 'ms'],
      rows: compileRows,
      notes: [`lexicon build (once per process): ${lexiconMs.toFixed(1)} ms`],
    };

    // The CLI path over 200k titles, against a script that only reads and writes the lines.
    // The bin runs the esbuild bundle, rebuilt here so it holds the current sources.
    const bundled = spawnSync(process.execPath, [join(ROOT, 'cli/bundle.mjs')], { cwd: ROOT, stdio: 'inherit' });
    if (bundled.status !== 0) throw new Error('building the CLI bundle failed');
    const dir = mkdtempSync(join(tmpdir(), 'persona-map-bench-'));
    try {
      const packFiles = packs.map((pack) => {
        const file = join(dir, `pack-${pack.personas.length}.json`);
        writeFileSync(file, JSON.stringify(pack));
        return file;
      });
      const packFile = packFiles[1]!;
      const baseline = join(dir, 'baseline.mjs');
      writeFileSync(baseline, BASELINE);
      const cli = join(ROOT, 'cli/persona-map.mjs');
      const unique = uniqueTitles(200_000);
      const POOL = 100_000;
      const realistic = zipfTitles(200_000, unique.slice(0, POOL));
      const distinct = new Set(realistic).size;
      const rows: (string | number)[][] = [];
      const changes: string[] = [];
      for (const [label, lines] of [
        ['all distinct', unique],
        ['realistic (Zipf)', realistic],
      ] as const) {
        const input = join(dir, 'titles.txt');
        writeFileSync(input, `${lines.join('\n')}\n`);
        // Rounds interleave the three processes, so a slow spell of this shared machine hits all alike.
        const runs = { base: [] as number[], 50: [] as number[], 500: [] as number[] };
        for (let i = 0; i <= ROUNDS; i++) {
          const base = await runProcess([baseline], input);
          const small = await runProcess([cli, 'match', '--pack', packFiles[0]!], input);
          const large = await runProcess([cli, 'match', '--pack', packFile], input);
          // Round 0 warms the file cache and is not counted.
          if (i === 0) continue;
          runs.base.push(base);
          runs[50].push(small);
          runs[500].push(large);
        }
        const b = median(runs.base);
        rows.push([`${label}: baseline, a node script reading and writing each line`, fmt(b), fmt(200_000 / (b / 1000)), '1.0x', '']);
        for (const n of [50, 500] as const) {
          const m = median(runs[n]);
          const spread = runs[n].map((ms, k) => ms / runs.base[k]!).sort((x, y) => x - y);
          rows.push([
            `${label}: persona-map match, ${n} personas`,
            fmt(m),
            fmt(200_000 / (m / 1000)),
            `${(m / b).toFixed(2)}x`,
            `${spread[0]!.toFixed(2)}-${spread.at(-1)!.toFixed(2)}x`,
          ]);
        }
        changes.push(`${label}: ${change(200_000 / median(runs[50]), 200_000 / median(runs[500]))}`);
      }
      const empty = join(dir, 'empty.txt');
      writeFileSync(empty, '');
      const startup = median([
        await runProcess([cli, 'match', '--pack', packFile], empty),
        await runProcess([cli, 'match', '--pack', packFile], empty),
        await runProcess([cli, 'match', '--pack', packFile], empty),
      ]);
      rows.push(['persona-map match, empty input (start-up + pack compile)', fmt(startup), '', '', '']);
      const cliTable: BenchTable = {
        title: `CLI: 200,000 titles through \`node cli/persona-map.mjs match --pack <pack>\`, output to /dev/null (median of ${ROUNDS} interleaved rounds)`,
        columns: ['process', 'ms', 'titles/s', 'ratio', 'ratio per round'],
        rows,
        notes: [
          'target: persona-map match at most 4x the baseline (issue 12)',
          `throughput change from 50 to 500 personas, whole process: ${changes.join('; ')} (target: no more than 20% drop)`,
          'all distinct: 200,000 different synthetic titles, so the per-line result cache never hits',
          `realistic: 200,000 lines drawn from ${fmt(POOL)} distinct titles with Zipf ranks (s = 1): ${fmt(distinct)} distinct lines, the most common ${((realistic.filter((t) => t === unique[0]).length / realistic.length) * 100).toFixed(1)}% of all`,
        ],
      };
      return [compileTable, inProcess, cliTable];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
