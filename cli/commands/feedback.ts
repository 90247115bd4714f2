import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatReview, reviewFeedback } from '../../lib/feedback/review';
import { command } from '../args';
import { UsageError } from '../io';
import { loadPack } from '../load-pack';

/**
 * `feedback [--pack P] [--min-sellers N] [--json] <exports…>`: many sellers' corrections and usage
 * CSVs merged into one review: rule changes to make, disputed titles, use per persona and
 * stage, personas never hit.
 */
export const feedback = command(
  { pack: { type: 'string' }, 'min-sellers': { type: 'string' }, json: { type: 'boolean' } },
  async ({ options, positional }, io) => {
    if (!positional.length)
      throw new UsageError('feedback needs the exports sellers sent: persona-map feedback --pack pack.json corrections-*.csv usage-*.csv');
    const pack = typeof options.pack === 'string' ? await loadPack(options.pack, io) : null;
    if (typeof options.pack === 'string' && !pack) return 1;
    const minSellers = typeof options['min-sellers'] === 'string' ? Number(options['min-sellers']) : 2;
    if (!Number.isInteger(minSellers) || minSellers < 1) throw new UsageError('--min-sellers must be a whole number of 1 or more');
    const exports = await Promise.all(positional.map(async (file) => ({ source: file, text: await readFile(resolve(io.cwd, file), 'utf8') })));
    const review = reviewFeedback(exports, pack, { minSellers });
    io.stdout.write(options.json ? `${JSON.stringify(review, null, 2)}\n` : formatReview(review, pack));
    return 0;
  },
);
