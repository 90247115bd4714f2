import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectContacts } from '../../../lib/adapters/registry';
import { noisyPage } from '../../fixtures/noise';
import { MANIFEST, PAGES_DIR, parsePage, plain } from './saved-pages';

const raw = (file: string) => readFileSync(PAGES_DIR + file, 'utf8');

describe('the noise builder (test/fixtures/noise.ts)', () => {
  const search = MANIFEST.find((e) => e.file === 'linkedin-search-2025.html')!;

  it('is deterministic: the same page and seed give the same bytes, another seed other bytes', () => {
    const html = raw(search.file);
    expect(noisyPage(html, { url: search.url })).toBe(noisyPage(html, { url: search.url }));
    expect(noisyPage(html, { url: search.url, seed: 1 })).not.toBe(noisyPage(html, { url: search.url, seed: 2 }));
  });

  it.each(MANIFEST.map((e) => [e.file, e] as const))('grows %s to a real page’s size (1–2 MB) and keeps it a self-contained page', (_file, entry) => {
    const noisy = noisyPage(raw(entry.file), { url: entry.url });
    expect(noisy.length).toBeGreaterThan(1_000_000);
    expect(noisy.length).toBeLessThan(2_100_000);
    expect(noisy).toMatch(/^<!DOCTYPE html>/i);
    expect(noisy).not.toMatch(/<(?:script|link)\b[^>]*\b(?:src|href)=["']https?:/i);
    expect(noisy).not.toMatch(/<img\b[^>]*\bsrc=["']https?:/i);
  });

  it('carries the noise of a real LinkedIn page', () => {
    const noisy = noisyPage(raw(search.file), { url: search.url });
    for (const marker of [
      '<!---->',
      /class="[^"]*_[0-9a-f]{8}/,
      /id="ember\d+"/,
      '<span class="visually-hidden">Status is offline</span>',
      'loading="lazy"',
      /<span aria-hidden="true">([^<]+)<\/span><span class="visually-hidden">\1<\/span>/,
      'data-view-name="search-results-upsell"',
      'People also viewed',
      'Promoted',
      'data-view-name="sticky-header"',
      /<code id="bpr-guid-\d+" style="display: none">\{/,
      '<script type="application/json"',
    ])
      expect(noisy).toMatch(marker);
  });

  it('puts a presence dot in the photo links of the results, after the photo', () => {
    const doc = parsePage(noisyPage(raw(search.file), { url: search.url }));
    const photoLinks = Array.from(doc.querySelectorAll('main a[href*="/in/"]')).filter((a) => a.querySelector('img'));
    expect(photoLinks.length).toBeGreaterThanOrEqual(10);
    for (const link of photoLinks) expect(link.querySelector('.presence-indicator .visually-hidden')?.textContent).toMatch(/^Status is \w+$/);
  });

  it('leaves raw-text elements (titles, embedded JSON, styles) exactly as written', () => {
    const profile = MANIFEST.find((e) => e.file === 'linkedin-profile-2026.html')!;
    const html = raw(profile.file);
    const noisy = noisyPage(html, { url: profile.url });
    for (const [element] of html.matchAll(/<(code|title|style)\b[^>]*>[\s\S]*?<\/\1>/g)) expect(noisy).toContain(element);
  });

  it.each(MANIFEST.map((e) => [e.file, e] as const))('adds no contact to %s and changes none of its fields', (_file, entry) => {
    const sites = entry.sites ? JSON.parse(raw(entry.sites)) : [];
    const url = new URL(entry.url);
    const clean = detectContacts(parsePage(raw(entry.file)), url, sites).map(plain);
    const noisy = detectContacts(parsePage(noisyPage(raw(entry.file), { url })), url, sites).map(plain);
    expect(noisy).toEqual(clean);
    expect(noisy).toEqual(entry.expected);
  });
});
