/**
 * Which URLs packs may be synced from: https only, loopback included. A pack decides what
 * sellers read and which links they send, so it must not be swappable by anyone on the
 * network path. (The end-to-end tests serve packs over HTTPS on 127.0.0.1.)
 */

export type SourceUrlCheck = { ok: true; url: string } | { ok: false; reason: string };

export function checkSourceUrl(input: string): SourceUrlCheck {
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
  if (url.protocol === 'http:')
    return {
      ok: false,
      reason: `${url.href} uses http:, which anyone on the network can alter; publish the pack at an https: URL (https://${url.host}${url.pathname}${url.search})`,
    };
  return { ok: false, reason: `${url.href}: only https: URLs can be synced (not ${url.protocol})` };
}
