/**
 * Issue 19, packs 5: YAML aliases are bounded by the size they expand to, not by their count,
 * and YAML problems are reported as YAML problems.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildFromYaml } from '../../../lib/pack/build';
import { parsePack } from '../../../lib/pack/validate';
import { run } from '../cli/cli-io';

/** A legitimate pack: one anchored list of objections reused by 120 personas. */
function reusingPack(): string {
  const lines = ['format: persona-pack@1', 'id: acme-reuse', 'name: Acme', 'version: 1.0.0', 'publishedAt: 2026-01-15T09:00:00Z', 'assets: []', 'personas:'];
  for (let i = 0; i < 120; i++) {
    lines.push(`  - id: persona-${i}`, `    name: Persona ${i}`, `    match: { titles: ["title ${i}"] }`);
    if (i === 0) lines.push('    objections: &common', '      - id: price', '        text: Too expensive', '        response: It pays back in a quarter.');
    else lines.push('    objections: *common');
  }
  return `${lines.join('\n')}\n`;
}

const billionLaughs = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
  'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
  'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
  '',
].join('\n');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'persona-map-yaml-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('YAML aliases', () => {
  it('accepts a pack that reuses one anchored list in 120 personas', () => {
    const result = parsePack(reusingPack(), 'yaml');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.personas[119]!.objections).toEqual([{ id: 'price', text: 'Too expensive', response: 'It pays back in a quarter.' }]);
  });

  it('refuses a billion-laughs file by its expanded size, as a YAML problem', () => {
    const result = parsePack(billionLaughs, 'yaml');
    expect(result).toMatchObject({
      ok: false,
      problems: [{ path: '$', message: expect.stringMatching(/^is larger than the 10 MiB limit for a pack once its aliases are expanded/) }],
    });
  });

  it('refuses an alias inside the node it names', () => {
    expect(parsePack('a: &x\n  b: *x\n', 'yaml')).toMatchObject({
      ok: false,
      problems: [{ message: expect.stringMatching(/alias \*x refers to a node that contains it/) }],
    });
  });

  it('reports a YAML syntax error as YAML, with its line', () => {
    const result = parsePack('id: acme\npersonas:\n  - id: [unclosed\n', 'yaml');
    expect(result).toMatchObject({ ok: false, problems: [{ path: '$', message: expect.stringMatching(/^is not valid YAML at line \d+, column \d+: /) }] });
    if (!result.ok) expect(result.problems[0]!.message).not.toMatch(/JSON/);
  });

  it('persona-map build refuses billion laughs with one clear line, no stack trace', async () => {
    writeFileSync(join(dir, 'lol.yaml'), billionLaughs);
    const { code, stdout, stderr } = await run(['build', 'lol.yaml', '-o', 'out.json'], dir);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^lol\.yaml: is larger than the 10 MiB limit for a pack once its aliases are expanded[^\n]*\nlol\.yaml: 1 problem; no pack was written\n$/,
    );
  });

  it('persona-map build and validate accept the reusing pack', async () => {
    writeFileSync(join(dir, 'reuse.yaml'), reusingPack());
    expect(await run(['validate', 'reuse.yaml'], dir)).toMatchObject({ code: 0 });
    expect(buildFromYaml(reusingPack())).toMatchObject({ ok: true });
  });

  it("a CSV folder's pack.yaml is bounded the same way", async () => {
    const { buildFromCsvFiles } = await import('../../../lib/pack/build');
    const result = buildFromCsvFiles({ 'pack.yaml': billionLaughs, 'personas.csv': 'id,name\ncfo,CFO\n' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/once its aliases are expanded/));
  });
});
