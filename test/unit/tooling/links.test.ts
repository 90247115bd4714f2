/**
 * README and docs cite only files inside the repository: every Markdown link in them must be a
 * relative path to a file (or folder) that exists here, and a `#fragment` into a Markdown file
 * must name one of its headings. Links to the web are refused; URLs inside code blocks are
 * examples, not links.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.md'], { cwd: ROOT, encoding: 'utf8' })
  .split('\n')
  .filter((file) => file && !file.startsWith('node_modules/') && existsSync(join(ROOT, file)));
const checked = tracked.filter((file) => file === 'README.md' || file.startsWith('docs/') || file.endsWith('/README.md'));

/** Link targets outside fenced and inline code: inline `[text](target)`, images, and `[ref]: target`. */
function markdownLinks(markdown: string): string[] {
  const prose = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
  const inline = [...prose.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!);
  const references = [...prose.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$/gm)].map((m) => m[1]!);
  return [...inline, ...references];
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes. */
function headingSlugs(markdown: string): Set<string> {
  const prose = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  const slugs = new Set<string>();
  for (const [, heading] of prose.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = heading!
      .replace(/`/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    let slug = base;
    for (let n = 1; slugs.has(slug); n++) slug = `${base}-${n}`;
    slugs.add(slug);
  }
  return slugs;
}

/** What is wrong with the links of `file` (a path from the repository root), read from disk unless given. */
function problems(file: string, text = readFileSync(join(ROOT, file), 'utf8')): string[] {
  const found: string[] = [];
  for (const target of markdownLinks(text)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
      found.push(`${file}: ${target} is outside the repository`);
      continue;
    }
    const [path, fragment] = target.split('#') as [string, string | undefined];
    if (!path) {
      if (fragment && !headingSlugs(text).has(fragment.toLowerCase())) found.push(`${file}: ${target}: no such heading`);
      continue;
    }
    const resolved = resolve(dirname(join(ROOT, file)), decodeURIComponent(path));
    if (relative(ROOT, resolved).startsWith('..')) found.push(`${file}: ${target} leaves the repository`);
    else if (!existsSync(resolved)) found.push(`${file}: ${target} does not exist`);
    else if (fragment && resolved.endsWith('.md') && !headingSlugs(readFileSync(resolved, 'utf8')).has(fragment.toLowerCase()))
      found.push(`${file}: ${target}: no heading #${fragment} in ${relative(ROOT, resolved)}`);
  }
  return found;
}

describe('links in README and docs', () => {
  it('covers the README, docs/ and the admin docs', () => {
    expect(checked).toEqual(expect.arrayContaining(['README.md', 'docs/README.md', 'docs/admin/README.md', 'docs/admin/policy.md']));
  });

  it.each(checked)('%s links only to files inside the repository', (file) => {
    expect(problems(file)).toEqual([]);
  });

  it('the README has an admin section linking to the admin docs', () => {
    const links = markdownLinks(readFileSync(join(ROOT, 'README.md'), 'utf8'));
    expect(links).toEqual(expect.arrayContaining(['docs/admin/policy.md', 'docs/admin/self-hosting.md', 'docs/admin/pack-hosting.md']));
  });
});

describe('the link checker itself', () => {
  it('finds links and images, skips code, and slugs headings as GitHub does', () => {
    const md = '# The managed settings\n## Windows: registry\nSee [a](a.md#x) and ![i](img.png).\n`[no](code.md)`\n```\n[no](fenced.md)\n```\n[r]: ref.md\n';
    expect(markdownLinks(md)).toEqual(['a.md#x', 'img.png', 'ref.md']);
    expect([...headingSlugs(md)]).toEqual(['the-managed-settings', 'windows-registry']);
  });

  it('reports web links, files outside the repository, missing files and missing anchors', () => {
    const text =
      '[w](https://example.com) [up](../outside.md) [m](docs/nope.md) [h](docs/admin/policy.md#no-such-heading) [ok](docs/admin/policy.md#linux-json-files) [self](#top)\n# Top\n';
    expect(problems('fixture.md', text)).toEqual([
      'fixture.md: https://example.com is outside the repository',
      'fixture.md: ../outside.md leaves the repository',
      'fixture.md: docs/nope.md does not exist',
      'fixture.md: docs/admin/policy.md#no-such-heading: no heading #no-such-heading in docs/admin/policy.md',
    ]);
  });
});
