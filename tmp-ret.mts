import { syntheticPack, syntheticTitles } from './test/bench/titles';
import { compilePack } from './lib/titles/compile';
import { matchTitle } from './lib/titles/match';
import { setTitleCacheLimit } from './lib/titles/analyze';
const c = compilePack(syntheticPack(500, 2), { explainRunnersUp: false });
setTitleCacheLimit(0);
const mode = process.argv[2];
const keep: unknown[] = [];
const res: string[] = [];
for (let k = 0; k < 6; k++) {
  const list = syntheticTitles(40000, 900 + k);
  const t0 = process.cpuUsage();
  for (const t of list) { const r = matchTitle(t, c); if (mode === 'retain') keep.push(r); }
  res.push((process.cpuUsage(t0).user / 40000).toFixed(1));
}
console.log(mode, res.join(' '), 'µs/title');
