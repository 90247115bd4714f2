/**
 * The content script's own main-thread cost on the real-size profile, old build against new,
 * loads interleaved (one browser per build): `npx tsx test/bench/trace-profile.ts OLD_DIR NEW_DIR [loads]`.
 *
 * - trace (default): CDP tracing of each cold load; the CPU time (trace `tdur`) of the events that
 *   run the extension's code (`EvaluateScript` of pages.js, `FunctionCall`s into it), outermost
 *   only, split into evaluating the script, the first read and the rest.
 * - `PROFILE=1`: CDP Profiler at a 50 µs sampling interval over each load instead, and the
 *   functions of pages.js with the most self time summed over the loads (build with
 *   PM_SOURCEMAP=1 for source names).
 * - `TRACE_NAMES=1`: also what ran inside the evaluation and each call, by trace event name; with
 *   `TRACE_CATEGORIES=toplevel,devtools.timeline,v8,disabled-by-default-v8.compile` that shows
 *   the lazy compilation (V8.CompileCode, V8.ParseFunction) inside the first read.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import type { Page } from 'playwright-core';
import { ExtensionSession } from '../e2e/harness';
import { realSizeProfile } from './pages';

const URL_ = 'https://www.linkedin.com/in/daniel-brandt-cfo/';
const dirs = process.argv.slice(2).filter((a) => !/^\d+$/.test(a));
const loads = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 8);
const profileMode = !!process.env.PROFILE;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; functionName?: string } };
}

const median = (v: number[]) => {
  const s = [...v].sort((a, b) => a - b);
  const m = s.length / 2;
  return s.length % 2 ? s[Math.floor(m)]! : (s[m - 1]! + s[m]!) / 2;
};
const fmt = (v: number[]) => `${median(v).toFixed(2)} (${Math.min(...v).toFixed(2)}–${Math.max(...v).toFixed(2)})`;

async function settled(session: ExtensionSession, page: Page) {
  await session.waitForBadge(await session.tabIdOf(page), 'EB');
  await page.waitForTimeout(300);
}

async function traced(session: ExtensionSession, url: string) {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: process.env.TRACE_CATEGORIES ?? 'toplevel,devtools.timeline,v8', transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load' });
  await settled(session, page);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  await page.close();
  const ours = events.filter(
    (e) => e.ph === 'X' && (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && e.args?.data?.url?.startsWith('chrome-extension://'),
  );
  const outer = ours.filter(
    (e) => !ours.some((o) => o !== e && o.pid === e.pid && o.tid === e.tid && o.ts <= e.ts && o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0)),
  );
  const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
  const evaluate = outer.filter((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.endsWith('pages.js'));
  const calls = outer.filter((e) => e.name === 'FunctionCall').sort((a, b) => b.tdur! - a.tdur!);
  const compile = events.filter((e) => e.ph === 'X' && e.name === 'v8.compile' && evaluate.some((v) => e.ts >= v.ts && e.ts <= v.ts + v.dur!));
  for (const read of process.env.TRACE_NAMES ? [...evaluate, ...calls] : []) {
    const inside = events.filter(
      (e) => e.ph === 'X' && e.pid === read.pid && e.tid === read.tid && e.ts >= read.ts && e.ts + (e.dur ?? 0) <= read.ts + read.dur! && e !== read,
    );
    const byName = new Map<string, [number, number]>();
    for (const e of inside) {
      const [n, d] = byName.get(e.name) ?? [0, 0];
      byName.set(e.name, [n + 1, d + (e.tdur ?? e.dur ?? 0) / 1000]);
    }
    console.log(
      `${read.name} ${cpu(read).toFixed(2)} ms:`,
      [...byName]
        .sort((a, b) => b[1][1] - a[1][1])
        .slice(0, 25)
        .map(([k, [n, d]]) => `${k} ×${n} ${d.toFixed(2)}`)
        .join('; '),
    );
  }
  return {
    total: outer.reduce((s, e) => s + cpu(e), 0),
    evaluate: evaluate.reduce((s, e) => s + cpu(e), 0),
    compile: compile.reduce((s, e) => s + (e.tdur ?? e.dur ?? 0) / 1000, 0),
    firstRead: calls[0] ? cpu(calls[0]) : 0,
    calls: outer.length,
  };
}

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

async function profiled(
  session: ExtensionSession,
  url: string,
  self: Map<string, number>,
  inclusive: Map<string, number>,
  maps: Map<string, TraceMap | null>,
  dir: string,
) {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  await settled(session, page);
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  await page.close();
  const nodes = new Map((profile.nodes as ProfileNode[]).map((n) => [n.id, n]));
  const parents = new Map<number, number>();
  for (const n of profile.nodes as ProfileNode[]) for (const c of n.children ?? []) parents.set(c, n.id);
  const deltas = profile.timeDeltas ?? [];
  let inOurs = 0;
  (profile.samples ?? []).forEach((id, i) => {
    const node = nodes.get(id)!;
    const frame = node.callFrame;
    if (!frame.url.startsWith('chrome-extension://')) return;
    const file = frame.url.replace(/^chrome-extension:\/\/[^/]+\//, '');
    if (!maps.has(file)) {
      const map = join(dir, `${file}.map`);
      maps.set(file, existsSync(map) ? new TraceMap(readFileSync(map, 'utf8')) : null);
    }
    const map = maps.get(file);
    const pos = map ? originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber }) : null;
    const name = pos?.source
      ? `${pos.name ?? (frame.functionName || '(anon)')} ${pos.source.replace(/^.*?\/(lib|entrypoints|node_modules|utils)\//, '$1/')}:${pos.line}`
      : `${frame.functionName || '(anon)'} ${file}:${frame.lineNumber}:${frame.columnNumber}`;
    const ms = (deltas[i + 1] ?? 50) / 1000;
    inOurs += ms;
    self.set(name, (self.get(name) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
      const f = nodes.get(at)!.callFrame;
      if (!f.url.startsWith('chrome-extension://')) continue;
      const m = maps.get(f.url.replace(/^chrome-extension:\/\/[^/]+\//, ''));
      const p = m ? originalPositionFor(m, { line: f.lineNumber + 1, column: f.columnNumber }) : null;
      seen.add(`${p?.name ?? f.functionName} ${p?.source?.replace(/^.*\//, '') ?? ''}:${p?.line ?? f.lineNumber}`);
    }
    for (const key of seen) inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
  });
  return inOurs;
}

const html = realSizeProfile();
const sessions: ExtensionSession[] = [];
for (const dir of dirs) {
  const session = await ExtensionSession.launch({ extensionDir: dir });
  sessions.push(session);
}
const results = dirs.map(() => [] as Awaited<ReturnType<typeof traced>>[]);
const selfTimes = dirs.map(() => new Map<string, number>());
const inclusiveTimes = dirs.map(() => new Map<string, number>());
const sampled = dirs.map(() => [] as number[]);
const maps = dirs.map(() => new Map<string, TraceMap | null>());
try {
  for (let round = 0; round < loads; round++) {
    for (const [i, session] of sessions.entries()) {
      const url = `${URL_}?load=${round}`;
      session.pages.set(url, html);
      if (profileMode) sampled[i]!.push(await profiled(session, url, selfTimes[i]!, inclusiveTimes[i]!, maps[i]!, dirs[i]!));
      else results[i]!.push(await traced(session, url));
    }
  }
} finally {
  for (const session of sessions) await session.close();
}
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`${loads} loads per build, interleaved; load average now ${load}; median (range) ms`);
for (const [i, dir] of dirs.entries()) {
  console.log(`\n${dir}`);
  if (profileMode) {
    console.log(`sampled time in the extension's code: ${fmt(sampled[i]!)}`);
    for (const [name, ms] of [...selfTimes[i]!].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${(ms / loads).toFixed(3)}  ${name}`);
    console.log('inclusive:');
    for (const [name, ms] of [...inclusiveTimes[i]!].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${(ms / loads).toFixed(3)}  ${name}`);
  } else {
    const r = results[i]!;
    console.log(`own CPU total   ${fmt(r.map((x) => x.total))}`);
    console.log(`evaluate pages.js ${fmt(r.map((x) => x.evaluate))} (compile ${fmt(r.map((x) => x.compile))})`);
    console.log(`first read (largest call) ${fmt(r.map((x) => x.firstRead))}`);
    console.log(`calls ${fmt(r.map((x) => x.calls))}`);
  }
}
