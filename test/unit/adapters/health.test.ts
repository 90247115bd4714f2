import { describe, expect, it } from 'vitest';
import type { DetectedContact } from '../../../lib/contracts/contact';
import { MIN_FIELD_CONFIDENCE, pageHealth } from '../../../lib/adapters/health';
import { builtInAdaptersFor, detectContacts } from '../../../lib/adapters/registry';
import { BROKEN_PROFILE, BROKEN_SEARCH, loadBroken, repairPatches } from './broken-pages';
import { loadPage, MANIFEST, parsePage } from './saved-pages';

const profile = { id: 'linkedin-profile', pageKind: 'profile' as const };
const list = { id: 'linkedin-people-list', pageKind: 'list' as const };
const field = (value: string, confidence: number) => ({ value, source: 'structure' as const, confidence });
const person = (name: number | null, title: number | null): DetectedContact => ({
  adapter: 'linkedin-profile',
  key: 'https://www.linkedin.com/in/x/',
  name: name === null ? null : field('Jane Doe', name),
  title: title === null ? null : field('CFO', title),
  company: null,
  profileUrl: null,
});
const empty = parsePage('<html><body><main><p>No results found</p></main></body></html>');

describe('detection health', () => {
  it('is readable when a contact has a sure name and title', () => {
    expect(pageHealth(profile, [person(0.8, 0.85)], empty)).toEqual({ readable: true, adapter: 'linkedin-profile' });
  });

  it('is unreadable on a profile without a contact', () => {
    expect(pageHealth(profile, [], empty)).toEqual({ readable: false, adapter: 'linkedin-profile', problem: 'no-contact' });
  });

  it('is unreadable when only unsure layers answered (class names, guesses) or a field is missing', () => {
    expect(pageHealth(profile, [person(0.5, 0.85)], empty)).toEqual({
      readable: false,
      adapter: 'linkedin-profile',
      problem: 'uncertain-fields',
      fields: ['name'],
    });
    expect(pageHealth(profile, [person(0.9, null)], empty)).toMatchObject({ readable: false, fields: ['title'] });
    expect(pageHealth(profile, [person(MIN_FIELD_CONFIDENCE, MIN_FIELD_CONFIDENCE)], empty).readable).toBe(true);
  });

  it('takes an empty list page at its word unless people are linked on it', () => {
    expect(pageHealth(list, [], empty)).toEqual({ readable: true, adapter: 'linkedin-people-list' });
    const { document } = loadBroken(BROKEN_SEARCH);
    expect(pageHealth(list, [], document)).toEqual({ readable: false, adapter: 'linkedin-people-list', problem: 'no-contact' });
  });

  it.each(MANIFEST.filter((entry) => !entry.sites))('finds $file readable (no false alarm on pages the adapters know)', ({ file }) => {
    const { document, url } = loadPage(file);
    const adapter = builtInAdaptersFor(url)[0]!;
    expect(pageHealth(adapter, detectContacts(document, url), document)).toEqual({ readable: true, adapter: adapter.id });
  });

  it.each([BROKEN_PROFILE, BROKEN_SEARCH])('finds $file unreadable, and readable once the pack patch repairs it', (page) => {
    const { document, url } = loadBroken(page);
    const adapter = builtInAdaptersFor(url)[0]!;
    expect(pageHealth(adapter, detectContacts(document, url), document)).toMatchObject({ readable: false, problem: 'no-contact' });
    expect(pageHealth(adapter, detectContacts(document, url, [], undefined, repairPatches()), document).readable).toBe(true);
  });
});
