/**
 * `npm run bench -- cold-start`: what the service worker's cold start adds to the badge, for this
 * build and, with BENCH_BASELINE set to another build's folder (say a copy of
 * .output/chrome-mv3 made before a change), for that one too: both browsers run side by side and
 * their rounds alternate, so the machine's drift hits both alike. BENCH_ROUNDS sets the rounds (20).
 */
import { loadavg } from 'node:os';
import { ExtensionSession, PRODUCTION_BUILD_DIR } from '../e2e/harness';
import { coldLoads } from './browser';
import type { BenchModule, BenchTable } from './run';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

async function measure(): Promise<BenchTable[]> {
  const builds = [
    ...(process.env.BENCH_BASELINE ? [{ name: `baseline (${process.env.BENCH_BASELINE})`, dir: process.env.BENCH_BASELINE }] : []),
    { name: 'this build', dir: PRODUCTION_BUILD_DIR },
  ];
  const sessions = await Promise.all(builds.map(({ dir }) => ExtensionSession.launch({ extensionDir: dir })));
  const loads = await Promise.all(sessions.map((session) => coldLoads(session)));
  const added = builds.map(() => [] as number[]);
  const warm = builds.map(() => [] as number[]);
  const load = [loadavg()[0]!];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      // Which build goes first alternates too.
      const order = builds.map((_b, i) => i);
      if (round % 2) order.reverse();
      for (const i of order) {
        const times = await loads[i]!.round(round % 4 >= 2);
        added[i]!.push(times.cold - times.warm);
        warm[i]!.push(times.warm);
      }
    }
    load.push(loadavg()[0]!);
  } finally {
    await Promise.all(loads.map((l) => l.close()));
    await Promise.all(sessions.map((s) => s.close()));
  }
  const ms = (v: number) => v.toFixed(0);
  const rows = builds.map((build, i) => [build.name, ROUNDS, ms(percentile(added[i]!, 0.5)), ms(percentile(added[i]!, 0.9)), ms(percentile(warm[i]!, 0.5))]);
  return [
    {
      title: 'Service worker cold start (production builds, headless Chromium, rounds interleaved)',
      columns: ['build', 'n', 'adds median ms', 'adds p90 ms', 'warm load → badge median ms'],
      rows,
      notes: [
        'adds: page load → badge with the worker stopped first, minus with it running, same round (budget 40 ms median)',
        `load average ${load.map((l) => l.toFixed(1)).join(' → ')}`,
      ],
    },
  ];
}

export const bench: BenchModule = { name: 'cold-start', run: measure };
