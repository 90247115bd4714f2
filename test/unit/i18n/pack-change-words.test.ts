/**
 * The pack-change answers (lib/background/pack-changes.ts) in the seller's language: the worker
 * passes utils/pack-change-words.ts, built from locales/*.yml. Here the fake browser answers in
 * German, as a German Chromium would; a low-level reason stays verbatim inside the sentence.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applyPackChange, englishPackChangeWords } from '../../../lib/background/pack-changes';
import { mergeSettings, parseManagedPolicy, type EffectiveSettings } from '../../../lib/policy/managed';
import type { PersonaMapDb } from '../../../lib/storage/db';
import { getMessage, loadMessages } from '../../../tooling/locales';
import { packChangeWords } from '../../../utils/pack-change-words';
import { freshDb } from '../sync/test-support';

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
    expect(await applyPackChange(deps({}), { kind: 'set-sync-interval', minutes: 90 })).toEqual({ ok: true, message: 'Sync-Intervall: alle 90 Minuten' });
    expect(await applyPackChange(deps({}), { kind: 'set-sync-interval', minutes: null })).toEqual({ ok: true, message: 'Sync-Intervall: Standard' });
  });

  it('says why it refused, keeping the low-level reason verbatim', async () => {
    const locked = await applyPackChange(deps({ lockSettings: true }), { kind: 'order', packIds: [] });
    expect(locked).toEqual({ ok: false, reason: expect.stringMatching(/^Die Richtlinie Ihrer Organisation sperrt diese Einstellungen \(lockSettings\)/) });
    expect(await applyPackChange(deps({}), { kind: 'enable', packId: 'acme', enabled: true })).toEqual({ ok: false, reason: 'Kein Paket „acme“ ist installiert' });
    const notAKey = await applyPackChange(deps({}), { kind: 'set-keys', keys: ['not-a-key'] });
    expect(notAKey).toEqual({ ok: false, reason: expect.stringMatching(/^Kein öffentlicher Persona-Map-Schlüssel \(not-a-key\): \S/) });
    const damaged = await applyPackChange(deps({}), { kind: 'import', fileName: 'acme.yaml', base64: '%%%', signature: null, force: false });
    expect(damaged).toEqual({ ok: false, reason: 'Acme.yaml ist nicht unversehrt angekommen' });
  });

  it('has a German sentence for every English one', () => {
    const german = packChangeWords();
    const plain = (words: typeof german) => Object.entries(words).filter(([, v]) => typeof v === 'string');
    for (const [name, text] of plain(german)) expect(text, name).not.toBe(englishPackChangeWords[name as keyof typeof german]);
    expect(Object.keys(german).sort()).toEqual(Object.keys(englishPackChangeWords).sort());
  });
});
