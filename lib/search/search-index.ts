/**
 * Instant search over everything a seller might type mid-call: personas, objections (and their
 * responses), discovery questions and proof assets of every installed pack. Pure TypeScript:
 * built once per set of packs, queried on every keystroke (budget: 16 ms on a 500-persona pack,
 * measured by test/bench/search.ts).
 */
import MiniSearch, { type SearchOptions } from 'minisearch';
import type { Pack } from '../pack/schema';
import type { ASSET_TYPES, BUYING_ROLES } from '../pack/vocabulary';

type BuyingRole = (typeof BUYING_ROLES)[number];
type AssetType = (typeof ASSET_TYPES)[number];

export type SearchHitKind = 'persona' | 'objection' | 'question' | 'asset' | 'quote' | 'competitor';

/** What a result row needs to render and to open its target, without looking up the pack. */
export interface SearchHit {
  id: string;
  kind: SearchHitKind;
  packId: string;
  /** The persona the hit belongs to (for a persona hit: itself); null for assets. */
  personaId: string | null;
  /** The objection id or asset id; the question's index for questions; the persona id for personas. */
  refId: string;
  /** The main line: persona name, objection, question or asset title. */
  title: string;
  /** A second line for context: persona name for objections and questions, asset type for assets. */
  context: string;
  score: number;
}

interface SearchDoc {
  id: string;
  kind: SearchHitKind;
  packId: string;
  personaId: string | null;
  refId: string;
  title: string;
  body: string;
  extra: string;
  context: string;
}

const STORED = ['kind', 'packId', 'personaId', 'refId', 'title', 'context'] as const;

/**
 * Words so common they match most documents: indexing them costs time and memory, and a query
 * term that matches everything makes every keystroke slow ("we already have a s…").
 */
const STOP_WORDS = new Set(
  (
    'a an and are as at be but by can do does for from had has have how i if in into is it its me my no not of on or our ' +
    'so than that the their them then there these they this to too us was we were what when which who why will with you your'
  ).split(' '),
);

function processTerm(term: string): string | null {
  const t = term.toLowerCase();
  return STOP_WORDS.has(t) ? null : t;
}

/**
 * Prefix on words of two letters or more (people type "obj" for "objection"); a one-letter prefix
 * expands to a good part of the vocabulary and is left for the next keystroke. Fuzzy only where a
 * typo is plausible: one edit from 5 letters, two from 9.
 */
const QUERY_OPTIONS: SearchOptions = {
  prefix: (term) => term.length >= 2,
  fuzzy: (term) => (term.length < 5 ? false : term.length < 9 ? 1 : 2),
  boost: { title: 3, extra: 1.5, body: 1 },
  combineWith: 'AND',
};

/** About as many results as the narrow panel shows without scrolling. */
const FIRST_SCREEN = 12;

/** Leads with what the seller most likely wants when scores tie: the answer to an objection. */
const KIND_BOOST: Record<SearchHitKind, number> = { persona: 1.2, objection: 1.1, competitor: 1.1, asset: 1, question: 0.9, quote: 0.9 };

/**
 * A result's second line: what kind of thing it is and whose. The panel passes them in the UI
 * language (utils/search-words.ts); pack words (names) go in as written.
 */
export interface SearchWords {
  persona(role: BuyingRole | null): string;
  notAFit: string;
  objection(persona: string): string;
  competitor(persona: string): string;
  quote(persona: string): string;
  question(persona: string): string;
  asset(type: AssetType): string;
}

export const englishSearchWords: SearchWords = {
  persona: (role) => `Persona${role ? ` · ${role.replace(/-/g, ' ')}` : ''}`,
  notAFit: 'Persona · not a fit',
  objection: (persona) => `Objection · ${persona}`,
  competitor: (persona) => `Competitor · ${persona}`,
  quote: (persona) => `Quote · ${persona}`,
  question: (persona) => `Question · ${persona}`,
  asset: (type) => `Asset · ${type.replace(/-/g, ' ')}`,
};

export function packDocuments(pack: Pack, words: SearchWords = englishSearchWords): SearchDoc[] {
  const docs: SearchDoc[] = [];
  const base = (kind: SearchHitKind, refId: string, personaId: string | null) => ({
    id: `${pack.id}/${kind}/${personaId ?? '-'}/${refId}`,
    kind,
    packId: pack.id,
    personaId,
    refId,
  });
  for (const persona of pack.personas) {
    docs.push({
      ...base('persona', persona.id, persona.id),
      title: persona.name,
      body: persona.summary ?? '',
      // Typing a job title ("ciso") finds the persona that title maps to.
      extra: [persona.role ?? '', ...(persona.match.titles ?? []), ...(persona.match.keywords?.any ?? [])].join(' '),
      context: persona.kind === 'negative' ? words.notAFit : words.persona(persona.role ?? null),
    });
    for (const objection of persona.objections ?? []) {
      docs.push({
        ...base('objection', objection.id, persona.id),
        title: objection.text,
        body: objection.response,
        extra: persona.name,
        context: words.objection(persona.name),
      });
    }
    // "They said Wiz is cheaper": the answer to a competitor is found by its name or its trap question.
    (persona.competitors ?? []).forEach((competitor, index) => {
      docs.push({
        ...base('competitor', String(index), persona.id),
        title: competitor.name,
        body: competitor.positioning,
        extra: [competitor.trapQuestion ?? '', persona.name].join(' '),
        context: words.competitor(persona.name),
      });
    });
    (persona.quotes ?? []).forEach((quote, index) => {
      docs.push({
        ...base('quote', String(index), persona.id),
        title: quote.text,
        body: quote.source,
        extra: persona.name,
        context: words.quote(persona.name),
      });
    });
    (persona.questions ?? []).forEach((question, index) => {
      docs.push({
        ...base('question', String(index), persona.id),
        title: question.text,
        body: question.purpose ?? '',
        extra: persona.name,
        context: words.question(persona.name),
      });
    });
  }
  for (const asset of pack.assets) {
    docs.push({
      ...base('asset', asset.id, null),
      title: asset.title,
      body: asset.summary ?? '',
      extra: [asset.type.replace(/-/g, ' '), ...(asset.tags ?? [])].join(' '),
      context: words.asset(asset.type),
    });
  }
  return docs;
}

export interface PackSearch {
  search(query: string, limit?: number): SearchHit[];
  readonly documentCount: number;
}

export function buildSearchIndex(packs: readonly Pack[], words: SearchWords = englishSearchWords): PackSearch {
  const index = new MiniSearch<SearchDoc>({
    fields: ['title', 'body', 'extra'],
    storeFields: [...STORED],
    processTerm,
    searchOptions: QUERY_OPTIONS,
  });
  const docs = packs.flatMap((pack) => packDocuments(pack, words));
  index.addAll(docs);
  // One typed letter: names and titles with a word starting with it, found by a plain scan
  // (a one-letter prefix search over the whole index is the slowest query there is).
  const titled = docs.map((doc) => ({
    doc,
    initials: new Set(
      doc.title
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .map((w) => w[0]),
    ),
  }));
  const byInitial = (letter: string, limit: number): SearchHit[] => {
    const hits: SearchHit[] = [];
    for (const kind of ['persona', 'asset', 'objection', 'question'] as const) {
      for (const { doc, initials } of titled) {
        if (doc.kind !== kind || !initials.has(letter)) continue;
        hits.push({
          id: doc.id,
          kind: doc.kind,
          packId: doc.packId,
          personaId: doc.personaId,
          refId: doc.refId,
          title: doc.title,
          context: doc.context,
          score: 1,
        });
        if (hits.length >= limit) return hits;
      }
    }
    return hits;
  };
  return {
    get documentCount() {
      return index.documentCount;
    },
    search(query: string, limit = 30): SearchHit[] {
      const q = query.trim();
      if (!q) return [];
      if (q.length === 1) return byInitial(q.toLowerCase(), limit);
      const boostDocument = (_id: unknown, _term: string, stored?: Record<string, unknown>) => KIND_BOOST[(stored?.kind as SearchHitKind) ?? 'question'] ?? 1;
      // While the last word is one or two letters the seller is still typing it: match it against
      // names and titles only. Expanding a two-letter prefix over every response and summary is
      // what blows the per-keystroke budget on a big pack.
      const words = q
        .split(/\s+/)
        .map(processTerm)
        .filter((w): w is string => !!w);
      const stillTyping = (words[words.length - 1]?.length ?? 0) < 3;
      // Names and titles first: when they alone fill the first screen of results, responses and
      // summaries (boosted less, so ranked below anyway) are not searched at all, which halves
      // the cost of a common word.
      let results = index.search(q, { boostDocument, fields: ['title', 'extra'] });
      if (results.length < Math.min(limit, FIRST_SCREEN) && !stillTyping) results = index.search(q, { boostDocument });
      // Every word must match first; if that finds nothing, names and titles with any of the words
      // will do (across responses too, a common word would match half the pack, slowly).
      if (results.length === 0 && /\s/.test(q)) results = index.search(q, { boostDocument, combineWith: 'OR', fields: ['title', 'extra'] });
      return results.slice(0, limit).map((r) => ({
        id: String(r.id),
        kind: r.kind as SearchHitKind,
        packId: r.packId as string,
        personaId: (r.personaId as string | null) ?? null,
        refId: r.refId as string,
        title: r.title as string,
        context: r.context as string,
        score: r.score,
      }));
    },
  };
}
