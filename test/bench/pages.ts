/**
 * The content script on real-size pages in Chromium (production build), against the page's own
 * costs measured in the same run: each round loads the same page once where the content script
 * does not run (its URL on another host, same browser) and once where it does, interleaved, and
 * the tables give medians.
 *
 * - Content-script time = main-thread task time with the extension minus without (CDP
 *   `Performance.getMetrics` TaskDuration, which counts every script world on the page), and
 *   the same in main-thread CPU time (ThreadTime): on a shared machine a task's wall time grows
 *   with every other process, its CPU time far less.
 * - Longest task: the Long Tasks API in the page (it sees content-script tasks too).
 * - Page's own costs: reading the whole page's text once (`innerText`, as shown) and inserting
 *   the cards (clone, append, lay out), timed in the page without the extension.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { ExtensionSession, FIXTURES, PRODUCTION_BUILD_DIR } from '../e2e/harness';
import { noisyPage } from '../fixtures/noise';
import type { BenchModule, BenchTable } from './run';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
/** Loads traced for the content script's longest task, after the timed rounds. */
const TRACED_ROUNDS = Number(process.env.BENCH_TRACED_ROUNDS ?? 3);
/** `BENCH_LIST_SIZES=100,1000,3000` for other sizes; `BENCH_LIST_SIZES=` (empty) for none, the profile only. */
const LIST_SIZES = process.env.BENCH_LIST_SIZES !== undefined ? process.env.BENCH_LIST_SIZES.split(',').filter(Boolean).map(Number) : [100, 1000];
const SEARCH_URL = 'https://www.linkedin.com/search/results/people/?keywords=security&origin=GLOBAL_SEARCH_HEADER';

/** The Long Tasks API reports only tasks of 50 ms or more. */
const longTask = (ms: number) => (ms === 0 ? 'none ≥ 50' : ms.toFixed(0));

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * One result card as LinkedIn renders it (2025 markup from the saved fixture, plus the noise real
 * cards carry: icons, a mutual-connections insight with its own profile links, screen-reader
 * copies, action buttons).
 */
function card(i: number): string {
  const slug = `bench-person-${i}-${(i * 7919) % 10007}`;
  const name = `Person ${i} Example`;
  const icon = '<svg role="none" aria-hidden="true" width="16" height="16" viewBox="0 0 16 16"><use href="#people-small"></use></svg>';
  return `<li class="reusable-search__result-container">
  <div class="entity-result" data-view-name="search-entity-result-universal-template" data-chameleon-result-urn="urn:li:member:${9000000 + i}">
    <div class="entity-result__item">
      <div class="entity-result__universal-image"><div class="display-flex align-items-center"><a class="app-aware-link scale-down" aria-hidden="true" tabindex="-1" href="https://www.linkedin.com/in/${slug}?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAA${i}"><div class="ivm-image-view-model"><div class="ivm-view-attr__img-wrapper"><img class="presence-entity__image EntityPhoto-circle-3" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="" width="48" height="48"></div></div></a></div></div>
      <div class="entity-result__content entity-result__divider pt3 pb3 t-12 t-black--light">
        <div class="mb1"><div class="t-roman t-sans"><span class="entity-result__title-line entity-result__title-line--2-lines"><span class="entity-result__title-text t-16">
          <a class="app-aware-link" href="https://www.linkedin.com/in/${slug}?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAA${i}"><span dir="ltr"><span aria-hidden="true"><!---->${name}<!----></span><span class="visually-hidden"><!---->View ${name}’s profile<!----></span></span></a>
          <span class="entity-result__badge t-14 t-normal t-black--light"><div class="entity-result__badge-text"><span aria-hidden="true">• 2nd</span><span class="visually-hidden">2nd degree connection</span></div></span>
        </span></span></div>
          <div class="entity-result__primary-subtitle t-14 t-black t-normal"><!---->${i % 3 === 0 ? 'Director of Information Security' : i % 3 === 1 ? 'CISO | Cloud Security Leader' : 'Security Architect'} at Company ${i % 97}<!----></div>
          <div class="entity-result__secondary-subtitle t-14 t-normal"><!---->Seattle, Washington, United States<!----></div>
        </div>
        <p class="entity-result__summary entity-result__summary--2-lines t-12 t-black--light">Current: Head of Security at Company ${i % 97} <span class="white-space-pre"> </span><strong>security</strong> programs</p>
        <div class="entity-result__insights t-12"><div class="display-flex align-items-center t-black--light">${icon}<span class="entity-result__simple-insight-text-container"><a class="app-aware-link" href="https://www.linkedin.com/in/mutual-${i}-a/"><span aria-hidden="true">Jordan Lee</span></a>, <a class="app-aware-link" href="https://www.linkedin.com/in/mutual-${i}-b/">Casey Kim</a> and ${i % 40} other mutual connections</span></div></div>
      </div>
      <div class="entity-result__actions entity-result__divider"><button aria-label="Invite ${name} to connect" class="artdeco-button artdeco-button--2 artdeco-button--secondary" type="button">${icon}<span class="artdeco-button__text">Connect</span></button></div>
    </div>
  </div>
</li>`;
}

/**
 * The saved 2025 search page with its result list replaced by `n` cards, wrapped in a real
 * page's noise (test/fixtures/noise.ts: presence dots, screen-reader copies, comments, hashed
 * classes, a promo card, rails, embedded JSON up to a real page's size).
 */
export function searchPage(n: number): string {
  const html = readFileSync(join(FIXTURES, 'linkedin-search-2025.html'), 'utf8');
  const open = html.indexOf('>', html.indexOf('<ul class="reusable-search__entity-result-list')) + 1;
  const close = html.indexOf('</ul>', open);
  const cards = Array.from({ length: n }, (_, i) => card(i)).join('\n');
  return noisyPage(html.slice(0, open) + cards + html.slice(close), { url: SEARCH_URL, seed: n });
}

const LONG_TASKS = () => {
  const w = window as unknown as { __longTasks: number[] };
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
};

interface Load {
  taskMs: number;
  cpuMs: number;
  longestTaskMs: number;
  loadEventMs: number;
}

/** Trace events of one main-thread task and what ran inside it (CDP Tracing, `toplevel` and `devtools.timeline`). */
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/**
 * Events that run script inside a task; the bench pages have no script of their own, so on them it
 * is the extension's. A task counts when one of them lasts 1 ms or more (the parser's own tasks
 * hold microtask checkpoints of microseconds).
 */
const RUNS_SCRIPT = new Set(['EvaluateScript', 'FunctionCall', 'TimerFire', 'FireIdleCallback', 'FireAnimationFrame', 'RunMicrotasks']);

/**
 * The longest main-thread task that ran script, from a trace of one load. The Long Tasks API
 * cannot say whose a task is; on a page without scripts of its own every such task is the
 * content script's (its evaluation, its reads after load, its slices, its message answers).
 */
export async function longestScriptTask(context: BrowserContext, url: string, settled: (page: Page) => Promise<void>): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline', transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load' });
  await settled(page);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  await page.close();
  const mainThreads = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = events.filter((e) => e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`));
  const scripts = onMain.filter((e) => RUNS_SCRIPT.has(e.name) && (e.dur ?? 0) >= 1000);
  let longest = 0;
  for (const task of onMain) {
    if (task.name !== 'RunTask' && task.name !== 'ThreadControllerImpl::RunTask') continue;
    const end = task.ts + (task.dur ?? 0);
    if ((task.dur ?? 0) / 1000 > longest && scripts.some((e) => e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts < end))
      longest = (task.dur ?? 0) / 1000;
  }
  return longest;
}

export async function loadAndMeasure(context: BrowserContext, url: string, settled: (page: Page) => Promise<void>): Promise<{ page: Page; load: Load }> {
  const page = await context.newPage();
  await page.addInitScript(LONG_TASKS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const before = await cdp.send('Performance.getMetrics');
  await page.goto(url, { waitUntil: 'load' });
  await settled(page);
  const after = await cdp.send('Performance.getMetrics');
  const metric = (m: typeof before, name: string) => m.metrics.find((x) => x.name === name)?.value ?? 0;
  const taskMs = (metric(after, 'TaskDuration') - metric(before, 'TaskDuration')) * 1000;
  const cpuMs = (metric(after, 'ThreadTime') - metric(before, 'ThreadTime')) * 1000;
  const { longest, loadEvent } = await page.evaluate(() => ({
    longest: Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks),
    loadEvent: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart,
  }));
  await cdp.detach();
  return { page, load: { taskMs, cpuMs, longestTaskMs: longest, loadEventMs: loadEvent } };
}

/** The page's own costs, timed in the page: reading its whole text once; inserting `n` cards. */
async function pageOwnCosts(page: Page, n: number): Promise<{ readTextMs: number; insertMs: number }> {
  return page.evaluate((n) => {
    const t0 = performance.now();
    // biome-ignore lint/performance/useDomNodeTextContent: innerText's cost (it lays the page out) is what this measures.
    void document.body.innerText.length;
    const readTextMs = performance.now() - t0;
    const list = document.querySelector('ul.reusable-search__entity-result-list')!;
    const template = list.firstElementChild!;
    const t1 = performance.now();
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < n; i++) fragment.append(template.cloneNode(true));
    list.append(fragment);
    void document.body.offsetHeight; // laid out, as the page would before showing them
    return { readTextMs, insertMs: performance.now() - t1 };
  }, n);
}

/**
 * The same page in the same browser where the content script does not run: its URL on a host
 * outside the script's matches. A second browser without the extension differed by more than
 * the script costs (its own renderer start-up, other defaults).
 */
const withoutScript = (url: string) => {
  const other = new URL(url);
  other.hostname = 'bench-without-extension.example';
  return other.href;
};

async function contactsShown(session: ExtensionSession, url: string): Promise<number> {
  return (await session.tabStates()).find((s) => s.url === url)?.total ?? 0;
}

async function until(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('bench: the extension never finished reading the page');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const BATCH = 20;

/** Infinite scroll on a page already showing `n` contacts: the time until the badge counts `BATCH` more. */
async function appendAndTime(session: ExtensionSession, page: Page, n: number, round: number): Promise<number> {
  const tabId = await session.tabIdOf(page);
  await session.waitForBadge(tabId, String(n));
  const started = performance.now();
  await page.evaluate(
    ({ batch, round }) => {
      const list = document.querySelector('ul.reusable-search__entity-result-list')!;
      const template = list.firstElementChild!;
      for (let i = 0; i < batch; i++) {
        const copy = template.cloneNode(true) as Element;
        for (const link of copy.querySelectorAll('a[href*="/in/bench-person-"]'))
          link.setAttribute('href', `https://www.linkedin.com/in/appended-${round}-${i}/`);
        list.append(copy);
      }
    },
    { batch: BATCH, round },
  );
  await session.waitForBadge(tabId, String(n + BATCH));
  return performance.now() - started;
}

/**
 * The builds compared: this one, and with `BENCH_BASELINE=<dir>` (an older commit's
 * `.output/chrome-mv3`) that one too, each in a browser of its own, rounds alternating between them.
 */
const BUILDS = [
  { label: 'this build', dir: PRODUCTION_BUILD_DIR },
  ...(process.env.BENCH_BASELINE ? [{ label: 'baseline', dir: process.env.BENCH_BASELINE }] : []),
];

/** Median (range) in ms, one decimal. */
const spreadMs = (values: number[]) => `${median(values).toFixed(1)} (${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)})`;

/** Median (range) of what a list of samples says, per card where the cost grows with the cards. */
const spread = (values: number[], scale = 1) =>
  `${(median(values) * scale).toFixed(0)} (${(Math.min(...values) * scale).toFixed(0)}–${(Math.max(...values) * scale).toFixed(0)})`;

function listRow(n: number, build: string, samples: Array<{ base: Load; ext: Load; readTextMs: number; insertMs: number }>, scriptTasks: number[]) {
  const scriptMs = median(samples.map((s) => s.ext.taskMs - s.base.taskMs));
  const readText = median(samples.map((s) => s.readTextMs));
  const insert = median(samples.map((s) => s.insertMs));
  return [
    n,
    ...(BUILDS.length > 1 ? [build] : []),
    spread(
      samples.map((s) => s.ext.taskMs - s.base.taskMs),
      1000 / n,
    ),
    spread(
      samples.map((s) => s.ext.cpuMs - s.base.cpuMs),
      1000 / n,
    ),
    longTask(median(samples.map((s) => s.ext.longestTaskMs))),
    longTask(median(samples.map((s) => s.base.longestTaskMs))),
    spread(scriptTasks),
    median(samples.map((s) => s.ext.loadEventMs - s.base.loadEventMs)).toFixed(1),
    readText.toFixed(1),
    (scriptMs / readText).toFixed(1),
    ((insert / n) * 1000).toFixed(1),
    (scriptMs / insert).toFixed(2),
  ];
}

async function listPages(): Promise<BenchTable> {
  const sessions: ExtensionSession[] = [];
  for (const build of BUILDS) sessions.push(await ExtensionSession.launch({ extensionDir: build.dir }));
  const rows: (string | number)[][] = [];
  const appendToBadge = sessions.map(() => [] as number[]);
  try {
    for (const n of LIST_SIZES) {
      const url = `${SEARCH_URL}&n=${n}`;
      const html = searchPage(n);
      for (const session of sessions) {
        session.pages.set(url, html);
        session.pages.set(withoutScript(url), html);
      }
      const samples = sessions.map(() => [] as Array<{ base: Load; ext: Load; readTextMs: number; insertMs: number }>);
      const scriptTasks = sessions.map(() => [] as number[]);
      /** Each round visits every build, in an order that turns each round. */
      const inTurn = (round: number) => sessions.map((_s, i) => (i + round) % sessions.length);
      for (let round = 0; round < ROUNDS; round++) {
        for (const b of inTurn(round)) {
          const session = sessions[b]!;
          // Without: the same wait as with the extension would be unfair either way; a short settle.
          const base = await loadAndMeasure(session.context, withoutScript(url), (page) => page.waitForTimeout(300));
          const own = await pageOwnCosts(base.page, n);
          await base.page.close();
          const ext = await loadAndMeasure(session.context, url, async (page) => {
            await until(async () => (await contactsShown(session, url)) >= n);
            await page.waitForTimeout(300);
          });
          if (n === LIST_SIZES.at(-1)) appendToBadge[b]!.push(await appendAndTime(session, ext.page, n, round));
          await ext.page.close();
          samples[b]!.push({ base: base.load, ext: ext.load, ...own });
        }
      }
      // Traced loads of their own, after the timed ones: tracing slows every task a little.
      for (let round = 0; round < TRACED_ROUNDS; round++) {
        for (const b of inTurn(round)) {
          const session = sessions[b]!;
          const traced = `${url}&traced=${round}`;
          session.pages.set(traced, html);
          scriptTasks[b]!.push(
            await longestScriptTask(session.context, traced, async (page) => {
              await until(async () => (await contactsShown(session, traced)) >= n);
              await page.waitForTimeout(300);
            }),
          );
        }
      }
      for (const [b, build] of BUILDS.entries()) rows.push(listRow(n, build.label, samples[b]!, scriptTasks[b]!));
    }
  } finally {
    for (const session of sessions) await session.close();
  }
  return {
    title: `People search loaded with N result cards, Chromium, production build (median (range) of ${ROUNDS} interleaved rounds)`,
    columns: [
      'cards',
      ...(BUILDS.length > 1 ? ['build'] : []),
      'content script µs/card',
      'CPU µs/card',
      'longest task ms (with)',
      'longest task ms (without)',
      'longest script task ms',
      'load event delay ms',
      'page: read text ms',
      'script / read text',
      'page: insert µs/card',
      'script / insert',
    ],
    rows,
    notes: [
      `append → badge with ${LIST_SIZES.at(-1)} contacts shown: ${BATCH} more cards appended, time until the badge counts them: median (range) ${BUILDS.map((build, b) => `${spread(appendToBadge[b]!)} ms${BUILDS.length > 1 ? ` (${build.label})` : ''}`).join(', ')} (n = ${ROUNDS}; budget 100 ms)`,
      'content script time = main-thread task time with the script minus without (same page and browser, URL on a host it does not run on), same round (budget 200 µs/card); CPU: the same in main-thread CPU time (CDP ThreadTime), which other processes on the machine inflate far less',
      'longest task: Long Tasks API in the page, any task on its main thread; the page itself may have long tasks without us',
      `longest script task: the longest main-thread task that ran script, from a trace (CDP Tracing) of each of ${TRACED_ROUNDS} more loads with the extension, median (range); the page has no script of its own, so these are the content script's (budget 50 ms)`,
      'load event delay: loadEventStart with minus without (the script reads nothing before load)',
      ...(BUILDS.length > 1
        ? [`baseline: the build in BENCH_BASELINE (${BUILDS[1]!.dir}), in a browser of its own; each round loads both builds' pages, in turns`]
        : []),
    ],
  };
}

const PROFILE_URL = 'https://www.linkedin.com/in/daniel-brandt-cfo/';

/**
 * The saved 2026 profile grown to a real page's size (~1.5 MB): a long experience section, then
 * the noise of a real page around it (test/fixtures/noise.ts), whose embedded JSON blobs describe
 * other people (the viewer's network), as LinkedIn ships them.
 */
export function realSizeProfile(): string {
  const html = readFileSync(join(FIXTURES, 'linkedin-profile-2026-cfo.html'), 'utf8');
  const positions = Array.from(
    { length: 160 },
    (_, i) =>
      `<li class="_a91c3e07" data-view-name="profile-component-entity"><div class="_5b2e90d1"><a href="https://www.linkedin.com/company/${1000 + i}/" class="_0d7e1f42" tabindex="-1" aria-hidden="true"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="" width="48" height="48"></a><div class="_c30f8e15"><div class="_71ac0e59"><span aria-hidden="true">Finance role ${i}</span><span class="visually-hidden">Finance role ${i}</span></div><span class="_3b9a7e20"><span aria-hidden="true">Company ${i} · Full-time</span><span class="visually-hidden">Company ${i} · Full-time</span></span><span class="_3b9a7e20 _a0c1f5e2"><span aria-hidden="true">Jan 20${10 + (i % 15)} - Dec 20${11 + (i % 14)} · 1 yr</span></span><div class="_e7a2c901"><ul><li><div class="_9d30b2f6"><span aria-hidden="true">Led planning, treasury and reporting for a business unit of ${i * 12} people across ${i % 9} countries; ${'closed the books, built the forecast, ran the audit. '.repeat(4)}</span></div></li></ul></div></div></div></li>`,
  ).join('\n');
  const grown = html.replace(
    '<section class="_7f4e2b10" data-view-name="profile-card" id="experience" aria-busy="true"><div class="_skeleton_3f0a"></div></section>',
    `<section class="_7f4e2b10" data-view-name="profile-card" id="experience"><h2>Experience</h2><ul>${positions}</ul></section>`,
  );
  return noisyPage(grown, { url: PROFILE_URL, seed: 2026, targetBytes: 1_500_000 });
}

interface ProfileSample {
  scriptMs: number;
  scriptCpuMs: number;
  readTextMs: number;
  longest: number;
  loadDelay: number;
}

/** One round on the real-size profile in one build's browser: the page without the script (and its text read once), then with it. */
async function profileRound(session: ExtensionSession): Promise<ProfileSample> {
  const base = await loadAndMeasure(session.context, withoutScript(PROFILE_URL), (page) => page.waitForTimeout(300));
  const { readTextMs } = await base.page.evaluate(() => {
    const t0 = performance.now();
    // biome-ignore lint/performance/useDomNodeTextContent: innerText's cost (it lays the page out) is what this measures.
    void document.body.innerText.length;
    return { readTextMs: performance.now() - t0 };
  });
  await base.page.close();
  const ext = await loadAndMeasure(session.context, PROFILE_URL, async (page) => {
    await session.waitForBadge(await session.tabIdOf(page), 'EB');
    await page.waitForTimeout(300);
  });
  await ext.page.close();
  return {
    scriptMs: ext.load.taskMs - base.load.taskMs,
    scriptCpuMs: ext.load.cpuMs - base.load.cpuMs,
    readTextMs,
    longest: ext.load.longestTaskMs,
    loadDelay: ext.load.loadEventMs - base.load.loadEventMs,
  };
}

async function profilePage(): Promise<BenchTable> {
  const html = realSizeProfile();
  const sessions: ExtensionSession[] = [];
  const samples = BUILDS.map(() => [] as ProfileSample[]);
  try {
    for (const build of BUILDS) {
      const session = await ExtensionSession.launch({ extensionDir: build.dir });
      session.pages.set(PROFILE_URL, html);
      session.pages.set(withoutScript(PROFILE_URL), html);
      sessions.push(session);
    }
    for (let round = 0; round < ROUNDS; round++)
      for (let turn = 0; turn < sessions.length; turn++) {
        const b = (turn + round) % sessions.length;
        samples[b]!.push(await profileRound(sessions[b]!));
      }
  } finally {
    for (const session of sessions) await session.close();
  }
  const column = (s: ProfileSample[]) => {
    const scriptMs = median(s.map((x) => x.scriptMs));
    const readTextMs = median(s.map((x) => x.readTextMs));
    return [
      spreadMs(s.map((x) => x.scriptMs)),
      spreadMs(s.map((x) => x.scriptCpuMs)),
      readTextMs.toFixed(1),
      (scriptMs / readTextMs).toFixed(1),
      longTask(median(s.map((x) => x.longest))),
      median(s.map((x) => x.loadDelay)).toFixed(1),
    ];
  };
  const columns = samples.map(column);
  const measures = [
    'content script + worker round trip, main-thread ms (with minus without)',
    'the same in main-thread CPU time ms',
    'page: read its whole text once (innerText) ms',
    'ratio (budget 5×)',
    'longest task with the extension ms',
    'load event delay ms (with minus without)',
  ];
  return {
    title: `Real-size profile (${(html.length / 1024 / 1024).toFixed(1)} MB with its embedded JSON), Chromium, production build (median (range) of ${ROUNDS} interleaved rounds)`,
    columns: ['measure', ...BUILDS.map((build) => build.label)],
    rows: measures.map((measure, i) => [measure, ...columns.map((c) => c[i]!)]),
    ...(BUILDS.length > 1
      ? { notes: [`baseline: the build in BENCH_BASELINE (${BUILDS[1]!.dir}), in a browser of its own; each round loads both builds' pages, in turns`] }
      : {}),
  };
}

/**
 * What each part of the production build weighs: the worker's cold start parses all of
 * background.js, reads lexicon.json at its first match, and pack-work.js only when it syncs,
 * imports or changes packs. The browser bench prints this too, next to the cold start.
 */
export function bundleSizes(): BenchTable {
  const files = [
    ...readdirSync(PRODUCTION_BUILD_DIR).filter((f) => f.endsWith('.js') || f === 'lexicon.json'),
    ...readdirSync(join(PRODUCTION_BUILD_DIR, 'chunks')).map((f) => `chunks/${f}`),
    ...readdirSync(join(PRODUCTION_BUILD_DIR, 'content-scripts')).map((f) => `content-scripts/${f}`),
  ].filter((f) => f.endsWith('.js') || f.endsWith('.json'));
  const gzipped = (file: string) => gzipSync(readFileSync(join(PRODUCTION_BUILD_DIR, file)), { level: 9 }).length / 1024;
  const background = gzipped('background.js');
  return {
    title: 'Production build: script sizes',
    columns: ['file', 'KB', 'KB gzipped'],
    rows: files.map((file) => {
      const code = readFileSync(join(PRODUCTION_BUILD_DIR, file));
      return [file.replace(/-[\w]{8}\.js$/, '.js'), (code.length / 1024).toFixed(1), gzipped(file).toFixed(1)];
    }),
    notes: [
      `budget: background.js ≤ 60 KB gzipped (${background <= 60 ? 'met' : 'not met: see README'})`,
      'lexicon.json: the lexicon prebuilt from the tables, read by the worker at its first match instead of building it',
    ],
  };
}

export const bench: BenchModule = {
  name: 'pages',
  run: async () => [bundleSizes(), ...(LIST_SIZES.length > 0 ? [await listPages()] : []), await profilePage()],
};
