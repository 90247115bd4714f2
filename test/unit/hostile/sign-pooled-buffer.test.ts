/**
 * A Node Buffer may be a view into a shared 8 KiB pool: signing its underlying ArrayBuffer
 * whole signs the pool, not the pack, and the browser's check of the real bytes then fails.
 */
import { describe, expect, it } from 'vitest';
import { generateKeyPair, signBytes, verifyBytes } from '../../../lib/pack/sign';

describe('signing a pooled Buffer', () => {
  it('signs exactly the bytes of the view', async () => {
    const keys = await generateKeyPair();
    const pooled = Buffer.from('{"id":"acme","version":"1.0.0"}');
    expect(pooled.byteLength).toBeLessThan(pooled.buffer.byteLength); // the probe: a view into a larger pool
    const signature = await signBytes(keys.privateKey, pooled);
    const exact = new TextEncoder().encode('{"id":"acme","version":"1.0.0"}');
    expect(await verifyBytes(keys.publicKey, exact, signature)).toMatchObject({ ok: true });
    expect(await verifyBytes(keys.publicKey, pooled, signature)).toMatchObject({ ok: true });
  });
});
