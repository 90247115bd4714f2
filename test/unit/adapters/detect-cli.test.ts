import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../cli/cli-io';
import { MANIFEST, PAGES_DIR, pageEntry } from './saved-pages';

const pack = (sites: unknown) => ({
  format: 'persona-pack@1',
  id: 'acme',
  name: 'Acme',
  version: '1.0.0',
  publishedAt: '2026-01-15T09:00:00Z',
  personas: [{ id: 'cfo', name: 'CFO', match: { functions: ['finance'] } }],
  assets: [],
  sites,
});

describe('persona-map detect', () => {
  it.each(MANIFEST.filter((e) => !e.sites))('prints the contacts of $file as plain values with their sources', async ({ file, url, expected }) => {
    const { code, stdout, stderr } = await run(['detect', '--url', url, '--html', file], PAGES_DIR);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const printed = JSON.parse(stdout);
    expect(printed.map(({ source: _source, ...values }: Record<string, unknown>) => values)).toEqual(expected);
    for (const { source } of printed) {
      expect(Object.keys(source).sort()).toEqual(['adapter', 'company', 'confidence', 'name', 'profileUrl', 'title']);
      expect(source.profileUrl).toBe('url');
      expect(source.confidence.name).toBeGreaterThan(0);
    }
  });

  it('prints one contact with each field and its source layer', async () => {
    const { url } = pageEntry('linkedin-profile-2026.html');
    const { stdout } = await run(['detect', '--url', url, '--html', 'linkedin-profile-2026.html'], PAGES_DIR);
    expect(JSON.parse(stdout)).toEqual([
      {
        name: 'Jérôme Martin',
        title: 'Chief Information Security Officer | Cloud & OT Security | CISSP',
        company: 'Groupe Lumière',
        profileUrl: 'https://www.linkedin.com/in/jérôme-martin-4c7d/',
        source: {
          adapter: 'linkedin-profile',
          name: 'document-title',
          title: 'data-attribute',
          company: 'aria',
          profileUrl: 'url',
          confidence: { name: expect.any(Number), title: expect.any(Number), company: expect.any(Number), profileUrl: 1 },
        },
      },
    ]);
  });

  it("runs a pack's own site adapters given with --pack", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'detect-'));
    const sites = (await import('../../fixtures/pages/custom-sites.json', { with: { type: 'json' } })).default;
    writeFileSync(join(dir, 'pack.json'), JSON.stringify(pack(sites)));
    const { url, expected } = pageEntry('custom-crm.html');
    const { code, stdout } = await run(['detect', '--url', url, '--html', join(PAGES_DIR, 'custom-crm.html'), '--pack', 'pack.json'], dir);
    expect(code).toBe(0);
    const [contact] = JSON.parse(stdout);
    expect(contact).toMatchObject({ ...expected[0], source: { adapter: 'custom:pipedrive-person', name: 'custom' } });
  });

  it('prints an empty list and says why when no adapter knows the page', async () => {
    const { code, stdout, stderr } = await run(['detect', '--url', 'https://acme.pipedrive.com/person/1234', '--html', 'custom-crm.html'], PAGES_DIR);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([]);
    expect(stderr).toMatch(/no adapter knows https:\/\/acme\.pipedrive\.com\/person\/1234.*--pack/);
  });

  it('reports pack problems with their JSON path and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'detect-'));
    writeFileSync(
      join(dir, 'pack.json'),
      JSON.stringify(pack([{ id: 'x', name: 'X', matches: ['http://crm.example/*'], person: { name: ['h1'], title: ['.t'] } }])),
    );
    const { code, stderr } = await run(['detect', '--url', 'https://crm.example/1', '--html', join(PAGES_DIR, 'custom-crm.html'), '--pack', 'pack.json'], dir);
    expect(code).toBe(1);
    expect(stderr).toContain('$.sites[0].matches[0]');
  });

  it.each([
    [['detect', '--html', 'custom-crm.html'], /--url/],
    [['detect', '--url', 'https://app.hubspot.com/'], /--html/],
    [['detect', '--url', 'app.hubspot.com/contacts', '--html', 'custom-crm.html'], /not an absolute address/],
  ])('explains a usage mistake (%j) and exits 2', async (argv, message) => {
    const { code, stderr } = await run(argv, PAGES_DIR);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('usage: persona-map detect --url');
  });

  it('says which file is missing', async () => {
    const { code, stderr } = await run(['detect', '--url', 'https://app.hubspot.com/', '--html', 'nope.html'], PAGES_DIR);
    expect(code).toBe(1);
    expect(stderr).toContain('no such file');
  });
});
