/**
 * What lib/ code says on the options page, in the seller's language: pack-change answers
 * (lib/background/pack-changes.ts), sync reasons (lib/sync/sync-source.ts), the recovery notice
 * (lib/storage/recovery.ts), policy problems (lib/policy/managed.ts) and an import's diff lines
 * (lib/pack/diff.ts), with the words from utils/*-words.ts built from locales/*.yml. Here
 * the fake browser answers in German, as a German Chromium would; a low-level reason (an error,
 * a URL) stays verbatim inside the sentence.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applyPackChange, englishPackChangeWords } from '../../../lib/background/pack-changes';
import { MAX_SYNC_INTERVAL_MINUTES, mergeSettings, parseManagedPolicy, type EffectiveSettings } from '../../../lib/policy/managed';
import type { PersonaMapDb } from '../../../lib/storage/db';
import { installPack } from '../../../lib/storage/pack-store';
import { recoverLostDatabase, saveMirror, type RecoveryMirror } from '../../../lib/storage/recovery';
import { addPackSource } from '../../../lib/sync/sources';
import { syncPackSource } from '../../../lib/sync/sync-source';
import { describeDiff, diffPacks } from '../../../lib/pack/diff';
import { validatePack } from '../../../lib/pack/validate';
import { getMessage, loadMessages } from '../../../tooling/locales';
import { packChangeWords } from '../../../utils/pack-change-words';
import { bytesOf, clock, FakeServer, freshDb, makePack } from '../sync/test-support';
import { diffWords } from '../../../utils/diff-words';
import { policyWords } from '../../../utils/policy-words';
import { recoveryWords } from '../../../utils/recovery-words';
import { syncWords } from '../../../utils/sync-words';

const english = fakeBrowser.i18n.getMessage;
beforeAll(async () => {
  const german = await loadMessages('de');
  Object.assign(fakeBrowser.i18n, { getMessage: (key: string, subs?: string | string[]) => getMessage(german, key, subs) });
});
afterAll(() => void Object.assign(fakeBrowser.i18n, { getMessage: english }));

let db: PersonaMapDb;
beforeEach(() => void (db = freshDb()));
afterEach(async () => void (await db.delete()));

const settingsFrom = (policy: unknown): EffectiveSettings => {
  const parsed = parseManagedPolicy(policy);
  return mergeSettings(parsed.policy, { packUrls: [], trustedKeys: [] }, parsed.problems);
};
const deps = (policy: unknown) => ({
  db,
  settings: async () => settingsFrom(policy),
  saveUserKeys: async () => undefined,
  saveUserSyncInterval: async () => undefined,
  words: packChangeWords(),
});

describe('pack-change answers in German', () => {
  it('says what was done', async () => {
    expect(await applyPackChange(deps({}), { kind: 'order', packIds: [] })).toEqual({ ok: true, message: 'Reihenfolge gespeichert' });
    expect(await applyPackChange(deps({}), { kind: 'set-sync-interval', minutes: 90 })).toEqual({
      ok: true,
      message: 'Synchronisierungsintervall: alle 90 Minuten',
    });
    expect(await applyPackChange(deps({}), { kind: 'set-sync-interval', minutes: null })).toEqual({
      ok: true,
      message: 'Synchronisierungsintervall: Standard',
    });
  });

  it('says why it refused, keeping the low-level reason verbatim', async () => {
    const locked = await applyPackChange(deps({ lockSettings: true }), { kind: 'order', packIds: [] });
    expect(locked).toEqual({ ok: false, reason: expect.stringMatching(/^Die Richtlinie Ihrer Organisation sperrt diese Einstellungen \(lockSettings\)/) });
    expect(await applyPackChange(deps({}), { kind: 'enable', packId: 'acme', enabled: true })).toEqual({
      ok: false,
      reason: 'Kein Paket „acme“ ist installiert',
    });
    const notAKey = await applyPackChange(deps({}), { kind: 'set-keys', keys: ['not-a-key'] });
    expect(notAKey).toEqual({ ok: false, reason: expect.stringMatching(/^Kein öffentlicher Persona-Map-Schlüssel \(not-a-key\): \S/) });
    const damaged = await applyPackChange(deps({}), { kind: 'import', fileName: 'acme.yaml', base64: '%%%', signature: null, force: false });
    expect(damaged).toEqual({ ok: false, reason: 'Acme.yaml ist nicht unversehrt angekommen' });
    const checked = validatePack(makePack('1.0.0'));
    if (!checked.ok) throw new Error('fixture');
    await installPack(db, checked.pack, { source: 'https://packs.example.com/acme.json' });
    expect(await applyPackChange(deps({}), { kind: 'rollback', packId: 'acme' })).toEqual({
      ok: false,
      reason: 'Von „acme“ ist keine frühere Version aufbewahrt, zu der zurückgekehrt werden kann',
    });
  });

  it('has a German sentence for every English one', () => {
    const german = packChangeWords();
    const plain = (words: typeof german) => Object.entries(words).filter(([, v]) => typeof v === 'string');
    for (const [name, text] of plain(german)) expect(text, name).not.toBe(englishPackChangeWords[name as keyof typeof german]);
    expect(german.rollback.nothingEarlier('acme')).not.toBe(englishPackChangeWords.rollback.nothingEarlier('acme'));
    expect(german.sourceSetByPolicy('https://packs.example.com/org.json')).toBe(
      'https://packs.example.com/org.json ist durch die Richtlinie Ihrer Organisation festgelegt und kann hier nicht entfernt werden',
    );
    expect(Object.keys(german).sort()).toEqual(Object.keys(englishPackChangeWords).sort());
  });
});

describe('sync reasons in German', () => {
  const URL = 'https://packs.example.com/acme.json';
  async function setUp() {
    const server = new FakeServer();
    const time = clock();
    const added = await addPackSource(db, URL, { now: time.now() });
    if (!added.ok) throw new Error(added.reason);
    return { server, deps: { db, fetch: server.fetch, now: time.now, trustedKeys: [], timeoutMs: 200, words: syncWords() } };
  }

  it('says what was installed, and what stays in use when the server has nothing newer', async () => {
    const { server, deps } = await setUp();
    server.serve(URL, bytesOf(makePack('1.0.0')), '"v1"');
    expect((await syncPackSource(deps, (await db.packSources.get(URL))!)).reason).toBe('Version 1.0.0 installiert');
    server.serve(URL, bytesOf(makePack('1.0.0')), '"v2"');
    expect((await syncPackSource(deps, (await db.packSources.get(URL))!)).reason).toBe('Version 1.0.0 ist bereits installiert');
  });

  it('says in German that the pack is not valid, keeps the parser problem at its path verbatim, and says what stays in use', async () => {
    const { server, deps } = await setUp();
    const good = validatePack(makePack('1.0.0'));
    if (!good.ok) throw new Error('fixture');
    await installPack(db, good.pack, { source: URL });
    await db.packSources.update(URL, { packId: 'acme' });
    server.serveText(URL, '{ not json');
    const english = (await syncPackSource({ ...deps, words: undefined }, (await db.packSources.get(URL))!)).reason;
    const englishPrefix = `the pack at ${URL} is not valid: `;
    expect(english.startsWith(englishPrefix)).toBe(true);
    const problem = english.slice(englishPrefix.length, english.indexOf('. Version 1.0.0 stays in use'));
    expect(problem.length).toBeGreaterThan(0);
    const result = await syncPackSource(deps, (await db.packSources.get(URL))!);
    expect(result.reason.startsWith(`das Paket unter ${URL} ist nicht gültig: ${problem}. Version 1.0.0 bleibt in Gebrauch; nächster Versuch in `)).toBe(true);
    expect(result.reason).toMatch(/nächster Versuch in \d+ (Minute|Minuten|Sekunden|Stunden)\.$/);
  });

  it('says in German why a download failed and why a URL is refused', async () => {
    const { server, deps } = await setUp();
    server.route(URL, () => new Response('busy', { status: 503, statusText: 'Service Unavailable' }));
    expect((await syncPackSource(deps, (await db.packSources.get(URL))!)).reason).toMatch(
      /^https:\/\/packs\.example\.com\/acme\.json hat mit HTTP 503 Service Unavailable geantwortet\. Es wurde nichts installiert; nächster Versuch in /,
    );
    server.route(URL, () => new Response(null, { status: 302, headers: { location: 'http://packs.example.com/acme.json' } }));
    expect((await syncPackSource(deps, (await db.packSources.get(URL))!)).reason).toMatch(
      /^https:\/\/packs\.example\.com\/acme\.json leitet auf http:\/\/packs\.example\.com\/acme\.json weiter, das kein https ist; /,
    );
    const refused = await addPackSource(db, 'http://packs.example.com/acme.json', { words: syncWords().sourceUrl });
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.reason).toBe(
        'http://packs.example.com/acme.json verwendet http:, das jeder im Netzwerk verändern kann; veröffentlichen Sie das Paket unter einer https:-URL (https://packs.example.com/acme.json)',
      );
  });
});

describe('the database recovery notice in German', () => {
  it('says what was lost and restored, with the URLs and pack names verbatim', async () => {
    let saved: RecoveryMirror | null = null;
    const mirror = { getValue: async () => saved, setValue: async (v: RecoveryMirror | null) => void (saved = v) };
    await addPackSource(db, 'https://packs.example.com/acme.json', { now: 0 });
    await saveMirror(db, mirror, 1000);
    await db.delete();
    db = freshDb();
    const report = await recoverLostDatabase(db, mirror, 5000, recoveryWords());
    expect(report?.notice.message).toBe(
      'Die lokale Datenbank von Persona Map ging verloren (sie war leer), daher waren die installierten Pakete weg. ' +
        'Ihre Paketquelle wurde wiederhergestellt und wird wieder synchronisiert: https://packs.example.com/acme.json. ' +
        'Ihre vertrauenswürdigen Schlüssel und Einstellungen blieben erhalten; Kontaktverlauf, Korrekturen und Nutzungszahlen von vorher ließen sich nicht wiederherstellen.',
    );
  });
});

describe('policy problems in German', () => {
  it("keeps the policy's names and values verbatim inside the German sentence", () => {
    const { problems } = parseManagedPolicy({ lockSettings: 'yes', syncIntervalMinutes: 99_999 }, policyWords());
    expect(problems).toEqual([
      `syncIntervalMinutes: 99999 liegt über dem Maximum von ${MAX_SYNC_INTERVAL_MINUTES} Minuten (eine Woche); es wird ${MAX_SYNC_INTERVAL_MINUTES} verwendet`,
      'lockSettings: "yes" ist weder true noch false; die Einstellungen bleiben gesperrt, bis die Richtlinie true oder false angibt',
    ]);
  });
});

describe("an import's diff lines in German", () => {
  it('translates the words around the ids, labels and field names', () => {
    const checked = validatePack(makePack('1.0.0'));
    if (!checked.ok) throw new Error('fixture');
    const before = checked.pack;
    const after = structuredClone(before);
    after.version = '1.1.0';
    after.personas.push({ id: 'cfo', name: 'CFO', kind: 'primary', match: { titles: ['cfo'] } });
    after.reviewBy = '2026-12-31';
    expect(describeDiff(diffPacks(before, after), diffWords())).toEqual(['acme: 1.0.0 → 1.1.0', '+ Persona cfo (CFO)', '~ Paketfelder: reviewBy']);
    expect(describeDiff(diffPacks(null, before), diffWords())[0]).toBe('acme: neues Paket, Version 1.0.0');
    expect(describeDiff(diffPacks(before, before), diffWords()).at(-1)).toBe('keine Änderungen an Personas, Nachweisen oder Paketfeldern');
  });
});
