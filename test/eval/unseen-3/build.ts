/**
 * Writes test/eval/unseen-3.jsonl from the hand-written titles of this folder (titles-en.txt,
 * titles-other.txt): the third unseen set for issue 12, written on 2026-12-04 after the second
 * set's fixes, from the writer's own knowledge of job titles and headlines, before the writer read
 * the lexicon tables and before the engine ran on them; labels by hand, personas from
 * corpus/personas.ts. It aims at the buying committee of a security vendor (IT, security,
 * compliance, finance, procurement, engineering, operations, executives) and the negative and
 * null cases (interns, recruiters, account managers, guards, job seekers) at ordinary employers,
 * in the hard forms of issue 12, all eight languages. Titles already in the corpus, the labelled
 * set or the first two unseen sets were rewritten before the first run.
 *
 * Each line's flags carry `k:<kind>`, the hard form it was written for: `seg` a bare level before
 * a dash, slash or bar; `spell` dotted, clipped, misspelt or ALL CAPS; `past` not the current
 * role; `vocab` vocabulary breadth; `gram` other languages' grammar (head nouns, gendered forms,
 * compounds); `multi` several roles; `plain` ordinary titles with headline noise; `neg` the
 * pack's negative persona. The kinds are counted here only: every row has kind `unseen-3`.
 *
 * Line format, labels and the split: ../unseen/read-titles.ts; 30% locked by an FNV-1a hash of the
 * text, fixed before any score was seen. No rule is tuned on the locked titles.
 *
 * Run: `npx tsx test/eval/unseen-3/build.ts` (deterministic).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lockByHash, readTitles, writeRows } from '../unseen/read-titles';

const DIR = fileURLToPath(new URL('./', import.meta.url));
const OUT = fileURLToPath(new URL('../unseen-3.jsonl', import.meta.url));
const FILES = [`${DIR}titles-en.txt`, `${DIR}titles-other.txt`];

const rows = FILES.flatMap((file) => readTitles(file, 'unseen-3'));
const lockedCount = lockByHash(rows, 'unseen-3', 0.3);
writeRows(OUT, rows);

const kinds = new Map<string, number>();
for (const file of FILES)
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const kind = /\bk:(\w+)/.exec(line.split(' ## ')[4] ?? '')?.[1] ?? 'none';
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
const langs = new Map<string, number>();
for (const r of rows) langs.set(r.lang, (langs.get(r.lang) ?? 0) + 1);
const list = (m: Map<string, number>) => [...m].map(([k, n]) => `${k} ${n}`).join(', ');
console.log(`${rows.length} titles (${lockedCount} locked) → ${OUT}\nby language: ${list(langs)}\nby kind: ${list(kinds)}`);
