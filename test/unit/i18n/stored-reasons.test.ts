/**
 * A sync result stays on the options page until the next sync, stored in Dexie: its reason is
 * stored as recorded (lib/said.ts) and said in the UI language the page has when it shows it,
 * not the one the worker had. Rows stored before reasons were recorded show their text.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { recorded, recordingWords, sayIn } from '../../../lib/said';
import type { PersonaMapDb } from '../../../lib/storage/db';
import { installPack } from '../../../lib/storage/pack-store';
import { recoverLostDatabase, saveMirror, type RecoveryMirror } from '../../../lib/storage/recovery';
import { recoveryWords, storedRecoveryNotice } from '../../../utils/recovery-words';
import { addPackSource } from '../../../lib/sync/sources';
import { englishSyncWords, syncPackSource } from '../../../lib/sync/sync-source';
import { validatePack } from '../../../lib/pack/validate';
import { getMessage, loadMessages, type Messages } from '../../../tooling/locales';
import { storedSyncReason, syncWords } from '../../../utils/sync-words';
import { bytesOf, clock, FakeServer, freshDb, makePack } from '../sync/test-support';

const URL = 'https://packs.example.com/acme.json';
const original = fakeBrowser.i18n.getMessage;
let german: Messages;
let english: Messages;
const speak = (messages: Messages) =>
  Object.assign(fakeBrowser.i18n, { getMessage: (key: string, subs?: string | string[]) => getMessage(messages, key, subs) });
beforeAll(async () => void ([german, english] = await Promise.all([loadMessages('de'), loadMessages('en')])));
afterAll(() => void Object.assign(fakeBrowser.i18n, { getMessage: original }));

let db: PersonaMapDb;
beforeEach(() => void (db = freshDb()));
afterEach(async () => void (await db.delete()));

async function setUp() {
  const server = new FakeServer();
  const time = clock();
  const added = await addPackSource(db, URL, { now: time.now() });
  if (!added.ok) throw new Error(added.reason);
  return { server, time };
}

describe('a stored sync reason', () => {
  it('written by a German worker reads in English after the browser switches to English, and back', async () => {
    const { server, time } = await setUp();
    const good = validatePack(makePack('1.0.0'));
    if (!good.ok) throw new Error('fixture');
    await installPack(db, good.pack, { source: URL });
    await db.packSources.update(URL, { packId: 'acme' });
    server.route(URL, () => new Response('busy', { status: 503, statusText: 'Service Unavailable' }));
    speak(german);
    const result = await syncPackSource(
      { db, fetch: server.fetch, now: time.now, trustedKeys: [], timeoutMs: 200, words: syncWords() },
      (await db.packSources.get(URL))!,
    );
    expect(result.reason).toMatch(
      /^https:\/\/packs\.example\.com\/acme\.json hat mit HTTP 503 Service Unavailable geantwortet\. Version 1\.0\.0 bleibt in Gebrauch; nächster Versuch in \d+ (Sekunden|Minute|Minuten)\.$/,
    );

    const stored = (await db.packSources.get(URL))!.lastResult!;
    expect(stored.reason).toBe(result.reason);
    // Stored as what was said: the sentence and its parameters, the HTTP status among them.
    expect(stored.said).toEqual([
      {
        say: 'failed',
        args: [{ say: 'fetch.http', args: [URL, 503, 'Service Unavailable'] }, '1.0.0', { say: expect.stringMatching(/^delay\./), args: [expect.any(Number)] }],
      },
    ]);

    speak(english);
    expect(storedSyncReason(stored)).toMatch(
      /^https:\/\/packs\.example\.com\/acme\.json answered HTTP 503 Service Unavailable\. Version 1\.0\.0 stays in use; next try in \d+ (seconds|minute|minutes)\.$/,
    );
    speak(german);
    expect(storedSyncReason(stored)).toBe(result.reason);
  });

  it('said in English is what the worker says without words: the English default is unchanged', async () => {
    const { server, time } = await setUp();
    server.serve(URL, bytesOf(makePack('1.0.0')), '"v1"');
    const result = await syncPackSource({ db, fetch: server.fetch, now: time.now, trustedKeys: [] }, (await db.packSources.get(URL))!);
    expect(result.reason).toBe('installed version 1.0.0');
    const stored = (await db.packSources.get(URL))!.lastResult!;
    expect(stored.said).toEqual([{ say: 'installed', args: ['1.0.0', null] }]);
    speak(german);
    expect(storedSyncReason(stored)).toBe('Version 1.0.0 installiert');
  });

  it('stored before reasons were recorded, or naming a sentence this version lacks, shows its stored text', () => {
    speak(german);
    expect(storedSyncReason({ reason: 'installed version 1.0.0' })).toBe('installed version 1.0.0');
    expect(storedSyncReason({ reason: 'installed version 2.0.0', said: [{ say: 'renamedSinceThen', args: ['2.0.0'] }] })).toBe('installed version 2.0.0');
  });
});

describe('a stored recovery notice', () => {
  it('written by a German worker reads in English after a language switch; one from before shows its text', async () => {
    let saved: RecoveryMirror | null = null;
    const mirror = { getValue: async () => saved, setValue: async (v: RecoveryMirror | null) => void (saved = v) };
    await addPackSource(db, URL, { now: 0 });
    await saveMirror(db, mirror, 1000);
    await db.delete();
    db = freshDb();
    speak(german);
    const report = await recoverLostDatabase(db, mirror, 5000, recoveryWords());
    const notice = report!.notice;
    expect(notice.message).toMatch(/^Die lokale Datenbank von Persona Map ging verloren \(sie war leer\)/);
    expect(report!.cause).toBe('sie war leer');
    speak(english);
    expect(storedRecoveryNotice(notice)).toBe(
      "Persona Map's local database was lost (it was found empty), so the installed packs were gone. " +
        `Your pack source was restored and is syncing again: ${URL}. ` +
        'Your trusted keys and settings were kept; contact history, corrections and usage counts from before could not be recovered.',
    );
    expect(storedRecoveryNotice({ message: notice.message })).toBe(notice.message);
  });
});

describe('recorded sentences (lib/said.ts)', () => {
  it('keep text around sentences and say it again with other words', () => {
    const record = recordingWords(englishSyncWords);
    const text = `${record.alreadyInstalled('1.2.0')} (${record.fetch.cors(URL)})`;
    const said = recorded(text);
    expect(said).toEqual([{ say: 'alreadyInstalled', args: ['1.2.0'] }, ' (', { say: 'fetch.cors', args: [URL] }, ')']);
    expect(sayIn(said, englishSyncWords)).toBe(`version 1.2.0 is already installed (${englishSyncWords.fetch.cors(URL)})`);
  });
});
