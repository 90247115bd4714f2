/**
 * Turns downloaded or imported bytes into a pack the store may install: signature first
 * (when trusted keys are set, so a tampered file is reported as tampered rather than by
 * whatever it breaks), then UTF-8, syntax and the pack schema.
 */
import type { Pack } from '../pack/schema';
import { decodePackBytes, sizeProblem } from '../pack/decode';
import { verifyWithTrustedKeys } from '../pack/sign';
import { parsePack, type PackProblem, type PackSyntax } from '../pack/validate';

export type PackCheckCode = 'unsigned' | 'signature' | 'invalid';

export type PackCheck = { ok: true; pack: Pack; signedBy: string | null } | { ok: false; code: PackCheckCode; reason: string; problems?: PackProblem[] };

export interface PackCheckOptions {
  /** The public keys a pack must be signed with (sign.ts formats); empty: signatures are not required. */
  trustedKeys: readonly string[];
  /** The `.sig` text, or null when there is none. */
  signature: string | null;
  /** Why there is no signature, for the reason ("https://…/acme.json.sig answered HTTP 404"). */
  signatureMissingBecause?: string;
  /** What to call the pack in reasons: its URL or file name. */
  where: string;
  syntax?: PackSyntax;
  crypto?: Crypto;
  /** The reasons' sentences in the UI language (utils/sync-words.ts); English when absent. */
  words?: PackCheckWords;
}

/**
 * The sentences a refused pack is described in. What they wrap (a schema problem at a JSON path,
 * a signature's parse error) stays as the validator and the CLI word it, in English.
 */
export interface PackCheckWords {
  /** `problem` is the size or decoding problem ("is 30 MiB; the limit is 25 MiB"). */
  unreadable(where: string, problem: string): string;
  unsigned(where: string, because: string | null): string;
  signatureFailed(where: string, reason: string): string;
  invalid(where: string): string;
  /** The first problem at its JSON path, and how many more there are. */
  invalidAt(where: string, path: string, message: string, more: number): string;
  /** Why an imported file has no signature. */
  noSignatureChosen(fileName: string): string;
}

export const englishPackCheckWords: PackCheckWords = {
  unreadable: (where, problem) => `the pack at ${where} ${problem}`,
  unsigned: (where, because) =>
    `the pack at ${where} is not signed${because ? ` (${because})` : ''}; trusted keys are set, so only packs signed with one of them install (persona-map sign)`,
  signatureFailed: (where, reason) => `signature check failed for ${where}: ${reason}`,
  invalid: (where) => `the pack at ${where} is not valid`,
  invalidAt: (where, path, message, more) =>
    `the pack at ${where} is not valid: ${path}: ${message}${more > 0 ? ` (and ${more} more problem${more > 1 ? 's' : ''})` : ''}`,
  noSignatureChosen: (fileName) => `no ${fileName}.sig was chosen with it`,
};

export function describeProblems(where: string, problems: readonly PackProblem[], words: PackCheckWords = englishPackCheckWords): string {
  const [first] = problems;
  if (!first) return words.invalid(where);
  return words.invalidAt(where, first.path, first.message, problems.length - 1);
}

export async function checkPackBytes(bytes: Uint8Array, options: PackCheckOptions): Promise<PackCheck> {
  // Counted in bytes, first: a 25 MiB file of 3-byte characters is 8 million characters.
  const w = options.words ?? englishPackCheckWords;
  const tooBig = sizeProblem(bytes.byteLength);
  if (tooBig) return { ok: false, code: 'invalid', reason: w.unreadable(options.where, tooBig), problems: [{ path: '$', message: tooBig }] };
  let signedBy: string | null = null;
  if (options.trustedKeys.length > 0) {
    if (options.signature === null) return { ok: false, code: 'unsigned', reason: w.unsigned(options.where, options.signatureMissingBecause ?? null) };
    const verified = await verifyWithTrustedKeys(options.trustedKeys, bytes, options.signature, options.crypto);
    if (!verified.ok) return { ok: false, code: 'signature', reason: w.signatureFailed(options.where, verified.reason) };
    signedBy = verified.keyId;
  }
  const decoded = decodePackBytes(bytes);
  if (!decoded.ok)
    return { ok: false, code: 'invalid', reason: w.unreadable(options.where, decoded.message), problems: [{ path: '$', message: decoded.message }] };
  const parsed = parsePack(decoded.text, options.syntax ?? 'json');
  if (!parsed.ok) return { ok: false, code: 'invalid', reason: describeProblems(options.where, parsed.problems, w), problems: parsed.problems };
  return { ok: true, pack: parsed.pack, signedBy };
}
