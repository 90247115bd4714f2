/**
 * `npm run eval`: accuracy of title analysis and persona matching on the labelled development
 * set (titles.jsonl against eval-pack.json), per language, and every failure with its reasons.
 */
import {
  accuracy, isEnglish, loadDevSet, loadEvalPack, scoreCase, TITLES_FILE, type Accuracy, type Scored,
} from '../unit/titles/devset-data';

const cases = loadDevSet();
if (cases.length === 0) {
  console.error(`no labelled titles found in ${TITLES_FILE}`);
  process.exit(1);
}
const compiled = loadEvalPack();
const scored = cases.map((c) => scoreCase(c, compiled));

const pct = (a: Accuracy) => `${(a.rate * 100).toFixed(1)}% (${a.correct}/${a.total})`;
const row = (label: string, set: Scored[]) =>
  `${label.padEnd(14)}${String(set.length).padStart(6)}  ${pct(accuracy(set, 'functionOk')).padEnd(20)}${pct(accuracy(set, 'seniorityOk')).padEnd(20)}${pct(accuracy(set, 'personaOk'))}`;

console.log(`${'set'.padEnd(14)}${'titles'.padStart(6)}  ${'function'.padEnd(20)}${'seniority'.padEnd(20)}persona`);
console.log(row('all', scored));
console.log(row('English', scored.filter((s) => isEnglish(s.case))));
console.log(row('not English', scored.filter((s) => !isEnglish(s.case))));
const langs = [...new Set(scored.map((s) => s.case.lang ?? 'en'))].sort();
for (const lang of langs) console.log(row(`  ${lang}`, scored.filter((s) => (s.case.lang ?? 'en') === lang)));

const failures = scored.filter((s) => s.functionOk === false || s.seniorityOk === false || s.personaOk === false);
console.log(`\n${failures.length} case(s) with at least one wrong label:`);
for (const f of failures) {
  const a = f.result.analysis;
  const wrong: string[] = [];
  if (f.functionOk === false) wrong.push(`function ${a.function} (expected ${f.case.function})`);
  if (f.seniorityOk === false) wrong.push(`seniority ${a.seniority} (expected ${f.case.seniority})`);
  if (f.personaOk === false) wrong.push(`persona ${f.result.persona} (expected ${f.case.persona})`);
  console.log(`\n  line ${f.case.line}: ${JSON.stringify(f.case.title)}${f.case.lang ? ` [${f.case.lang}]` : ''}`);
  console.log(`    ${wrong.join('; ')}`);
  for (const r of f.result.reasons) console.log(`    - ${r}`);
}
