/**
 * Which URLs packs may be synced from: https only, loopback included. A pack decides what
 * sellers read and which links they send, so it must not be swappable by anyone on the
 * network path. (The end-to-end tests serve packs over HTTPS on 127.0.0.1.)
 */

export type SourceUrlCheck = { ok: true; url: string } | { ok: false; reason: string };

/** Why a URL is refused, in the UI language (utils/sync-words.ts); English by default. */
export interface SourceUrlWords {
  notAUrl(text: string): string;
  credentials(origin: string): string;
  plainHttp(url: string, httpsUrl: string): string;
  notHttps(url: string, protocol: string): string;
}

export const englishSourceUrlWords: SourceUrlWords = {
  notAUrl: (text) => `"${text}" is not a URL; a pack URL looks like https://example.com/packs/acme.json`,
  credentials: (origin) => `${origin}: remove the user name and password from the URL; they would be stored in plain text`,
  plainHttp: (url, httpsUrl) => `${url} uses http:, which anyone on the network can alter; publish the pack at an https: URL (${httpsUrl})`,
  notHttps: (url, protocol) => `${url}: only https: URLs can be synced (not ${protocol})`,
};

export function checkSourceUrl(input: string, words: SourceUrlWords = englishSourceUrlWords): SourceUrlCheck {
  const text = input.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: words.notAUrl(text) };
  }
  if (url.username || url.password) return { ok: false, reason: words.credentials(url.origin) };
  if (url.protocol === 'https:') return { ok: true, url: url.href };
  if (url.protocol === 'http:') return { ok: false, reason: words.plainHttp(url.href, `https://${url.host}${url.pathname}${url.search}`) };
  return { ok: false, reason: words.notHttps(url.href, url.protocol) };
}
