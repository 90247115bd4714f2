/**
 * Which URLs packs may be synced from: https only. A pack decides what sellers read and which
 * links they send, so it must not be swappable by anyone on the network path.
 *
 * `allowInsecureLocalhost` admits `http://127.0.0.1`, `http://[::1]` and `http://localhost`:
 * the end-to-end tests serve packs from a local plain-HTTP server, because giving Chromium a
 * trusted certificate for a throwaway test server needs machine-wide setup. Only test builds
 * set it; loopback traffic never leaves the machine, so it cannot be tampered with in transit.
 */

export interface SourceUrlOptions {
  allowInsecureLocalhost?: boolean;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export type SourceUrlCheck = { ok: true; url: string } | { ok: false; reason: string };

export function checkSourceUrl(input: string, options: SourceUrlOptions = {}): SourceUrlCheck {
  const text = input.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: `"${text}" is not a URL; a pack URL looks like https://example.com/packs/acme.json` };
  }
  if (url.username || url.password)
    return { ok: false, reason: `${url.origin}: remove the user name and password from the URL; they would be stored in plain text` };
  if (url.protocol === 'https:') return { ok: true, url: url.href };
  if (url.protocol === 'http:' && options.allowInsecureLocalhost && LOOPBACK_HOSTS.has(url.hostname)) return { ok: true, url: url.href };
  if (url.protocol === 'http:')
    return {
      ok: false,
      reason: `${url.href} uses http:, which anyone on the network can alter; publish the pack at an https: URL (https://${url.host}${url.pathname}${url.search})`,
    };
  return { ok: false, reason: `${url.href}: only https: URLs can be synced (not ${url.protocol})` };
}
