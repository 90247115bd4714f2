/** Saved-page fixtures (test/fixtures/pages) parsed with linkedom, as `persona-map detect` reads them. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import type { DetectedContact } from '../../../lib/contracts/contact';
import type { SiteAdapter } from '../../../lib/pack/schema';
import { noisyPage } from '../../fixtures/noise';

export const PAGES_DIR = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));

export interface ExpectedContact {
  name: string;
  title: string;
  company: string;
  profileUrl: string;
}
export interface SavedPage {
  file: string;
  url: string;
  /** A JSON file of SiteAdapter entries, for pages only an admin-defined adapter knows. */
  sites?: string;
  expected: ExpectedContact[];
}

export const MANIFEST: SavedPage[] = JSON.parse(readFileSync(`${PAGES_DIR}index.json`, 'utf8'));

export function pageEntry(file: string): SavedPage {
  const entry = MANIFEST.find((e) => e.file === file);
  if (!entry) throw new Error(`${file} is not in test/fixtures/pages/index.json`);
  return entry;
}

export function parsePage(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/**
 * Which form of each fixture the adapter tests read: `clean` (as written) or `noisy` (wrapped in
 * a real page's noise at a real page's size, test/fixtures/noise.ts). The `adapters-noisy`
 * vitest project runs every adapter test again with PAGE_FORM=noisy.
 */
export const PAGE_FORM: 'clean' | 'noisy' = process.env.PAGE_FORM === 'noisy' ? 'noisy' : 'clean';

/** A fixture's HTML in this run's form; `edit` changes the hand-written page before the noise goes around it. */
export function pageHtml(file: string, edit: (html: string) => string = (html) => html): string {
  const html = edit(readFileSync(PAGES_DIR + file, 'utf8'));
  return PAGE_FORM === 'noisy' ? noisyPage(html, { url: pageEntry(file).url }) : html;
}

/** A fixture as a fresh Document, with its URL and (for custom pages) its sites. */
export function loadPage(file: string, edit: (html: string) => string = (html) => html) {
  const entry = pageEntry(file);
  const html = pageHtml(file, edit);
  const sites: SiteAdapter[] = entry.sites ? JSON.parse(readFileSync(PAGES_DIR + entry.sites, 'utf8')) : [];
  return { document: parsePage(html), url: new URL(entry.url), sites, entry, html };
}

export const plain = (c: DetectedContact) => ({
  name: c.name?.value ?? null,
  title: c.title?.value ?? null,
  company: c.company?.value ?? null,
  profileUrl: c.profileUrl?.value ?? null,
});

export const names = (contacts: DetectedContact[]) => contacts.map((c) => c.name?.value);
