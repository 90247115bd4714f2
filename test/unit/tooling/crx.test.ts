import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionIdFromManifestKey, extensionIdFromPublicKey, manifestKeyFromPem, packCrx, readCrx3, updateManifest } from '../../../tooling/crx';
import { SELF_HOSTED_KEY } from '../../../wxt.config';

let dir = '';
let keyPath = '';
let buildDir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pm-crx-'));
  // A throwaway key: the release key is never in the repository or on a test machine.
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  keyPath = join(dir, 'throwaway.pem');
  writeFileSync(keyPath, privateKey.export({ type: 'pkcs8', format: 'pem' }));
  buildDir = join(dir, 'build');
  mkdirSync(join(buildDir, 'icon'), { recursive: true });
  writeFileSync(join(buildDir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'Persona Map', version: '1.2.3', key: SELF_HOSTED_KEY }));
  writeFileSync(join(buildDir, 'background.js'), 'console.log(1)');
  writeFileSync(join(buildDir, 'icon/16.png'), 'png');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the extension id', () => {
  it('is the a–p spelling of the first 16 bytes of SHA-256 over the public key', () => {
    // The test build's key and the id Chromium gives it (docs/testing.md, checked in the browser).
    const testBuildKey =
      'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAod7oZXNgMAqXH+P11Om0tDHZOkWPPCs88Fy88DFIFd3daRXMkw5HyNLSURGJ66/hXe+JR6I/rQz530TGVDv9rLDz+B5dlM9Uww0S81tBUzLtGDDlA3DdKbsA32OhUugp46aQR9dWYQZ09Zm/U1vtOAQo3G/7If+n0cLGR47z6T07PDeKT3By26dg81zz0J8rJUxkhxLfQ75DUe4tKbvM2iwFPWUbKY51FitkuWFflm4JwSeqDzDD5dyAl3GkN0WqmhdkdzvcKUEybfHCcSu2YX8yap8WhH41LvL5rePzWyjxRQegNmUeUl1xN71fCzZH+Th7DP86O67eUUAqkK8JKwIDAQAB';
    expect(extensionIdFromManifestKey(testBuildKey)).toBe('gejdfgjklnfcogpjndokafcglocfeeio');
    expect(extensionIdFromPublicKey(new Uint8Array(0))).toBe('odlameecjipmbmbejkplpemijjgpljce'); // sha256('') = e3b0c442 98fc1c14 9afbf4c8 996fb924…
  });

  it('of the self-hosted build is pcljnccncfbckomfdbfjlailflofodfc', () => {
    const id = extensionIdFromManifestKey(SELF_HOSTED_KEY);
    expect(id).toBe('pcljnccncfbckomfdbfjlailflofodfc');
  });
});

describe('npm run pack:crx', () => {
  it('writes a CRX3 whose signature verifies, whose header id is the key’s, with the key in its manifest', async () => {
    const packed = await packCrx({ buildDir, keyPath, outDir: join(dir, 'out'), codebase: 'https://packs.example.com/ext/persona-map.crx' });
    const expectedId = extensionIdFromManifestKey(manifestKeyFromPem(readFileSync(keyPath)));
    expect(packed.id).toBe(expectedId);
    expect(packed.version).toBe('1.2.3');

    const crx = readCrx3(readFileSync(packed.crxPath));
    expect(crx.id).toBe(expectedId);
    expect(crx.verified).toBe(true);
    expect(crx.rsaKeys.map((k) => k.toString('base64'))).toEqual([manifestKeyFromPem(readFileSync(keyPath))]);

    const zip = await JSZip.loadAsync(crx.zip);
    expect(Object.keys(zip.files).sort()).toEqual(['background.js', 'icon/16.png', 'manifest.json']);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    // The build's own key (another id) is replaced: manifest and CRX name one id.
    expect(extensionIdFromManifestKey(manifest.key)).toBe(expectedId);
    expect(JSON.stringify(Object.values(zip.files).map((f) => f.name))).not.toMatch(/\.pem|\.key/);
    expect(readFileSync(join(buildDir, 'manifest.json'), 'utf8')).toContain(SELF_HOSTED_KEY); // the build dir is left as it was

    expect(readFileSync(packed.updatesPath, 'utf8')).toBe(
      updateManifest({ id: expectedId, version: '1.2.3', codebase: 'https://packs.example.com/ext/persona-map.crx' }),
    );
  });

  it('is caught by the reader when one byte of the zip changes', async () => {
    const packed = await packCrx({ buildDir, keyPath, outDir: join(dir, 'tamper'), codebase: 'https://packs.example.com/x.crx' });
    const bytes = readFileSync(packed.crxPath);
    bytes[bytes.length - 30] = bytes[bytes.length - 30]! ^ 0xff;
    expect(readCrx3(bytes).verified).toBe(false);
    expect(() => readCrx3(Buffer.from('PK\x03\x04 not a crx'))).toThrow('not a CRX file');
  });

  it('refuses a missing key instead of inventing a new one (a new key is a new id for every seller)', async () => {
    const missing = join(dir, 'nope.pem');
    await expect(packCrx({ buildDir, keyPath: missing, outDir: join(dir, 'o2'), codebase: 'https://x.example/a.crx' })).rejects.toThrow(
      `No signing key at ${missing}`,
    );
    expect(existsSync(missing)).toBe(false);
  });

  it('refuses a non-RSA key and a codebase that is not https', async () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const ed = join(dir, 'ed.pem');
    writeFileSync(ed, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    await expect(packCrx({ buildDir, keyPath: ed, outDir: join(dir, 'o3'), codebase: 'https://x.example/a.crx' })).rejects.toThrow('needs an RSA key');
    await expect(packCrx({ buildDir, keyPath, outDir: join(dir, 'o4'), codebase: 'http://x.example/a.crx' })).rejects.toThrow(
      '--codebase must be the https URL',
    );
  });
});

describe('the update manifest', () => {
  it('names the id, version and CRX URL, escaped for XML', () => {
    const xml = updateManifest({ id: 'abc', version: '2.0.0', codebase: 'https://h.example/p.crx?a=1&b=2' });
    expect(xml).toContain('<app appid="abc">');
    expect(xml).toContain('<updatecheck codebase="https://h.example/p.crx?a=1&amp;b=2" version="2.0.0" />');
  });
});
