import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorrectionStore, correctionsToCsv, csvCell, exportCorrectionsCsv } from '../../../lib/storage/corrections';
import { PersonaMapDb } from '../../../lib/storage/db';

let db: PersonaMapDb;
beforeEach(() => {
  db = new PersonaMapDb(`corrections-test-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const AT = Date.parse('2026-03-01T12:00:00Z');

describe('sellers corrections', () => {
  it('remembers the persona a seller picked for a contact, one per contact', async () => {
    const store = new CorrectionStore(db);
    await store.choosePersona({ key: 'in/jane', title: 'CISO', matchedPersona: 'economic-buyer', chosenPersona: 'security-gatekeeper', pack: 'demo', at: AT });
    await store.choosePersona({ key: 'in/jane', title: 'CISO', matchedPersona: 'economic-buyer', chosenPersona: 'champion', pack: 'demo', at: AT + 1 });
    expect(await store.list()).toHaveLength(1);
    expect(await store.get('in/jane')).toMatchObject({ chosenPersona: 'champion', wrongMatch: true, at: AT + 1 });
  });

  it('records "wrong match" without a pick, and removes a correction', async () => {
    const store = new CorrectionStore(db);
    await store.markWrongMatch({ key: 'in/bob', title: 'Head of Sales', matchedPersona: 'security-gatekeeper', pack: 'demo', at: AT });
    expect(await store.get('in/bob')).toEqual({
      key: 'in/bob',
      title: 'Head of Sales',
      matchedPersona: 'security-gatekeeper',
      chosenPersona: null,
      pack: 'demo',
      wrongMatch: true,
      at: AT,
    });
    await store.remove('in/bob');
    expect(await store.get('in/bob')).toBeUndefined();
  });

  it('a pick for a contact nothing matched is not a "wrong match"', async () => {
    const store = new CorrectionStore(db);
    const saved = await store.choosePersona({ key: 'k', title: 'Chief Bottle Washer', matchedPersona: null, chosenPersona: 'champion', pack: 'demo', at: AT });
    expect(saved.wrongMatch).toBe(true);
    const same = await store.choosePersona({ key: 'k2', title: 'CISO', matchedPersona: 'champion', chosenPersona: 'champion', pack: 'demo', at: AT });
    expect(same.wrongMatch).toBe(false);
  });

  it('exports CSV for admins, newest first, saying nothing about who the contacts are', async () => {
    const store = new CorrectionStore(db);
    await store.markWrongMatch({ key: 'in/bob', title: 'Head of Sales, "EMEA"', matchedPersona: 'security-gatekeeper', pack: 'demo', at: AT });
    await store.choosePersona({ key: 'in/jane', title: 'CISO', matchedPersona: null, chosenPersona: 'security-gatekeeper', pack: 'demo', at: AT + 60_000 });
    const csv = await exportCorrectionsCsv(db);
    expect(csv).toBe(
      'title,matched_persona,chosen_persona,pack,wrong_match,corrected_at\r\n' +
        'CISO,,security-gatekeeper,demo,true,2026-03-01T12:01:00.000Z\r\n' +
        '"Head of Sales, ""EMEA""",security-gatekeeper,,demo,true,2026-03-01T12:00:00.000Z\r\n',
    );
    expect(csv).not.toContain('in/');
  });

  it('adds the contact keys only when the seller opts in', async () => {
    const store = new CorrectionStore(db);
    await store.choosePersona({ key: 'in/jane', title: 'CISO', matchedPersona: null, chosenPersona: 'security-gatekeeper', pack: 'demo', at: AT });
    expect(await exportCorrectionsCsv(db, { includeContacts: true })).toBe(
      'contact_key,title,matched_persona,chosen_persona,pack,wrong_match,corrected_at\r\n' +
        'in/jane,CISO,,security-gatekeeper,demo,true,2026-03-01T12:00:00.000Z\r\n',
    );
  });

  it('keeps page text from running as a spreadsheet formula', () => {
    expect(csvCell('=HYPERLINK("https://evil")')).toBe(`"'=HYPERLINK(""https://evil"")"`);
    expect(csvCell('+1 555')).toBe("'+1 555");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell(null)).toBe('');
  });

  it('exports only the header when there is nothing to correct', () => {
    expect(correctionsToCsv([])).toBe('title,matched_persona,chosen_persona,pack,wrong_match,corrected_at\r\n');
  });
});
