/**
 * Detached Ed25519 signatures over the exact bytes of a pack file, with WebCrypto only
 * (`crypto.subtle`), so the same code signs in the CLI (Node 20) and verifies in the
 * extension's service worker (docs/testing.md, "Signatures").
 *
 * Text formats (all one line, base64, trailing whitespace ignored):
 * - `<base>.key`: the private key, PKCS#8 DER in base64. PEM armour
 *   (`-----BEGIN PRIVATE KEY-----`) is accepted too, so `openssl genpkey -algorithm ed25519` keys work.
 * - `<base>.pub`: `persona-map-ed25519:` followed by the raw 32-byte public key in base64.
 *   The prefix makes a key recognisable when pasted into a policy or the options page; a
 *   bare base64 key is accepted as well.
 * - `<file>.sig`: the 64-byte signature in base64.
 */

export const PUBLIC_KEY_PREFIX = 'persona-map-ed25519:';
const ED25519 = { name: 'Ed25519' } as const;

export type VerifyResult = { ok: true; keyId: string } | { ok: false; reason: string };

/**
 * Base64 of bytes, in chunks (one String.fromCharCode call over a whole file overflows the stack).
 * The options page sends an imported file this way: runtime messages carry JSON, not bytes.
 */
export function encodeBytes(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Strict base64 (standard alphabet, padding optional); null when the text is not base64. */
export function fromBase64(text: string): Uint8Array | null {
  const clean = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.replace(/=+$/, '').length % 4 === 1) return null;
  try {
    const binary = atob(clean);
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/**
 * Copies into a fresh ArrayBuffer of exactly these bytes: WebCrypto's types want an
 * ArrayBuffer, not a view. Not `bytes.slice()`: on a Node Buffer that is a view too (into
 * the shared 8 KiB pool for small buffers), whose `.buffer` is the whole pool.
 */
function buffer(bytes: Uint8Array): ArrayBuffer {
  return new Uint8Array(bytes).buffer as ArrayBuffer;
}

export interface KeyPairText {
  /** Contents of `<base>.key`. Keep it secret. */
  privateKey: string;
  /** Contents of `<base>.pub`: the line admins paste into trusted keys. */
  publicKey: string;
}

export async function generateKeyPair(crypto: Crypto = globalThis.crypto): Promise<KeyPairText> {
  const pair = (await crypto.subtle.generateKey(ED25519, true, ['sign', 'verify'])) as CryptoKeyPair;
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return { privateKey: `${encodeBytes(pkcs8)}\n`, publicKey: `${PUBLIC_KEY_PREFIX}${encodeBytes(raw)}\n` };
}

/** The raw 32 public key bytes, or a reason the text is not a public key. */
export function parsePublicKey(text: string): { ok: true; raw: Uint8Array } | { ok: false; reason: string } {
  const trimmed = text.trim();
  if (trimmed.includes('PRIVATE KEY') || trimmed.length > 100)
    return { ok: false, reason: 'this looks like a private key (.key); trusted keys are the public key from the .pub file' };
  const body = trimmed.startsWith(PUBLIC_KEY_PREFIX) ? trimmed.slice(PUBLIC_KEY_PREFIX.length) : trimmed;
  const raw = fromBase64(body);
  // A PKCS#8 Ed25519 private key is 48 bytes: someone pasted the .key file instead of the .pub.
  if (raw?.length === 48) return { ok: false, reason: 'this looks like a private key (.key); trusted keys are the public key from the .pub file' };
  if (raw?.length !== 32)
    return {
      ok: false,
      reason: `is not a persona-map public key (expected "${PUBLIC_KEY_PREFIX}" and 44 base64 characters, as in a .pub file from persona-map keygen)`,
    };
  return { ok: true, raw };
}

/** A short, stable name for a public key, shown in statuses ("signed by key 3f9a…"). */
export async function keyId(publicKeyText: string, crypto: Crypto = globalThis.crypto): Promise<string> {
  const parsed = parsePublicKey(publicKeyText);
  if (!parsed.ok) return 'invalid-key';
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer(parsed.raw)));
  return Array.from(digest.slice(0, 6), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function importPrivateKey(text: string, crypto: Crypto): Promise<CryptoKey> {
  const body = text.replace(/-----(BEGIN|END) PRIVATE KEY-----/g, '');
  const der = fromBase64(body);
  if (!der) throw new Error('the private key file is not base64 PKCS#8 text (as written by persona-map keygen)');
  try {
    return await crypto.subtle.importKey('pkcs8', buffer(der), ED25519, false, ['sign']);
  } catch {
    throw new Error('the private key file does not hold an Ed25519 private key (as written by persona-map keygen)');
  }
}

/** The contents of `<file>.sig` for these exact bytes. */
export async function signBytes(privateKeyText: string, bytes: Uint8Array, crypto: Crypto = globalThis.crypto): Promise<string> {
  const key = await importPrivateKey(privateKeyText, crypto);
  const signature = new Uint8Array(await crypto.subtle.sign(ED25519, key, buffer(bytes)));
  return `${encodeBytes(signature)}\n`;
}

/** Whether `signatureText` is a signature of `bytes` by the key in `publicKeyText`. */
export async function verifyBytes(publicKeyText: string, bytes: Uint8Array, signatureText: string, crypto: Crypto = globalThis.crypto): Promise<VerifyResult> {
  return verifyWithTrustedKeys([publicKeyText], bytes, signatureText, crypto);
}

/** Verifies against each trusted key in turn: a pack signed by any of them is accepted. */
export async function verifyWithTrustedKeys(
  trustedKeys: readonly string[],
  bytes: Uint8Array,
  signatureText: string,
  crypto: Crypto = globalThis.crypto,
): Promise<VerifyResult> {
  const signature = fromBase64(signatureText.trim());
  if (signature?.length !== 64)
    return { ok: false, reason: 'the signature file is not an Ed25519 signature (expected 88 base64 characters, as written by persona-map sign)' };
  const badKeys: string[] = [];
  for (const text of trustedKeys) {
    const parsed = parsePublicKey(text);
    if (!parsed.ok) {
      badKeys.push(`"${text.trim().slice(0, 24)}…" ${parsed.reason}`);
      continue;
    }
    const key = await crypto.subtle.importKey('raw', buffer(parsed.raw), ED25519, false, ['verify']);
    if (await crypto.subtle.verify(ED25519, key, buffer(signature), buffer(bytes))) return { ok: true, keyId: await keyId(text, crypto) };
  }
  if (trustedKeys.length === 0) return { ok: false, reason: 'no trusted public key is set to check the signature against' };
  if (badKeys.length === trustedKeys.length) return { ok: false, reason: `no usable trusted key: ${badKeys.join('; ')}` };
  return {
    ok: false,
    reason:
      trustedKeys.length === 1
        ? 'the signature does not match: the pack was changed after it was signed, or it was signed with a different key'
        : `the signature does not match any of the ${trustedKeys.length} trusted keys: the pack was changed after it was signed, or it was signed with a key that is not trusted`,
  };
}
