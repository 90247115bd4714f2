import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageSkeleton } from '../../../lib/content/skeleton';
import { run } from '../cli/cli-io';
import { BROKEN_DIR, BROKEN_PROFILE, loadBroken } from './broken-pages';

async function savedStructure() {
  const dir = mkdtempSync(join(tmpdir(), 'detect-skeleton-'));
  const { document, url } = loadBroken(BROKEN_PROFILE);
  writeFileSync(join(dir, 'structure.html'), await pageSkeleton(document, { url, adapter: 'linkedin-profile' }));
  return dir;
}

describe('persona-map detect on a saved page structure', () => {
  it('needs no --url, says the texts are placeholders and that the extension could not read it', async () => {
    const dir = await savedStructure();
    const { code, stdout, stderr } = await run(['detect', '--html', 'structure.html'], dir);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([]);
    expect(stderr).toMatch(/structure\.html is a page structure saved by Persona Map on https:\/\/www\.linkedin\.com\/in\/x+\w\/: every text is a placeholder/);
    expect(stderr).toMatch(/would show "can't read this page" here \(no contact found\); add an "adapterPatches" entry for "linkedin-profile"/);
  });

  it("runs the pack's adapterPatches, so the admin sees the fix work before publishing it", async () => {
    const dir = await savedStructure();
    const { code, stdout, stderr } = await run(['detect', '--html', 'structure.html', '--pack', join(BROKEN_DIR, 'patch-pack.json')], dir);
    expect(code).toBe(0);
    const [found, ...rest] = JSON.parse(stdout);
    expect(rest).toEqual([]);
    expect(found.name).toMatch(/^x+\.$/);
    expect(found.title).toHaveLength('Director of IT Security at Brightwater Logistics'.length);
    expect(found.source).toMatchObject({ adapter: 'linkedin-profile', name: 'patch', title: 'patch', company: 'patch' });
    expect(stderr).not.toMatch(/can't read/);
  });

  it('reports a pack with an invalid patch selector by its JSON path', async () => {
    const dir = await savedStructure();
    const pack = JSON.parse((await import('node:fs')).readFileSync(join(BROKEN_DIR, 'patch-pack.json'), 'utf8'));
    pack.adapterPatches[0].selectors.title = ['[data-view-name="identity-headline"'];
    writeFileSync(join(dir, 'pack.json'), JSON.stringify(pack));
    const { code, stderr } = await run(['detect', '--html', 'structure.html', '--pack', 'pack.json'], dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/pack\.json: \$\.adapterPatches\[0\]\.selectors\.title\[0\]: "\[data-view-name="identity-headline"" is not a valid CSS selector/);
  });
});
