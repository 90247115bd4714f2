/**
 * Pack bytes to pack text, the one way every reader does it (the CLI commands, the options
 * page's import, sync): the size limit counted in bytes before anything is decoded, a UTF-8
 * byte-order mark dropped (spreadsheet tools and Windows editors write one), UTF-16 named as
 * such rather than decoded into garbage, and anything else that is not UTF-8 refused.
 */
import { MAX_PACK_BYTES } from './schema';

export type DecodedPack = { ok: true; text: string } | { ok: false; message: string };

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MiB`;

/** Why `byteCount` bytes may not be a pack, or null when they may. */
export function sizeProblem(byteCount: number, limit = MAX_PACK_BYTES): string | null {
  return byteCount > limit ? `is ${mib(byteCount)}, larger than the ${mib(limit)} limit for a pack` : null;
}

/** UTF-8 byte length of a string without encoding it (lone surrogates count as U+FFFD, 3 bytes). */
export function utf8ByteLength(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2; // 4 bytes for the pair of 2 code units
      i++;
    } else bytes += 2;
  }
  return bytes;
}

/** Which UTF-16 the bytes look like: a byte-order mark, or ASCII text with every other byte zero. */
function utf16Kind(bytes: Uint8Array): 'little-endian' | 'big-endian' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'little-endian';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'big-endian';
  if (bytes.length >= 4 && bytes[0] !== 0 && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0) return 'little-endian';
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] !== 0 && bytes[2] === 0 && bytes[3] !== 0) return 'big-endian';
  return null;
}

export function decodePackBytes(bytes: Uint8Array, limit = MAX_PACK_BYTES): DecodedPack {
  const tooBig = sizeProblem(bytes.byteLength, limit);
  if (tooBig) return { ok: false, message: tooBig };
  const utf16 = utf16Kind(bytes);
  if (utf16) return { ok: false, message: `is UTF-16 (${utf16}) text; save it as UTF-8 (in most editors: "Save with encoding", UTF-8)` };
  try {
    // ignoreBOM: false (the default) drops a leading UTF-8 byte-order mark.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, message: 'is not UTF-8 text; save it as UTF-8' };
  }
}
