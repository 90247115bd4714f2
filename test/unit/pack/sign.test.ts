import { generateKeyPairSync } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  generateKeyPair,
  keyId,
  parsePublicKey,
  PUBLIC_KEY_PREFIX,
  signBytes,
  verifyBytes,
  verifyWithTrustedKeys,
  type KeyPairText,
} from '../../../lib/pack/sign';

const bytes = new TextEncoder().encode('{"format": "persona-pack@1"}\n');
let keys: KeyPairText;
beforeAll(async () => {
  keys = await generateKeyPair();
});

describe('Ed25519 pack signatures', () => {
  it('writes one-line key and signature files', async () => {
    expect(keys.publicKey).toMatch(new RegExp(`^${PUBLIC_KEY_PREFIX}[A-Za-z0-9+/]{43}=\\n$`));
    expect(keys.privateKey).toMatch(/^[A-Za-z0-9+/]{64}\n$/);
    expect(await signBytes(keys.privateKey, bytes)).toMatch(/^[A-Za-z0-9+/]{86}==\n$/);
  });

  it('verifies the exact bytes and nothing else', async () => {
    const signature = await signBytes(keys.privateKey, bytes);
    expect(await verifyBytes(keys.publicKey, bytes, signature)).toEqual({ ok: true, keyId: await keyId(keys.publicKey) });
    const tampered = bytes.slice();
    tampered[5] = tampered[5]! ^ 0x01;
    expect(await verifyBytes(keys.publicKey, tampered, signature)).toEqual({
      ok: false,
      reason: 'the signature does not match: the pack was changed after it was signed, or it was signed with a different key',
    });
    const withNewline = new Uint8Array([...bytes, 0x0a]);
    expect((await verifyBytes(keys.publicKey, withNewline, signature)).ok).toBe(false);
  });

  it('refuses a key that did not sign', async () => {
    const other = await generateKeyPair();
    const signature = await signBytes(keys.privateKey, bytes);
    expect((await verifyBytes(other.publicKey, bytes, signature)).ok).toBe(false);
    expect(await verifyWithTrustedKeys([other.publicKey, keys.publicKey], bytes, signature)).toMatchObject({ ok: true });
    expect(await verifyWithTrustedKeys([other.publicKey], bytes, signature)).toMatchObject({ ok: false });
  });

  it('explains malformed signatures and keys', async () => {
    expect(await verifyBytes(keys.publicKey, bytes, 'hello')).toMatchObject({ ok: false, reason: expect.stringContaining('not an Ed25519 signature') });
    const signature = await signBytes(keys.privateKey, bytes);
    expect(await verifyBytes(keys.privateKey, bytes, signature)).toMatchObject({ ok: false, reason: expect.stringContaining('looks like a private key') });
    expect(await verifyWithTrustedKeys([], bytes, signature)).toMatchObject({ ok: false, reason: expect.stringContaining('no trusted public key') });
    expect(parsePublicKey('persona-map-ed25519:abc')).toMatchObject({ ok: false });
  });

  it('accepts a bare base64 public key and a PEM private key from openssl', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const raw = publicKey.export({ format: 'jwk' }).x!;
    const bare = Buffer.from(raw, 'base64url').toString('base64');
    const signature = await signBytes(pem, bytes);
    expect(await verifyBytes(bare, bytes, signature)).toMatchObject({ ok: true });
    await expect(signBytes('not a key!', bytes)).rejects.toThrow('not base64 PKCS#8');
    await expect(signBytes(keys.publicKey.replace(PUBLIC_KEY_PREFIX, ''), bytes)).rejects.toThrow('does not hold an Ed25519 private key');
  });
});
