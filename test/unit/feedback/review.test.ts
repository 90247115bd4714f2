/**
 * The feedback loop on twenty synthetic sellers' exports, written by the extension's own CSV
 * writers (so the command reads exactly what the options page saves). Planted in them: a title
 * six sellers corrected the same way, a wrong match four sellers flagged, a title sellers
 * disagree on, one seller's lone correction, a correction to a phrase the persona already has,
 * and a persona nobody hit.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewFeedback, titlePhrase, type SellerExport } from '../../../lib/feedback/review';
import type { Pack } from '../../../lib/pack/schema';
import { validatePack } from '../../../lib/pack/validate';
import type { Correction, UsageCount } from '../../../lib/storage/db';
import { correctionsToCsv } from '../../../lib/storage/corrections';
import { usageToCsv } from '../../../lib/storage/usage-csv';
import { run } from '../cli/cli-io';

const DEMO_PATH = join(import.meta.dirname, '../../../lib/pack/demo-pack.json');
const demo = (() => {
  const result = validatePack(JSON.parse(readFileSync(DEMO_PATH, 'utf8')));
  if (!result.ok) throw new Error('demo pack invalid');
  return result.pack as Pack;
})();

const AT = Date.parse('2026-11-20T10:00:00Z');
let n = 0;
const correction = (title: string, matched: string | null, chosen: string | null): Correction => ({
  key: `https://www.linkedin.com/in/person-${n++}/`,
  title,
  matchedPersona: matched,
  chosenPersona: chosen,
  pack: demo.id,
  wrongMatch: matched !== chosen,
  at: AT,
});
const usage = (event: UsageCount['event'], id: string, count: number): UsageCount => ({
  key: `${event}:${demo.id}:${id}`,
  event,
  packId: demo.id,
  id,
  count,
  lastAt: AT,
});

/** Seller i's corrections and usage. */
function sellerExports(i: number): SellerExport[] {
  const corrections: Correction[] = [];
  const companies = ['Acme', 'Globex GmbH', 'Initech', 'Umbrella plc', 'Hooli', 'Vandelay'];
  if (i < 6) corrections.push(correction(`${i % 2 ? 'Head of Cyber Defence' : 'head of cyber defence'} at ${companies[i]}`, null, 'security-gatekeeper'));
  if (i >= 6 && i < 10) corrections.push(correction('Talent Acquisition Partner', 'economic-buyer', null));
  if (i >= 10 && i < 16) corrections.push(correction('Director of Platform', null, i < 13 ? 'executive-sponsor' : 'technical-evaluator'));
  if (i === 16) corrections.push(correction('Chief Risk Officer', null, 'compliance-champion'));
  if (i >= 17) corrections.push(correction('CISO', 'not-a-buyer', 'security-gatekeeper'));
  const counts: UsageCount[] = [
    usage('persona-hit', 'security-gatekeeper', 3 + (i % 4)),
    usage('persona-hit', 'economic-buyer', 1 + (i % 3)),
    usage('persona-hit', 'technical-evaluator', 2),
    usage('persona-hit', 'compliance-champion', 1),
    ...(i < 10 ? [usage('objection-opened', 'too-expensive', 2)] : []),
    ...(i < 5 ? [usage('asset-copied', 'roi-calculator', 1)] : []),
  ];
  return [
    { source: `seller-${i}/corrections.csv`, text: correctionsToCsv(corrections) },
    { source: `seller-${i}/usage.csv`, text: usageToCsv(counts, [demo]) },
  ];
}
const ALL = Array.from({ length: 20 }, (_, i) => sellerExports(i)).flat();

describe('feedback review of twenty sellers', () => {
  const review = reviewFeedback(ALL, demo);

  it('suggests exactly the rule changes several sellers agree on', () => {
    expect(review.sellers).toBe(40);
    expect(review.suggestions).toEqual([
      { kind: 'add-title', persona: 'security-gatekeeper', phrase: 'head of cyber defence', sellers: 6, corrections: 6, from: null },
      { kind: 'exclude', persona: 'economic-buyer', phrase: 'talent acquisition partner', sellers: 4, corrections: 4 },
    ]);
  });

  it('reports the disputed title and the lone correction without a change, and skips a phrase the persona already has', () => {
    const byPhrase = Object.fromEntries(review.titles.map((t) => [t.phrase, t]));
    expect(byPhrase['director of platform']).toMatchObject({ disputed: true, corrections: 6, chosen: { 'executive-sponsor': 3, 'technical-evaluator': 3 } });
    expect(byPhrase['chief risk officer']).toMatchObject({ disputed: false, sellers: 1 });
    expect(byPhrase.ciso).toMatchObject({ sellers: 3, chosen: { 'security-gatekeeper': 3 } });
    expect(review.suggestions.map((s) => s.phrase)).not.toContain('ciso');
    // With one seller enough, the lone correction becomes a suggestion too.
    expect(reviewFeedback(ALL, demo, { minSellers: 1 }).suggestions.map((s) => s.phrase)).toContain('chief risk officer');
  });

  it('counts use per persona and stage through the pack, and names the persona nobody hit', () => {
    const at = (persona: string, stage: string) => review.usage.find((u) => u.persona === persona && u.stage === stage);
    // too-expensive is the economic buyer's selection-stage objection: 10 sellers × 2.
    expect(at('economic-buyer', 'selection')).toMatchObject({ objectionsOpened: 20, assetsCopied: 5 });
    // The ROI calculator is for two personas at three stages: each got the 5 copies.
    expect(at('compliance-champion', 'evaluation')).toMatchObject({ assetsCopied: 5, objectionsOpened: 0 });
    expect(review.neverHit).toEqual(['executive-sponsor']);
    expect(review.personaHits['security-gatekeeper']).toBe(20 * 3 + [0, 1, 2, 3].reduce((s, k) => s + k * 5, 0));
    expect(review.problems).toEqual([]);
  });

  it('groups a title by its role part, whatever the company and case', () => {
    expect(titlePhrase('Head of Cyber Defence at Globex GmbH')).toBe('head of cyber defence');
    expect(titlePhrase('head of cyber defence')).toBe('head of cyber defence');
  });

  it('says which file and row it could not read, and reads formula-guarded cells as written', () => {
    const odd: SellerExport[] = [
      { source: 'notes.csv', text: 'name,email\nA,a@example.com\n' },
      { source: 'usage.csv', text: 'event,pack,id,persona,name,count,last_at\npersona-hit,x,y,,,lots,2026-01-01T00:00:00Z\n' },
      { source: 'corrections.csv', text: correctionsToCsv([correction('=HYPERLINK("x")', null, 'economic-buyer')]) },
    ];
    const r = reviewFeedback(odd, null);
    expect(r.problems).toEqual([
      'notes.csv: not a Persona Map export (header: name, email); expected the corrections or usage CSV from the options page',
      'usage.csv: row 2: count "lots" is not a number',
    ]);
    expect(r.titles.map((t) => t.phrase)).toEqual(['=hyperlink("x")']);
  });
});

describe('persona-map feedback', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'persona-map-feedback-'));
    for (const e of ALL) writeFileSync(join(dir, e.source.replace('/', '-')), e.text);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the suggestions first, then disputes, titles, use and personas never hit', async () => {
    const files = ALL.map((e) => e.source.replace('/', '-'));
    const { code, stdout, stderr } = await run(['feedback', '--pack', DEMO_PATH, ...files], dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('40 exports: 20 corrections, 95 usage rows');
    expect(lines.slice(2, 5)).toEqual([
      'suggested rule changes:',
      '  add "head of cyber defence" to security-gatekeeper.match.titles (Security Gatekeeper): 6 sellers, 6 corrections, matched nothing today',
      '  add "talent acquisition partner" to economic-buyer.match.exclude (Economic Buyer): 4 sellers said it is the wrong match',
    ]);
    expect(stdout).toContain('"director of platform": executive-sponsor ×3, technical-evaluator ×3');
    expect(stdout).toContain('personas never hit: executive-sponsor (Executive Sponsor)');
    const json = JSON.parse((await run(['feedback', '--json', ...files], dir)).stdout);
    // Without the pack it cannot know the gatekeeper already matches "ciso", so it suggests it too.
    expect(json.suggestions.map((s: { phrase: string }) => s.phrase)).toEqual(['head of cyber defence', 'talent acquisition partner', 'ciso']);
  });

  it('needs at least one export', async () => {
    expect(await run(['feedback'], dir)).toMatchObject({ code: 2 });
  });
});
