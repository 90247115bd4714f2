import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/main';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

async function run(argv: string[], stdin = '', cwd = fixtures) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const code = await runCli(argv, { stdin: Readable.from([stdin]), stdout, stderr, cwd });
  return { code, out, err, lines: out.split('\n').filter(Boolean) };
}

describe('persona-map analyze', () => {
  it('writes one JSON line per input line, in order, with the contract fields', async () => {
    const { code, lines } = await run(['analyze'], 'VP, Information Security | CISSP | Speaker\n\nDirecteur financier chez Acme\n');
    expect(code).toBe(0);
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      {
        input: 'VP, Information Security | CISSP | Speaker',
        title: 'VP, Information Security',
        company: null,
        function: 'security',
        functions: ['security'],
        seniority: 'vp',
      },
      { input: '', title: '', company: null, function: null, functions: [], seniority: null },
      {
        input: 'Directeur financier chez Acme',
        title: 'Directeur financier',
        company: 'Acme',
        function: 'finance',
        functions: ['finance'],
        seniority: 'director',
      },
    ]);
  });
});

describe('persona-map match', () => {
  it('writes persona, kind, score, reasons and alternatives per line', async () => {
    const { code, lines } = await run(['match', '--pack', 'security-pack.json'], 'CISO at Acme\nSecurity Guard\nSecurity Analyst Intern\n');
    expect(code).toBe(0);
    const rows = lines.map((l) => JSON.parse(l));
    expect(rows).toHaveLength(3);
    expect(Object.keys(rows[0])).toEqual(['input', 'persona', 'kind', 'score', 'reasons', 'alternatives']);
    expect(rows[0]).toMatchObject({ input: 'CISO at Acme', persona: 'security-leader', kind: 'primary' });
    expect(rows[0].reasons[0]).toBe('title phrase "CISO" matched');
    expect(rows[1]).toMatchObject({ persona: null, kind: null, score: 0 });
    expect(rows[2]).toMatchObject({ persona: 'student', kind: 'negative' });
    expect(rows[2].alternatives[0]).toMatchObject({ persona: 'security-practitioner' });
  });

  it('answers every line right whether lines repeat or not (the line cache samples when they do not)', async () => {
    // 6,000 different lines (the cache's hit rate drops, it then samples), then lines that repeat.
    const distinct = Array.from({ length: 6000 }, (_, i) => (i % 2 ? `Security Analyst at Company${i}` : `CISO at Firm${i}`));
    const repeated = Array.from({ length: 3000 }, (_, i) => ['CISO at Acme', 'Security Guard', 'Security Analyst Intern'][i % 3]!);
    const input = [...distinct, ...repeated];
    const { code, lines } = await run(['match', '--pack', 'security-pack.json'], `${input.join('\n')}\n`);
    expect(code).toBe(0);
    expect(lines).toHaveLength(input.length);
    const byInput = new Map<string, string>();
    for (const [k, line] of lines.entries()) {
      const { input: echoed, ...rest } = JSON.parse(line);
      expect(echoed).toBe(input[k]);
      // Titles of one shape get one answer, cached or not.
      const shape = echoed.replace(/ at \w+$/, '');
      const answer = JSON.stringify(rest);
      expect(byInput.get(shape) ?? answer).toBe(answer);
      byInput.set(shape, answer);
    }
    expect([...byInput.keys()].sort()).toEqual(['CISO', 'Security Analyst', 'Security Analyst Intern', 'Security Guard']);
  });

  it('echoes every input exactly, whatever it holds (quotes, backslashes, tabs, emoji, a lone surrogate)', async () => {
    const inputs = ['Head of "Growth"', 'CISO \\ CIO', 'CISO\tat Acme', 'CISO 🚀', 'Responsable sécurité', 'CISO \ud800 at Acme', ''];
    const { code, out } = await run(['match', '--pack', 'security-pack.json'], `${inputs.join('\n')}\n`);
    expect(code).toBe(0);
    const lines = out.split('\n').slice(0, -1);
    expect(lines.map((l) => JSON.parse(l).input)).toEqual(inputs.map((i) => i.replace('\ud800', '\ufffd')));
    // Escaped as JSON.stringify escapes: the output is exactly what a JSON encoder would write.
    expect(lines.map((l) => l.slice(0, l.indexOf(',"persona"')))).toEqual(inputs.map((i) => `{"input":${JSON.stringify(i.replace('\ud800', '\ufffd'))}`));
  });

  it('reads YAML packs too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pm-'));
    writeFileSync(
      join(dir, 'p.yaml'),
      [
        'format: persona-pack@1',
        'id: yaml-pack',
        'name: Y',
        'version: 1.0.0',
        'publishedAt: 2026-01-15T09:00:00Z',
        'personas:',
        '  - id: buyer',
        '    name: Buyer',
        '    match: { keywords: { any: [Einkauf] } }',
        'assets: []',
      ].join('\n'),
    );
    const { lines } = await run(['match', '--pack', 'p.yaml'], 'Einkaufsleiterin\n', dir);
    expect(JSON.parse(lines[0]!).persona).toBe('buyer');
  });

  it('prints the problems of an invalid pack and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pm-'));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ format: 'persona-pack@1', id: 'x' }));
    const { code, err, out } = await run(['match', '--pack', 'bad.json'], 'CISO\n', dir);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/bad\.json: \$\.name: is required but missing/);
  });

  it('asks for --pack', async () => {
    const { code, err } = await run(['match'], '');
    expect(code).toBe(2);
    expect(err).toMatch(/match needs a pack/);
  });
});

describe('persona-map lint', () => {
  it('lists unreachable phrases, objections without proof, unused assets and a stale reviewBy', async () => {
    const { code, lines } = await run(['lint', 'security-pack.json']);
    expect(code).toBe(0);
    expect(lines).toEqual([
      expect.stringMatching(/\$\.personas\[1\]\.objections\[0\]: objection-without-proof: objection "noise" has no proof/),
      expect.stringMatching(
        /\$\.personas\[3\]\.match\.titles\[2\]: unreachable: the title "Directeur financier" does not reach finance-buyer: .*seniority director is outside vp\.\.owner/,
      ),
      expect.stringMatching(/\$\.assets\[1\]: unused-asset: asset "old-deck"/),
      expect.stringMatching(/\$\.reviewBy: stale-review: the pack was due for review on 2020-01-01/),
      'security-pack.json: 4 warnings',
    ]);
  });
});

describe('persona-map coverage', () => {
  it('prints the share per persona and the top unmatched titles', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pm-'));
    writeFileSync(join(dir, 'titles.txt'), ['CISO', 'Security Analyst', 'Head of People', 'Head of People', 'Leiter Einkauf', ''].join('\n'));
    const { code, out } = await run(['coverage', '--pack', join(fixtures, 'security-pack.json'), 'titles.txt'], '', dir);
    expect(code).toBe(0);
    expect(out).toMatch(/^titles: 5, matched: 3 \(60\.0%\), unmatched: 2/);
    expect(out).toMatch(/security-leader\s+primary\s+1\s+20\.0%/);
    expect(out).toMatch(/\(no match\)\s+2\s+40\.0%/);
    expect(out).toMatch(/top unmatched titles:\n\s+2 {2}Head of People {2}\(the title reads as function human-resources/);
  });

  it('lists the titles each persona matched with --examples, false positives included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pm-'));
    writeFileSync(join(dir, 'titles.txt'), ['CISO', 'CISO', 'Chief Information Security Officer', 'Head of Information Security', 'Nurse'].join('\n'));
    const { code, out } = await run(['coverage', '--pack', join(fixtures, 'security-pack.json'), 'titles.txt', '--examples', '2'], '', dir);
    expect(code).toBe(0);
    expect(out).toMatch(/security-leader\s+primary\s+4\s+80\.0%\n\s+2 {2}CISO\n\s+1 {2}Chief Information Security Officer\n/);
    expect(out).not.toMatch(/1 {2}Head of Information Security\n/);
    const json = JSON.parse((await run(['coverage', '--pack', join(fixtures, 'security-pack.json'), 'titles.txt', '--examples', '5', '--json'], '', dir)).out);
    expect(json.personas.find((p: { persona: string }) => p.persona === 'security-leader').examples).toHaveLength(3);
  });

  it('reads a CSV export: the title column by name or number, the header row not counted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pm-'));
    writeFileSync(
      join(dir, 'export.csv'),
      ['Name,Job Title,Company', 'Ada,CISO,Acme', '"Lin, Bo","Head of Information Security",Globex', 'Kim,Nurse,Orbis'].join('\n'),
    );
    for (const column of ['Job Title', 'job title', '2']) {
      const { code, out } = await run(['coverage', '--pack', join(fixtures, 'security-pack.json'), 'export.csv', '--column', column], '', dir);
      expect(code).toBe(0);
      expect(out).toMatch(/^titles: 3, matched: 2 /);
    }
    // Without --column, the header that says "title" is found.
    expect((await run(['coverage', '--pack', join(fixtures, 'security-pack.json'), 'export.csv'], '', dir)).out).toMatch(/^titles: 3, matched: 2 /);
    // A file without a header row, by number: every row is a title.
    writeFileSync(join(dir, 'bare.csv'), ['Ada,CISO', 'Kim,Nurse'].join('\n'));
    expect((await run(['coverage', '--pack', join(fixtures, 'security-pack.json'), 'bare.csv', '--column', '2'], '', dir)).out).toMatch(
      /^titles: 2, matched: 1 /,
    );
    const missing = await run(['coverage', '--pack', join(fixtures, 'security-pack.json'), 'export.csv', '--column', 'Position'], '', dir);
    expect(missing.code).not.toBe(0);
    expect(missing.err).toMatch(/export\.csv: no column "Position" in the header row \(columns: Name, Job Title, Company\)/);
  });

  it('gives JSON with --json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pm-'));
    writeFileSync(join(dir, 'titles.txt'), 'CISO\nNurse\n');
    const { out } = await run(['coverage', '--pack', join(fixtures, 'security-pack.json'), 'titles.txt', '--json'], '', dir);
    const report = JSON.parse(out);
    expect(report).toMatchObject({ total: 2, matched: 1, unmatched: 1 });
    expect(report.topUnmatched[0]).toMatchObject({ title: 'Nurse', count: 1 });
  });
});
