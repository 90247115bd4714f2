import { syntheticPack, syntheticTitles } from './test/bench/titles';
import { compilePack } from './lib/titles/compile';
import { matchTitle } from './lib/titles/match';
import { setTitleCacheLimit } from './lib/titles/analyze';
const explain = process.argv[2] !== 'noexplain';
const cs = [compilePack(syntheticPack(50, 1), { explainRunnersUp: explain }), compilePack(syntheticPack(500, 2), { explainRunnersUp: explain })];
const res: string[] = [];
for (const mode of ['cold', 'cached']) for (const c of cs) {
  const times: number[] = [];
  for (let k = 0; k < 7; k++) {
    const list = syntheticTitles(20000, 500 + k);
    setTitleCacheLimit(mode === 'cold' ? 0 : 50_000);
    const t0 = process.cpuUsage(); for (const t of list) matchTitle(t, c); times.push(process.cpuUsage(t0).user / 1000);
  }
  times.sort((a, b) => a - b);
  res.push(`${mode} ${c.personas.length}: ${(times[3] / 20).toFixed(2)}µs`);
}
console.log(explain ? 'explain' : 'noexplain', res.join(' | '));
