/**
 * The UI's messages as the browser reads them: locales/<lang>.yml turned into the
 * `_locales/<lang>/messages.json` shape by @wxt-dev/i18n's own build code, and a getMessage that
 * substitutes `$1`…`$9` the way Chromium and Firefox do. Unit tests run the components with
 * these (test/unit/i18n-setup.ts); the locale tests compare them; the German e2e test reads
 * its expected strings from them.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';

export const LOCALES_DIR = join(import.meta.dirname, '..', 'locales');

export type Messages = Record<string, { message: string }>;

/** The locales that have a file: en, de, fr, es… */
export function localeNames(): string[] {
  return readdirSync(LOCALES_DIR)
    .filter((name) => name.endsWith('.yml'))
    .map((name) => name.replace(/\.yml$/, ''))
    .sort();
}

export async function loadMessages(locale: string): Promise<Messages> {
  return generateChromeMessages(await parseMessagesFile(join(LOCALES_DIR, `${locale}.yml`))) as Messages;
}

/** browser.i18n.getMessage over `messages`: '' for an unknown key, as the browsers answer. */
export function getMessage(messages: Messages, key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (subs[Number(which) - 1] ?? '')));
}

/** i18n.t's key for a message: `persona.leadWith` is stored as `persona_leadWith`. */
export const messageKey = (key: string) => key.replaceAll('.', '_');
