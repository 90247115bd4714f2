/** Pages after a (made-up) markup change, and the pack whose adapterPatches repair them (test/fixtures/pages/broken). */
import { readFileSync } from 'node:fs';
import type { AdapterPatch } from '../../../lib/pack/schema';
import { parsePack } from '../../../lib/pack/validate';
import { PAGES_DIR, parsePage } from './saved-pages';

export const BROKEN_DIR = `${PAGES_DIR}broken/`;
export const BROKEN_PROFILE = { file: 'linkedin-profile-unreadable.html', url: 'https://www.linkedin.com/in/marisol-okafor-77b2c1/' };
export const BROKEN_SEARCH = { file: 'linkedin-search-unreadable.html', url: 'https://www.linkedin.com/search/results/people/?keywords=security' };

export function loadBroken(page: { file: string; url: string }) {
  const html = readFileSync(BROKEN_DIR + page.file, 'utf8');
  return { html, document: parsePage(html), url: new URL(page.url) };
}

export function repairPatches(): AdapterPatch[] {
  const result = parsePack(readFileSync(`${BROKEN_DIR}patch-pack.json`, 'utf8'));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.pack.adapterPatches ?? [];
}
