/**
 * Components call i18n.t (WXT's @wxt-dev/i18n), which asks browser.i18n.getMessage; WXT's fake
 * browser leaves that unimplemented, so unit tests answer from locales/en.yml, as an English
 * browser would.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessage, loadMessages } from '../../tooling/locales';

const english = await loadMessages('en');
Object.assign(fakeBrowser.i18n, {
  getMessage: (key: string, substitutions?: string | string[]) => getMessage(english, key, substitutions),
  getUILanguage: () => 'en',
});
