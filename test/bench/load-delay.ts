/**
 * Where the people-search page's later load event comes from (issue 18): the same 1,000-card page
 * in browsers whose extension differs only in its content script, each load with the script's
 * host and without it (the `pages` bench's pair), interleaved round by round.
 *
 * Variants, copies of one production build differing only in the content script:
 * - `no content script`: the manifest's `content_scripts` removed (the worker is the same);
 * - `empty script, <run_at>`: the same matches at document_idle, _end or _start, a script that only notes when it ran;
 * - `this build`: the real one, noting when it ran too.
 * `BENCH_VARIANTS=<label>=<dir>,…` adds builds of other commits (noted the same way).
 *
 * "Ran at" is when the script was evaluated, set on <html> as a data attribute (the page's world
 * sees the DOM, not the script's globals), relative to navigation start like the load event.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExtensionSession, PRODUCTION_BUILD_DIR } from '../e2e/harness';
import { searchPage } from './pages';
import type { BenchModule, BenchTable } from './run';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const CARDS = Number(process.env.BENCH_CARDS ?? 1000);
const SEARCH_URL = `https://www.linkedin.com/search/results/people/?keywords=security&origin=GLOBAL_SEARCH_HEADER&n=${CARDS}`;
const WITHOUT_URL = SEARCH_URL.replace('www.linkedin.com', 'bench-without-extension.example');

const MARK = 'document.documentElement.dataset.pmRanAt=String(performance.now());';

/** A copy of `build` with its content script changed by `edit` (manifest, script source). */
type Manifest = { content_scripts?: Array<{ js: string[]; run_at: string }> };
function variant(build: string, edit: (manifest: Manifest, script: string) => string | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'persona-map-variant-'));
  cpSync(build, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const scriptPath = join(dir, 'content-scripts/pages.js');
  const script = edit(manifest, readFileSync(scriptPath, 'utf8'));
  if (script === null) delete manifest.content_scripts;
  else writeFileSync(scriptPath, script);
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

interface Timing {
  responseEnd: number;
  domContentLoaded: number;
  loadEventStart: number;
  loadEventEnd: number;
  ranAt: number | null;
  taskMs: number;
  /** Load event → the worker's state shows a contact / all the cards (polled every 10 ms). */
  firstBadgeMs: number | null;
  allBadgeMs: number | null;
}

/** The epoch time when the worker's state for `url` first shows a contact, and all `CARDS`, polled; null when it never does. */
async function whenShown(session: ExtensionSession, url: string, timeoutMs: number): Promise<{ first: number | null; all: number | null }> {
  const deadline = Date.now() + timeoutMs;
  let first: number | null = null;
  while (Date.now() < deadline) {
    const total = (await session.tabStates()).find((s) => s.url === url)?.total ?? 0;
    if (total > 0 && first === null) first = Date.now();
    if (total >= CARDS) return { first, all: Date.now() };
    await new Promise((r) => setTimeout(r, 10));
  }
  return { first, all: null };
}

async function timedLoad(session: ExtensionSession, url: string): Promise<Timing> {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const before = await cdp.send('Performance.getMetrics');
  await page.goto(url, { waitUntil: 'load' });
  const shown = url === SEARCH_URL ? await whenShown(session, url, 5_000) : { first: null, all: null };
  await page.waitForTimeout(500);
  const after = await cdp.send('Performance.getMetrics');
  const metric = (m: typeof before, name: string) => m.metrics.find((x) => x.name === name)?.value ?? 0;
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const ranAt = document.documentElement.dataset.pmRanAt;
    return {
      loadedAt: performance.timeOrigin + nav.loadEventStart,
      responseEnd: nav.responseEnd,
      domContentLoaded: nav.domContentLoadedEventStart,
      loadEventStart: nav.loadEventStart,
      loadEventEnd: nav.loadEventEnd,
      ranAt: ranAt === undefined ? null : Number(ranAt),
    };
  });
  await cdp.detach();
  await page.close();
  const { loadedAt, ...rest } = timing;
  return {
    ...rest,
    taskMs: (metric(after, 'TaskDuration') - metric(before, 'TaskDuration')) * 1000,
    firstBadgeMs: shown.first === null ? null : shown.first - loadedAt,
    allBadgeMs: shown.all === null ? null : shown.all - loadedAt,
  };
}

const TRACED_ROUNDS = Number(process.env.BENCH_TRACED_ROUNDS ?? 3);

/**
 * From a trace of one load: its load event's start minus the end of the parser's finishing step
 * (Blink's `Document::FinishedParsing`, in whose task a page with nothing pending dispatches its
 * load event). Zero or less: the load event came in the parser's task; more: something held it back.
 */
async function loadAfterParsing(session: ExtensionSession, url: string): Promise<number> {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  const events: Array<{ name: string; ph: string; ts: number; dur?: number; pid: number; args?: { data?: { documentLoaderURL?: string } } }> = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as typeof events)));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'blink,blink.user_timing,loading', transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  await page.close();
  const navigation = events.filter((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url).at(-1);
  const after = (e: { pid: number; ts: number }) => navigation !== undefined && e.pid === navigation.pid && e.ts > navigation.ts;
  const load = events.find((e) => e.name === 'loadEventStart' && after(e));
  const parsed = events.filter((e) => e.name === 'Document::FinishedParsing' && e.ph === 'X' && after(e)).at(-1);
  if (!load || !parsed) throw new Error('load-delay: no load event or parser end in the trace');
  return (load.ts - (parsed.ts + (parsed.dur ?? 0))) / 1000;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const spread = (values: number[]) =>
  values.length === 0 ? '–' : `${median(values).toFixed(0)} (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`;

async function loadDelay(): Promise<BenchTable> {
  const extra = (process.env.BENCH_VARIANTS ?? '')
    .split(',')
    .filter(Boolean)
    .map((entry) => {
      const [label, dir] = entry.split('=') as [string, string];
      return { label, dir: variant(dir, (_m, script) => MARK + script) };
    });
  const variants = [
    { label: 'no content script', dir: variant(PRODUCTION_BUILD_DIR, () => null) },
    ...(['document_idle', 'document_end', 'document_start'] as const).map((runAt) => ({
      label: `empty script, ${runAt}`,
      dir: variant(PRODUCTION_BUILD_DIR, (manifest) => {
        for (const script of manifest.content_scripts ?? []) script.run_at = runAt;
        return MARK;
      }),
    })),
    { label: 'this build', dir: variant(PRODUCTION_BUILD_DIR, (_m, script) => MARK + script) },
    ...extra,
  ];
  const html = searchPage(CARDS);
  const sessions: ExtensionSession[] = [];
  for (const v of variants) {
    const session = await ExtensionSession.launch({ extensionDir: v.dir });
    session.pages.set(SEARCH_URL, html);
    session.pages.set(WITHOUT_URL, html);
    sessions.push(session);
  }
  const samples = variants.map(() => [] as Array<{ with: Timing; without: Timing }>);
  const traced = variants.map(() => [] as Array<{ with: number; without: number }>);
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (let k = 0; k < sessions.length; k++) {
        const b = (k + round) % sessions.length;
        const session = sessions[b]!;
        // Alternate which of the pair goes first, so neither always follows the other.
        const first = round % 2 === 0;
        const a = await timedLoad(session, first ? WITHOUT_URL : SEARCH_URL);
        const c = await timedLoad(session, first ? SEARCH_URL : WITHOUT_URL);
        samples[b]!.push(first ? { without: a, with: c } : { without: c, with: a });
      }
    }
    for (let round = 0; round < TRACED_ROUNDS; round++) {
      for (let k = 0; k < sessions.length; k++) {
        const b = (k + round) % sessions.length;
        traced[b]!.push({ with: await loadAfterParsing(sessions[b]!, SEARCH_URL), without: await loadAfterParsing(sessions[b]!, WITHOUT_URL) });
      }
    }
  } finally {
    for (const session of sessions) await session.close();
  }
  const shownAfter = (s: Array<{ with: Timing }>, pick: (t: Timing) => number | null, fromNavigation: boolean) =>
    spread(s.flatMap(({ with: t }) => (pick(t) === null ? [] : [pick(t)! + (fromNavigation ? t.loadEventStart : 0)])));
  return {
    title: `Load event of the ${CARDS}-card people search per extension variant, with the script's host minus without (median (range) of ${ROUNDS} interleaved rounds, ms)`,
    columns: [
      'variant',
      'load event delay',
      'load (without)',
      'script ran at',
      'load − ran at',
      'load → first contact',
      'navigation → first contact',
      'load → all contacts',
      `traced: load − parser end (with)`,
      '(without)',
    ],
    rows: variants.map((v, b) => {
      const s = samples[b]!;
      const ran = s.filter((x) => x.with.ranAt !== null);
      return [
        v.label,
        spread(s.map((x) => x.with.loadEventStart - x.without.loadEventStart)),
        spread(s.map((x) => x.without.loadEventStart)),
        spread(ran.map((x) => x.with.ranAt!)),
        spread(ran.map((x) => x.with.loadEventStart - x.with.ranAt!)),
        shownAfter(s, (t) => t.firstBadgeMs, false),
        shownAfter(s, (t) => t.firstBadgeMs, true),
        shownAfter(s, (t) => t.allBadgeMs, false),
        spread(traced[b]!.map((x) => x.with)),
        spread(traced[b]!.map((x) => x.without)),
      ];
    }),
    notes: [
      'each variant in a browser of its own; each round loads, per variant in turns, the page on a host outside the matches and on www.linkedin.com, alternating which goes first',
      "load event: loadEventStart from navigation start (PerformanceNavigationTiming), as the pages bench; ran at: when the script was evaluated; contacts: until the worker's tab state holds the first / all cards (polled every 10 ms)",
      `traced: ${TRACED_ROUNDS} more loads each (CDP tracing): loadEventStart minus the end of Blink's Document::FinishedParsing; ≤ 0 when the load event is dispatched in the parser's own task, as without a content script`,
    ],
  };
}

export const bench: BenchModule = { name: 'load-delay', run: async () => [await loadDelay()] };
