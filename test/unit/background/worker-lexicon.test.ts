/**
 * The worker's lexicon comes from lexicon.json, installed before the first compile; its build
 * has no tables to fall back on (lib/background/worker-lexicon.ts).
 */
import { describe, expect, it } from 'vitest';
import { PersonaMatcher } from '../../../lib/background/persona-matcher';
import { prebuiltLexiconInstaller, workerLexiconSource } from '../../../lib/background/worker-lexicon';
import { getLexicon, hasLexicon } from '../../../lib/titles/lexicon';
import { freshLexicon } from '../../../lib/titles/lexicon/build';
import { prebuiltLexicon } from '../../../lib/titles/lexicon/prebuilt';
import { validatePack } from '../../../lib/pack/validate';

const validated = validatePack({
  format: 'persona-pack@1',
  id: 'buyers',
  name: 'Buyers',
  version: '1.0.0',
  publishedAt: '2026-01-15T09:00:00Z',
  assets: [],
  personas: [{ id: 'buyer', name: 'Buyer', match: { functions: ['purchasing'] } }],
});
if (!validated.ok) throw new Error(JSON.stringify(validated.problems));
const PACK = validated.pack;

describe('the worker’s prebuilt lexicon', () => {
  it('is installed before the matcher compiles, and a failed read is retried with a clear error', async () => {
    expect(hasLexicon()).toBe(false);
    const data = JSON.parse(JSON.stringify(prebuiltLexicon(freshLexicon())));
    let reads = 0;
    const install = prebuiltLexiconInstaller(async () => {
      if (++reads === 1) throw new Error('network down');
      return data;
    });
    const matcher = new PersonaMatcher(async () => [PACK], install);
    const contact = { name: { value: 'Ana' }, title: { value: 'Procurement Manager' } } as never;
    await expect(matcher.matchContacts([contact])).rejects.toThrow('Cannot read lexicon.json: network down');
    expect(hasLexicon()).toBe(false);

    const [matched] = await matcher.matchContacts([contact]);
    expect(reads).toBe(2);
    expect(matched!.match.persona).toBe('buyer');
    // The installed one, not one built from the tables.
    const installed = getLexicon();
    await install();
    expect(reads).toBe(2);
    expect(getLexicon()).toBe(installed);
  });

  it('preload reads the packs and the lexicon before the first match; a failed preload is retried by it', async () => {
    let packReads = 0;
    let lexiconReads = 0;
    const matcher = new PersonaMatcher(
      async () => {
        if (++packReads === 1) throw new Error('database busy');
        return [PACK];
      },
      async () => void lexiconReads++,
    );
    matcher.preload();
    expect(packReads).toBe(1);
    expect(lexiconReads).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const [matched] = await matcher.matchContacts([{ name: { value: 'Ana' }, title: { value: 'Procurement Manager' } } as never]);
    expect(matched!.match.persona).toBe('buyer');
    expect(packReads).toBe(2);
    // Compiled once: a second match reads nothing again.
    await matcher.matchContacts([]);
    expect(packReads).toBe(2);
  });

  it('refuses to build one from tables in the worker', () => {
    expect(() => workerLexiconSource()).toThrow('The worker reads titles only after installing the prebuilt lexicon (lexicon.json)');
  });
});
