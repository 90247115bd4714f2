import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PackInput } from '../../../lib/pack/schema';
import { run } from './cli-io';

/** A pack with every kind of gap the report must flag, and one persona without any. */
const GAPPY_PACK = fileURLToPath(new URL('../../fixtures/gappy-pack.json', import.meta.url));
const gappyPack = (): PackInput => JSON.parse(readFileSync(GAPPY_PACK, 'utf8')) as PackInput;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'persona-map-report-'));
  writeFileSync(join(dir, 'pack.json'), JSON.stringify(gappyPack()));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('persona-map report', () => {
  it('writes one self-contained page that flags each gap where it is, and none where there is none', async () => {
    const result = await run(['report', 'pack.json', '-o', 'map.html', '--today', '2026-12-01'], dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const html = readFileSync(join(dir, 'map.html'), 'utf8');
    const { document } = parseHTML(html);
    // Self-contained and inert: no script, no external stylesheet or image, a CSP that forbids both.
    expect(document.querySelectorAll('script, link, img, iframe').length).toBe(0);
    expect(html).toContain("default-src 'none'");
    // Pack text is text: the painPoint's <script> is escaped.
    expect(html).toContain('Alert fatigue &lt;script&gt;');
    expect(document.querySelector('h1')!.textContent).toBe('Gappy <pack> & co');

    const byId = Object.fromEntries([...document.querySelectorAll('section.persona')].map((s) => [s.querySelector('h2')!.id, s]));
    const gaps = (id: string) => byId[`persona-${id}`]!.querySelector('[data-testid="gaps"]')!.textContent;
    expect(gaps('ciso')).toBe('Gaps: no message for evaluate objections without proof: lockin');
    expect(gaps('cfo')).toBe('No gaps.');
    expect(gaps('champion')).toBe('Gaps: no message for discover, evaluate no discovery questions');

    // The matrix: one row per stage, the CTA with its message, stage-scoped assets only at their stage.
    const rows = [...byId['persona-cfo']!.querySelectorAll('table.matrix tbody tr')].map((tr) => tr.textContent);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('Cost you can plan');
    expect(rows[0]).toContain('CTA: See pricing');
    expect(rows[0]).not.toContain('ROI calculator');
    expect(rows[1]).toContain('ROI calculator');
    expect(byId['persona-ciso']!.textContent).not.toContain('ROI calculator');

    // Evidence mix: an untiered insight or objection counts as hypothesis.
    expect(byId['persona-ciso']!.querySelector('[data-testid="evidence-mix"]')!.textContent).toBe(
      'Evidence: confirmed 20% · likely 20% · hypothesis 60% (of 5)',
    );
    expect(document.querySelector('[data-testid="review"]')!.textContent).toBe('review overdue since 2026-10-01 (61 days)');
  });

  it('lists the titles each persona matches from a titles file, and says which persona matches none', async () => {
    writeFileSync(join(dir, 'titles.txt'), ['CISO', 'Chief Information Security Officer', 'CISO', 'VP Finance', 'Office Manager', ''].join('\n'));
    expect(await run(['report', 'pack.json', '-o', 'map.html', '--titles', 'titles.txt', '--today', '2026-12-01'], dir)).toMatchObject({ code: 0 });
    const { document } = parseHTML(readFileSync(join(dir, 'map.html'), 'utf8'));
    const section = (id: string) => document.querySelector(`#persona-${id}`)!.closest('section')!;
    expect(section('ciso').textContent).toContain('CISO ×2');
    expect(section('cfo').textContent).toContain('VP Finance ×1');
    expect(section('champion').textContent).toContain('no title in the export matches this persona');
    expect(document.querySelector('header')!.textContent).toContain('5 titles given, 1 matched no persona');
  });

  it('refuses without an output file, and reports an invalid pack like validate does', async () => {
    expect(await run(['report', 'pack.json'], dir)).toMatchObject({ code: 2 });
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...gappyPack(), version: 'two' }));
    const bad = await run(['report', 'bad.json', '-o', 'map.html'], dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('version');
  });
});

describe('persona-map diff', () => {
  it('prints what changed between two versions, and the titles whose persona changes', async () => {
    const next = gappyPack();
    next.version = '2.1.0';
    next.personas[1]!.match = { functions: ['finance'], seniority: { min: 'director' } };
    next.personas.pop();
    next.assets.push({ id: 'case', title: 'Case study', type: 'case-study', url: 'https://example.com/case' });
    writeFileSync(join(dir, 'next.json'), JSON.stringify(next));
    writeFileSync(join(dir, 'titles.txt'), ['Finance Director', 'Finance Director', 'CISO', 'Senior Software Engineer'].join('\n'));
    const { code, stdout } = await run(['diff', 'pack.json', 'next.json', '--titles', 'titles.txt'], dir);
    expect(code).toBe(0);
    expect(stdout).toContain('gappy: 2.0.0 → 2.1.0');
    expect(stdout).toContain('~ persona cfo (Economic Buyer): match');
    expect(stdout).toContain('- persona champion (Champion)');
    expect(stdout).toContain('+ asset case (Case study)');
    expect(stdout).toContain('2× Finance Director: (no persona) → Economic Buyer');
    expect(stdout).toContain('Senior Software Engineer: Champion → (no persona)');
    expect(stdout).not.toMatch(/CISO:/);
  });

  it('says so when nothing changed', async () => {
    const { code, stdout } = await run(['diff', 'pack.json', 'pack.json'], dir);
    expect(code).toBe(0);
    expect(stdout).toContain('no changes to personas, assets or pack fields');
  });
});
