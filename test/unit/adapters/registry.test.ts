import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, adaptersFor, builtInAdaptersFor, detectContacts } from '../../../lib/adapters/registry';
import { parsePage } from './saved-pages';

const ADAPTERS_DIR = fileURLToPath(new URL('../../../lib/adapters/', import.meta.url));

describe('adapter registry', () => {
  it('ships one adapter per page type, list pages with per-card extraction', () => {
    expect(ADAPTERS.map((a) => [a.id, a.pageKind])).toEqual([
      ['linkedin-profile', 'profile'],
      ['linkedin-people-list', 'list'],
      ['sales-navigator-lead', 'profile'],
      ['sales-navigator-list', 'list'],
      ['salesforce-record', 'profile'],
      ['hubspot-contact', 'profile'],
    ]);
  });

  it.each([
    ['https://www.linkedin.com/in/jane-doe/', ['linkedin-profile']],
    ['https://www.linkedin.com/search/results/people/?keywords=x', ['linkedin-people-list']],
    ['https://www.linkedin.com/company/contoso/people/', ['linkedin-people-list']],
    ['https://www.linkedin.com/sales/lead/ACwAAA1,NAME_SEARCH,x', ['sales-navigator-lead']],
    ['https://www.linkedin.com/sales/search/people?query=x', ['sales-navigator-list']],
    ['https://acme.lightning.force.com/lightning/r/Lead/00QDn000007XyZaMAK/view', ['salesforce-record']],
    ['https://app-eu1.hubspot.com/contacts/1/record/0-1/2', ['hubspot-contact']],
    ['https://www.linkedin.com/feed/', []],
    ['https://acme.pipedrive.com/person/1', []],
  ])('picks the adapters for %s', (url, ids) => {
    expect(adaptersFor(new URL(url)).map((a) => a.id)).toEqual(ids);
    expect(builtInAdaptersFor(new URL(url)).map((a) => a.id)).toEqual(ids);
  });

  it('reports each contact once, from the first adapter, when two adapters find it', () => {
    const doc = parsePage(
      '<!DOCTYPE html><html><head><title>(1) Jane Doe | LinkedIn</title></head><body><main><h1>Jane Doe</h1><a class="self" href="/in/jane-doe/">link</a></main></body></html>',
    );
    const again = [{ id: 'again', name: 'Again', matches: ['https://www.linkedin.com/in/*'], person: { name: ['h1'], title: ['h2'], profileUrl: ['a.self'] } }];
    const contacts = detectContacts(doc, new URL('https://www.linkedin.com/in/jane-doe/'), again);
    expect(contacts.map((c) => [c.adapter, c.key])).toEqual([['linkedin-profile', 'https://www.linkedin.com/in/jane-doe/']]);
  });

  it('skips an adapter that throws and tells the caller', () => {
    const doc = parsePage('<!DOCTYPE html><html><head><title>x</title></head><body></body></html>');
    const broken = {
      ...doc,
      querySelectorAll: () => {
        throw new Error('boom');
      },
    } as unknown as Document;
    const errors: string[] = [];
    expect(detectContacts(broken, new URL('https://www.linkedin.com/in/jane-doe/'), [], (id) => errors.push(id))).toEqual([]);
    expect(errors).toEqual(['linkedin-profile']);
  });

  it('keeps the adapters dependency-free and free of browser globals (they are bundled into content scripts)', () => {
    for (const file of readdirSync(ADAPTERS_DIR).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(ADAPTERS_DIR + file, 'utf8');
      for (const [, typeOnly, from] of source.matchAll(/^import (type )?[^;]*? from '([^']+)';/gms)) {
        expect(from!.startsWith('.'), `${file} imports ${from}`).toBe(true);
        if (from!.includes('pack/')) expect(typeOnly, `${file} must import ${from} for types only`).toBe('type ');
      }
      expect(source, file).not.toMatch(/\b(?:window|location|globalThis)\.|[^.\w]document\.|innerHTML\s*=/);
    }
  });
});
