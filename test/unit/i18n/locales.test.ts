/**
 * Every UI string in every locale: each of de, fr and es has exactly the keys en has, with the
 * same {named} substitutions and the same plural form, and is a translation, not an English copy.
 * Every key is used by the code, so a message that no longer shows anywhere does not linger.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { LOCALES_DIR, localeNames } from '../../../tooling/locales';

type Parsed = Awaited<ReturnType<typeof parseMessagesFile>>[number];
const ROOT = join(import.meta.dirname, '../../..');
const REQUIRED_LOCALES = ['de', 'en', 'es', 'fr'];

async function messagesOf(locale: string): Promise<Map<string, Parsed>> {
  const parsed = await parseMessagesFile(join(LOCALES_DIR, `${locale}.yml`));
  // @@ui_locale and the other predefined messages are the browser's, not ours.
  return new Map(parsed.filter((m) => !m.key[0]!.startsWith('@@')).map((m) => [m.key.join('.'), m]));
}
const textOf = (m: Parsed) => (m.type === 'plural' ? Object.values(m.plurals).join(' | ') : m.type === 'simple' ? m.message : m.message);

/**
 * Messages that read the same in English and in this locale: the product's name, symbols,
 * and words these languages borrow (Account, Benchmark, Demo, "Jobs to be done").
 */
const SAME_AS_ENGLISH: Record<string, string[]> = {
  de: [
    'extName',
    'panel.navAccounts',
    'panel.listSeparator',
    'demo.label',
    'asset.link',
    'persona.label',
    'persona.jobs',
    'accounts.heading',
    'search.contextPersona',
    'search.contextPersonaRole',
  ],
  fr: [
    'extName',
    'asset.type.benchmark',
    'persona.objections',
    'packs.minutes',
    'sync.minutes',
    'diff.persona',
    'reason.fn.marketing',
    // The buying journey's last stage is "adoption" in French too.
    'stage.adoption',
    'search.contextPersona',
    'search.contextPersonaRole',
    'search.contextObjection',
    'search.contextQuestion',
  ],
  es: [
    'extName',
    'panel.nav',
    'panel.listSeparator',
    'demo.label',
    'asset.type.benchmark',
    'asset.type.demo',
    'reason.level.director',
    'search.contextPersona',
    'search.contextPersonaRole',
  ],
};

describe('the locales', () => {
  it('include en, de, fr and es', () => {
    expect(localeNames()).toEqual(expect.arrayContaining(REQUIRED_LOCALES));
  });

  describe.each(localeNames().filter((l) => l !== 'en'))('%s', (locale) => {
    it('has every key en has, and none en lacks', async () => {
      const [en, other] = await Promise.all([messagesOf('en'), messagesOf(locale)]);
      expect({ missing: [...en.keys()].filter((k) => !other.has(k)), extra: [...other.keys()].filter((k) => !en.has(k)) }).toEqual({ missing: [], extra: [] });
    });

    it('fills in the same {named} substitutions and counts ($1) as en, as a plural where en has one', async () => {
      const [en, other] = await Promise.all([messagesOf('en'), messagesOf(locale)]);
      const shape = (m: Parsed) => ({ plural: m.type === 'plural', named: [...m.namedSubstitutions].sort(), counted: m.substitutions });
      const differing = [...en].filter(([key, m]) => other.has(key) && JSON.stringify(shape(m)) !== JSON.stringify(shape(other.get(key)!))).map(([key]) => key);
      expect(differing).toEqual([]);
    });

    it('is translated: only the listed messages read as in English', async () => {
      const [en, other] = await Promise.all([messagesOf('en'), messagesOf(locale)]);
      const same = [...en].filter(([key, m]) => other.has(key) && textOf(m) === textOf(other.get(key)!)).map(([key]) => key);
      expect(same.sort()).toEqual([...(SAME_AS_ENGLISH[locale] ?? [])].sort());
    });
  });

  // Chromium refuses to load an extension whose messages.json has a name outside [A-Za-z0-9_@]
  // (a hyphen in a nested key did that once, and every e2e test failed to start the extension).
  it.each(localeNames())('%s: every message name is one Chromium and Firefox accept', async (locale) => {
    const names = [...(await messagesOf(locale)).values()].map((m) => m.key.join('_'));
    expect(names.filter((name) => !/^[A-Za-z0-9_@]+$/.test(name))).toEqual([]);
  });

  it.each(localeNames())('%s: name and description fit the stores (45 and 132 characters)', async (locale) => {
    const messages = await messagesOf(locale);
    expect(textOf(messages.get('extName')!).length).toBeLessThanOrEqual(45);
    expect(textOf(messages.get('extDescription')!).length).toBeLessThanOrEqual(132);
  });

  it.each(localeNames())('%s: uses $ only for the count of a plural (the browsers read any other $ as a placeholder)', async (locale) => {
    const stray = [...(await messagesOf(locale))].filter(([, m]) => /\$(?!1\b)/.test(textOf(m))).map(([key]) => key);
    expect(stray).toEqual([]);
  });

  it('has no key the code never asks for', async () => {
    const sources = ['components', 'entrypoints', 'utils', 'wxt.config.ts']
      .flatMap((path) => filesUnder(join(ROOT, path)))
      .map((file) => readFileSync(file, 'utf8'));
    const code = sources.join('\n');
    const unused = [...(await messagesOf('en')).keys()].filter((key) => {
      if (['extName', 'extDescription', 'actionTitle', 'commandSearch'].includes(key)) return !code.includes(`__MSG_${key}__`);
      return !code.includes(`'${key}'`);
    });
    expect(unused).toEqual([]);
  });
});

function filesUnder(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path)
    .flatMap((name) => filesUnder(join(path, name)))
    .filter((file) => /\.(ts|tsx)$/.test(file));
}
