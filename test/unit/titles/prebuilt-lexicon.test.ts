/**
 * The service worker reads the lexicon prebuilt at build time (lib/titles/lexicon/prebuilt.ts,
 * written by tooling/worker-lexicon.ts from the tables as they are then): what it reads back
 * must be the lexicon a fresh build makes, set for set and entry for entry, in the same order.
 */
import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../../lib/titles/lexicon';
import { freshLexicon } from '../../../lib/titles/lexicon/build';
import { lexiconFromPrebuilt, prebuiltLexicon, type PrebuiltLexicon } from '../../../lib/titles/lexicon/prebuilt';
import { prebuiltLexiconJson } from '../../../tooling/worker-lexicon';

const fresh = freshLexicon();
/** What the build writes into the extension (lexicon.json), read back as the worker does. */
const readBack = lexiconFromPrebuilt(JSON.parse(prebuiltLexiconJson()) as PrebuiltLexicon);

/** Everything a lexicon holds, with sets and maps as arrays, so order counts too. */
function contents(lexicon: Lexicon) {
  const { drop, replace, parts, keep, vocabulary, personNouns } = lexicon.tokenizer.tables;
  return {
    tokenizer: {
      drop: [...drop],
      replace: [...replace],
      parts: [...parts],
      keep: [...keep],
      vocabulary: [...(vocabulary ?? [])],
      personNouns: [...(personNouns ?? [])],
    },
    trie: lexicon.trie.entries(),
    trieSize: lexicon.trie.size,
    ambiguous: [...lexicon.ambiguous],
    noise: [...lexicon.noise],
    companyMarkers: lexicon.companyMarkers,
    statusPhrases: lexicon.statusPhrases,
    employers: lexicon.employers.entries(),
    assistantNouns: lexicon.assistantNouns,
    qualifierConnectors: lexicon.qualifierConnectors,
  };
}

describe('the prebuilt lexicon', () => {
  it('reads back as the lexicon a fresh build of the tables makes', () => {
    expect(fresh.trie.size).toBeGreaterThan(5_000); // the whole lexicon, long-tail vocabulary included
    expect(contents(readBack)).toStrictEqual(contents(fresh));
  });

  it('keeps the fresh build’s order when titles were read before the whole of it (its trie is built branch by branch)', () => {
    const lexicon = lexiconFromPrebuilt(JSON.parse(prebuiltLexiconJson()) as PrebuiltLexicon);
    const phrases = (read: Lexicon) => {
      const found: string[] = [];
      read.trie.longest(fresh.tokenizer.tokens('Sales Director, Chief Financial Officer'), (_start, _end, entry) => found.push(entry.phrase));
      return found;
    };
    expect(phrases(lexicon)).toEqual(phrases(fresh));
    expect(phrases(lexicon).length).toBeGreaterThan(1);
    expect(contents(lexicon)).toStrictEqual(contents(fresh));
  });

  it('refuses a branch whose phrases and entries differ in number (data this code did not write)', () => {
    const data = prebuiltLexicon(fresh);
    const first = data.firstWords.split(' ')[0]!;
    const lexicon = lexiconFromPrebuilt({ ...data, entries: [`${data.entries[0]} 0`, ...data.entries.slice(1)] }, 'lexicon.json');
    expect(() => lexicon.trie.entries()).toThrow(`lexicon.json: the phrases of "${first}" do not match their entries: rebuild the extension`);
  });

  it('refuses a word set naming a vocabulary word the vocabulary lacks', () => {
    const data = prebuiltLexicon(fresh);
    const beyond = fresh.tokenizer.tables.vocabulary!.size.toString(36);
    expect(() => lexiconFromPrebuilt({ ...data, tokenizer: { ...data.tokenizer, parts: `${data.tokenizer.parts} ${beyond}` } }, 'lexicon.json')).toThrow(
      `lexicon.json: the vocabulary has no word ${beyond}: rebuild the extension`,
    );
  });

  it('spells each word once: phrases without their first word, word parts and person nouns as vocabulary places', () => {
    const data = prebuiltLexicon(fresh);
    const branch = data.phrases[data.firstWords.split(' ').indexOf('chief')]!;
    expect(branch.split(',')).toContain('financial officer');
    expect(branch.split(',')).not.toContain('chief financial officer');
    expect(data.tokenizer.parts.length).toBeLessThan([...fresh.tokenizer.tables.parts].join(' ').length / 2);
    expect(data.tokenizer.personNouns!.length).toBeLessThan([...fresh.tokenizer.tables.personNouns!].join(' ').length / 2);
  });

  it('reads titles as the fresh build does: compounds, abbreviations, misspellings, every language', () => {
    const titles = [
      'Sr. Mgr, Information-Security',
      'Hauptabteilungsleiterin Einkauf',
      'Directrice Générale Adjointe',
      'VP Sales EMEA',
      'Senior Sofware Enginer',
      'Drector of Procuremnt',
      'Responsable des achats indirects',
      'Jefa de Compras',
      'Inköpschef',
      'Hoofd Klantenservice',
      'Responsabile Acquisti',
      'Gerente de Tecnologia da Informação',
      'Einkaufsleiter',
      'Helping founders scale',
      'Chief Revenue Officer @ Acme',
      'Ingénieure Cybersécurité',
      'Leiter(in) Controlling',
    ];
    for (const title of titles) expect(readBack.tokenizer.tokens(title), title).toEqual(fresh.tokenizer.tokens(title));
    for (const word of ['manger', 'secuirty', 'drector', 'procuremnt', 'founders', 'date'])
      expect(readBack.tokenizer.correct(word), word).toBe(fresh.tokenizer.correct(word));
  });

  it('is plain JSON data: a JSON round trip changes nothing', () => {
    const data = prebuiltLexicon(fresh);
    expect(JSON.parse(JSON.stringify(data))).toStrictEqual(data);
  });

  it('refuses data of another format, saying which and what to do', () => {
    const data = { ...prebuiltLexicon(fresh), format: 0 } as unknown as PrebuiltLexicon;
    expect(() => lexiconFromPrebuilt(data, 'lexicon.json')).toThrow('lexicon.json has format 0, this code reads format 4: rebuild the extension');
  });
});
