/**
 * Self-hosting the extension: a signed CRX3 plus the update manifest (updates.xml) that
 * Chrome and Edge poll when policy force-installs the extension with an `update_url`
 * (docs/admin/self-hosting.md).
 *
 * The extension id is not chosen: it is the first 128 bits of SHA-256 over the signing key's
 * public half (DER SubjectPublicKeyInfo), written with the letters a–p for the hex digits 0–f.
 * The manifest's `key` must be that same public key, so this packer writes it from the signing
 * key instead of trusting the build: the CRX and its manifest can never name two ids.
 */
import { createHash, createPrivateKey, createPublicKey, verify } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** a–p for each hex digit of the first 16 bytes of SHA-256(public key DER). */
export function extensionIdFromPublicKey(spkiDer: Uint8Array): string {
  return idFromBytes(createHash('sha256').update(spkiDer).digest().subarray(0, 16));
}

function idFromBytes(bytes: Uint8Array): string {
  return [...Buffer.from(bytes).toString('hex')].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/** The manifest `key` value (base64 DER SubjectPublicKeyInfo) for a PEM private or public key. */
export function manifestKeyFromPem(pem: string | Buffer): string {
  return Buffer.from(createPublicKey(pem).export({ type: 'spki', format: 'der' })).toString('base64');
}

export const extensionIdFromManifestKey = (key: string): string => extensionIdFromPublicKey(Buffer.from(key, 'base64'));

const escapeXml = (value: string) => value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** The gupdate document Chrome and Edge read at `update_url`: which version, where its CRX is. */
export function updateManifest({ id, version, codebase }: { id: string; version: string; codebase: string }): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<gupdate xmlns="http://www.google.com/update2/response" protocol="2.0">
  <app appid="${escapeXml(id)}">
    <updatecheck codebase="${escapeXml(codebase)}" version="${escapeXml(version)}" />
  </app>
</gupdate>
`;
}

export interface PackedCrx {
  id: string;
  version: string;
  crxPath: string;
  updatesPath: string;
}

/**
 * Packs a built extension directory into `<outDir>/persona-map-<version>.crx` signed with the
 * RSA key at `keyPath`, and writes `<outDir>/updates.xml` pointing at `codebase`. Refuses a
 * missing key instead of inventing one (a new key is a new extension id for every seller).
 */
export async function packCrx({
  buildDir,
  keyPath,
  outDir,
  codebase,
}: {
  buildDir: string;
  keyPath: string;
  outDir: string;
  codebase: string;
}): Promise<PackedCrx> {
  if (!existsSync(keyPath))
    throw new Error(
      `No signing key at ${keyPath}: create one with "openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out <file>.pem" (docs/admin/self-hosting.md)`,
    );
  const pem = readFileSync(keyPath);
  const privateKey = createPrivateKey(pem);
  if (privateKey.asymmetricKeyType !== 'rsa') throw new Error(`${keyPath} is a ${privateKey.asymmetricKeyType} key; CRX signing needs an RSA key`);
  if (!/^https:\/\//.test(codebase)) throw new Error(`--codebase must be the https URL the CRX will be served from, got "${codebase}"`);
  const manifestPath = join(buildDir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`No manifest.json in ${buildDir}: run "npm run build" first`);

  const staging = mkdtempSync(join(tmpdir(), 'persona-map-crx-'));
  try {
    cpSync(buildDir, staging, { recursive: true });
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string; key?: string };
    manifest.key = manifestKeyFromPem(pem);
    writeFileSync(join(staging, 'manifest.json'), JSON.stringify(manifest));

    mkdirSync(outDir, { recursive: true });
    const crxPath = join(outDir, `persona-map-${manifest.version}.crx`);
    // crx3 (npm) writes the CRX3 container: protobuf header, RSA-SHA256 signature, zip.
    const writeCrx3 = createRequire(import.meta.url)('crx3') as (files: string[], options: { keyPath: string; crxPath: string }) => Promise<unknown>;
    await writeCrx3([join(staging, 'manifest.json')], { keyPath, crxPath });

    const id = extensionIdFromManifestKey(manifest.key);
    const updatesPath = join(outDir, 'updates.xml');
    writeFileSync(updatesPath, updateManifest({ id, version: manifest.version, codebase }));
    return { id, version: manifest.version, crxPath, updatesPath };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

export interface Crx3 {
  /** The id the signed header names. */
  id: string;
  /** Public keys of the RSA proofs, DER. */
  rsaKeys: Buffer[];
  /** Whether some RSA proof's key hashes to `id` and its signature verifies over header and zip. */
  verified: boolean;
  zip: Buffer;
}

/**
 * Reads a CRX3 file the way Chromium checks one (components/crx_file in Chromium): magic
 * "Cr24", version 3, a protobuf CrxFileHeader, then the zip. Written by hand, independent of
 * the library that packs, so the test does not check crx3 with itself.
 */
export function readCrx3(file: Buffer): Crx3 {
  if (file.subarray(0, 4).toString('latin1') !== 'Cr24') throw new Error('not a CRX file (no "Cr24" magic)');
  const version = file.readUInt32LE(4);
  if (version !== 3) throw new Error(`CRX version ${version}, expected 3`);
  const headerSize = file.readUInt32LE(8);
  const header = file.subarray(12, 12 + headerSize);
  const zip = file.subarray(12 + headerSize);

  const header1 = protobufFields(header);
  const proofs = (header1.get(2) ?? []).map((proof) => protobufFields(proof)); // sha256_with_rsa
  const signedData = header1.get(10000)?.[0];
  if (!signedData) throw new Error('CRX header has no signed_header_data');
  const crxId = protobufFields(signedData).get(1)?.[0];
  if (crxId?.length !== 16) throw new Error('CRX signed data has no 16-byte crx_id');
  const id = idFromBytes(crxId);

  const sizeLe = Buffer.alloc(4);
  sizeLe.writeUInt32LE(signedData.length);
  const signedPayload = Buffer.concat([Buffer.from('CRX3 SignedData\x00', 'latin1'), sizeLe, signedData, zip]);
  const rsaKeys = proofs.map((p) => p.get(1)?.[0]).filter((k): k is Buffer => !!k);
  const verified = proofs.some((proof) => {
    const key = proof.get(1)?.[0];
    const signature = proof.get(2)?.[0];
    if (!key || !signature || extensionIdFromPublicKey(key) !== id) return false;
    return verify('sha256', signedPayload, createPublicKey({ key, format: 'der', type: 'spki' }), signature);
  });
  return { id, rsaKeys, verified, zip };
}

/** Length-delimited fields of a protobuf message by field number (all the CRX header uses). */
function protobufFields(message: Buffer): Map<number, Buffer[]> {
  const fields = new Map<number, Buffer[]>();
  let at = 0;
  const varint = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      if (at >= message.length) throw new Error('truncated protobuf in CRX header');
      const byte = message[at++]!;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
  };
  while (at < message.length) {
    const tag = varint();
    const wire = tag & 7;
    const field = Math.floor(tag / 8);
    if (wire === 2) {
      const length = varint();
      fields.set(field, [...(fields.get(field) ?? []), message.subarray(at, at + length)]);
      at += length;
    } else if (wire === 0) varint();
    else throw new Error(`unexpected protobuf wire type ${wire} in CRX header`);
  }
  return fields;
}
