/**
 * Writes test/eval/unseen-2.jsonl from the hand-written titles of this folder (titles-en.txt,
 * titles-other.txt): the second unseen set for issue 12, written on 2026-12-04 after the first
 * set's fixes, from the writer's own knowledge of job titles and headlines, before the writer read
 * the lexicon tables and before the engine ran on them; labels by hand, personas from
 * corpus/personas.ts. Sectors the first set did not cover (insurance, pharma, construction, media,
 * education, hospitality, agriculture, telecom, government, non-profits, law firms, consulting),
 * all eight languages, with headline noise (emoji, pipes, "@ Company", "Helping …", typos,
 * clipped forms, ALL CAPS, past roles, several roles, gendered forms). Titles already in the
 * corpus, the labelled set or the first unseen set were rewritten before the first run.
 *
 * Line format, labels and the split: ../unseen/read-titles.ts; 30% locked by an FNV-1a hash of the
 * text, fixed before any score was seen. No rule is tuned on the locked titles.
 *
 * Run: `npx tsx test/eval/unseen-2/build.ts` (deterministic).
 */
import { fileURLToPath } from 'node:url';
import { lockByHash, readTitles, writeRows } from '../unseen/read-titles';

const DIR = fileURLToPath(new URL('./', import.meta.url));
const OUT = fileURLToPath(new URL('../unseen-2.jsonl', import.meta.url));

const rows = [...readTitles(`${DIR}titles-en.txt`, 'unseen-2'), ...readTitles(`${DIR}titles-other.txt`, 'unseen-2')];
const lockedCount = lockByHash(rows, 'unseen-2', 0.3);
writeRows(OUT, rows);
console.log(`${rows.length} titles (${lockedCount} locked) → ${OUT}`);
