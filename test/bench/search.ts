/**
 * Search and panel latency on the largest pack the format allows (500 personas). Called by
 * test/bench/run.ts (`npm run bench`); the budget is one frame (16 ms) per keystroke.
 *
 * Queries are typed a character at a time, as a seller would, so prefix and fuzzy matching run
 * on every partial word ("s", "sc", "sca", …), which is where they are slowest.
 */
import { register } from 'node:module';
import { getMessage, loadMessages } from '../../tooling/locales';
import { PackSchema, type Pack, type PackInput } from '../../lib/pack/schema';
import { buildSearchIndex } from '../../lib/search/search-index';
import { seededRandom } from './seeded-random';

const WORDS = (
  'audit security budget cloud scanner compliance evidence risk vendor contract renewal integration engineer ' +
  'finance board report dashboard alert fatigue migration onboarding timeline approval procurement legal privacy ' +
  'retention incident response posture benchmark roadmap headcount pipeline quota forecast churn adoption training ' +
  'automation workflow questionnaire customer trust revenue payback license seat pricing discount pilot rollout ' +
  'permissions access identity encryption backup outage latency uptime support escalation champion sponsor'
).split(' ');
const OBJECTIONS = [
  'We already have a scanner',
  'There is no budget this year',
  'Security will never approve read access',
  'We are locked into a contract until next year',
  'Our engineers do not have time for another tool',
  'Your company is too small for us to trust',
];
const ROLES = ['champion', 'economic-buyer', 'technical-evaluator', 'gatekeeper', 'executive-sponsor', 'user', 'blocker'] as const;
const STAGES = ['awareness', 'consideration', 'evaluation', 'selection', 'adoption'];

/** A valid pack with `personaCount` personas, each as full as a real one, and 4 assets per persona. */
export function syntheticPack(personaCount = 500, seed = 42): Pack {
  const rnd = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const assetCount = personaCount * 4;
  const input: PackInput = {
    format: 'persona-pack@1',
    id: 'bench-pack',
    name: 'Bench pack',
    version: '1.0.0',
    publishedAt: '2026-01-01T00:00:00Z',
    personas: Array.from({ length: personaCount }, (_, i) => ({
      id: `persona-${i}`,
      name: `${pick(['Security', 'Finance', 'IT', 'Compliance', 'Platform', 'Data'])} ${pick(['Leader', 'Gatekeeper', 'Champion', 'Evaluator', 'Buyer'])} ${i}`,
      summary: sentence(25),
      role: pick(ROLES),
      kind: i % 50 === 49 ? ('negative' as const) : i % 3 ? ('primary' as const) : ('secondary' as const),
      match: { titles: [`title ${i}`, `${pick(WORDS)} ${pick(WORDS)} director`] },
      goals: Array.from({ length: 4 }, () => ({ text: sentence(14), evidence: 'likely' as const })),
      metrics: Array.from({ length: 3 }, () => sentence(10)),
      painPoints: Array.from({ length: 4 }, () => sentence(14)),
      triggers: Array.from({ length: 3 }, () => sentence(10)),
      decisionCriteria: Array.from({ length: 3 }, () => sentence(10)),
      objections: Array.from({ length: 6 }, (_, o) => ({
        id: `objection-${o}`,
        text: `${OBJECTIONS[o]!} ${sentence(4)}`,
        response: sentence(45),
        proof: [`asset-${(i * 4 + o) % assetCount}`],
        stage: pick(STAGES),
      })),
      questions: Array.from({ length: 8 }, () => ({ text: `${sentence(12)}?`, stage: pick(STAGES), purpose: sentence(8) })),
      messages: STAGES.map((stage) => ({ stage, text: sentence(20), cta: sentence(6) })),
      channels: ['email', 'peer referrals'],
      talkTrack: sentence(60),
    })),
    assets: Array.from({ length: assetCount }, (_, a) => ({
      id: `asset-${a}`,
      title: `${pick(['How', 'Why', 'The'])} ${sentence(7)}`,
      type: pick(['case-study', 'whitepaper', 'benchmark', 'security-doc', 'one-pager'] as const),
      url: `https://example.com/assets/${a}`,
      summary: sentence(30),
      stages: [pick(STAGES)],
      personas: [`persona-${a % personaCount}`],
      tags: [pick(WORDS), pick(WORDS)],
    })),
  };
  return PackSchema.parse(input);
}

const QUERIES = ['we already have a scanner', 'budget', 'secrity aproval', 'questionnaire turnaround', 'persona 123', 'how cloud'];

function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1]! };
}
const ms = (n: number) => Math.round(n * 100) / 100;

/**
 * The panel's components import their stylesheets (Vite bundles them); Node cannot load a .css
 * module, so the bench loads each as an empty one.
 */
const CSS_AS_EMPTY_MODULE = `export async function load(url, context, next) {
  return url.endsWith('.css') ? { format: 'module', source: '', shortCircuit: true } : next(url, context);
}`;

/** Renders the real panel once in happy-dom; null when happy-dom cannot be set up here. */
async function measureFirstRender(pack: Pack): Promise<{ firstRender: number; firstKeystroke: number } | null> {
  let happy: typeof import('happy-dom');
  try {
    happy = await import('happy-dom');
  } catch {
    return null;
  }
  register(`data:text/javascript,${encodeURIComponent(CSS_AS_EMPTY_MODULE)}`);
  // The panel's words come from WXT's i18n module, which asks the extension API (wxt/browser
  // reads globalThis.chrome); here it answers from locales/en.yml, as an English browser would.
  const english = await loadMessages('en');
  (globalThis as Record<string, unknown>).chrome ??= {
    runtime: { id: 'bench' },
    i18n: { getMessage: (key: string, substitutions?: string | string[]) => getMessage(english, key, substitutions), getUILanguage: () => 'en' },
  };
  const window = new happy.Window({ url: 'https://localhost/' });
  const g = globalThis as Record<string, unknown>;
  const keys = ['window', 'document', 'navigator', 'HTMLElement', 'Node', 'Event', 'KeyboardEvent', 'MouseEvent', 'getComputedStyle', 'localStorage'];
  const saved = Object.fromEntries(keys.map((k) => [k, Object.getOwnPropertyDescriptor(g, k)]));
  for (const k of keys) Object.defineProperty(g, k, { value: (window as unknown as Record<string, unknown>)[k], configurable: true, writable: true });
  g.IS_REACT_ACT_ENVIRONMENT = false;
  try {
    const [{ createElement }, { createRoot }, { flushSync }, { Panel }] = await Promise.all([
      import('react'),
      import('react-dom/client'),
      import('react-dom'),
      import('../../components/Panel'),
    ]);
    const container = window.document.createElement('div');
    window.document.body.appendChild(container);
    const persona = pack.personas[0]!;
    const field = (value: string) => ({ value, source: 'structure' as const, confidence: 1 });
    const state = {
      tabId: 1,
      url: 'https://www.linkedin.com/in/bench/',
      pageKind: 'profile' as const,
      updatedAt: 0,
      contacts: [
        {
          contact: { adapter: 'bench', key: 'bench', name: field('Bench Contact'), title: field('title 0'), company: field('Bench Inc'), profileUrl: null },
          match: {
            input: 'title 0',
            analysis: { input: 'title 0', title: 'title 0', company: null, function: null, functions: [], seniority: null, ambiguous: [] },
            persona: persona.id,
            pack: pack.id,
            kind: persona.kind,
            score: 100,
            reasons: [{ code: 'title-phrase' as const, phrase: 'title 0' }],
            alternatives: [],
          },
        },
      ],
    };
    const root = createRoot(container as unknown as Element);
    const start = performance.now();
    flushSync(() => root.render(createElement(Panel, { state, packs: [pack] })));
    const firstRender = performance.now() - start;
    if (!container.querySelector('h1')) throw new Error('the panel rendered no heading');
    // The panel builds its index just after the first paint; a seller starts typing after that.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const input = container.querySelector('input[type=search]') as unknown as HTMLInputElement;
    const setValue = Object.getOwnPropertyDescriptor(window.HTMLInputElement.prototype, 'value')!.set!;
    const t0 = performance.now();
    flushSync(() => {
      setValue.call(input, 's');
      input.dispatchEvent(new window.Event('input', { bubbles: true }) as unknown as Event);
    });
    const firstKeystroke = performance.now() - t0;
    // Let the panel's async loads (corrections, history) settle before the DOM goes away.
    await new Promise((resolve) => setTimeout(resolve, 20));
    flushSync(() => root.unmount());
    await new Promise((resolve) => setTimeout(resolve, 50)); // the scheduler's last tasks need `window`
    return { firstRender, firstKeystroke };
  } finally {
    for (const k of keys) {
      const d = saved[k];
      if (d) Object.defineProperty(g, k, d);
      else delete g[k];
    }
    await window.happyDOM.close();
  }
}

type Row = { measure: string; n: number | string; median_ms: number | string; p95_ms: number | string; max_ms: number | string; note: string };
const COLUMNS = ['measure', 'n', 'median_ms', 'p95_ms', 'max_ms', 'note'] as const;

export async function benchSearch(): Promise<{ rows: Array<Record<string, string | number>> }> {
  const pack = syntheticPack(500);
  const rows: Row[] = [];

  const buildStart = performance.now();
  const index = buildSearchIndex([pack]);
  const build = ms(performance.now() - buildStart);
  rows.push({
    measure: 'search index build',
    n: index.documentCount,
    median_ms: build,
    p95_ms: build,
    max_ms: build,
    note: 'documents; built after the first paint',
  });

  // Warm up the JIT the way a seller's first few searches would.
  for (const q of QUERIES) for (let i = 1; i <= q.length; i++) index.search(q.slice(0, i));

  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const query of QUERIES) {
      for (let i = 1; i <= query.length; i++) {
        const start = performance.now();
        index.search(query.slice(0, i));
        times.push(performance.now() - start);
      }
    }
  }
  const s = stats(times);
  rows.push({
    measure: 'search per keystroke (500 personas)',
    n: times.length,
    median_ms: ms(s.median),
    p95_ms: ms(s.p95),
    max_ms: ms(s.max),
    note: `budget 16 ms: ${s.p95 < 16 ? 'met' : 'MISSED'} (p95)`,
  });

  try {
    const render = await measureFirstRender(pack);
    if (render) {
      const r = ms(render.firstRender);
      const k = ms(render.firstKeystroke);
      rows.push({
        measure: 'panel first render (happy-dom)',
        n: 1,
        median_ms: r,
        p95_ms: r,
        max_ms: r,
        note: 'React development build; a contact on a 500-persona pack',
      });
      rows.push({ measure: 'panel keystroke: search + re-render (happy-dom)', n: 1, median_ms: k, p95_ms: k, max_ms: k, note: 'React development build' });
    }
  } catch (error) {
    rows.push({
      measure: 'panel first render (happy-dom)',
      n: 0,
      median_ms: '-',
      p95_ms: '-',
      max_ms: '-',
      note: `failed: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
  return { rows };
}

/** The shape test/bench/run.ts lists in BENCHES (`import { bench as search } from './search'`). */
export const bench = {
  name: 'search',
  async run(): Promise<Array<{ title: string; columns: string[]; rows: (string | number)[][]; notes?: string[] }>> {
    const { rows } = await benchSearch();
    return [
      {
        title: 'Side-panel search and render, synthetic 500-persona pack (6 queries typed a character at a time, 3 rounds)',
        columns: [...COLUMNS],
        rows: rows.map((row) => COLUMNS.map((c) => row[c] ?? '')),
        notes: ['Budget: p95 under 16 ms per keystroke (one frame).'],
      },
    ];
  },
};
