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

export type PackCheck =
  | { ok: true; pack: Pack; signedBy: string | null }
  | { ok: false; code: PackCheckCode; reason: string; problems?: PackProblem[] };

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
}

export function describeProblems(where: string, problems: readonly PackProblem[]): string {
  const [first] = problems;
  if (!first) return `the pack at ${where} is not valid`;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  return `the pack at ${where} is not valid: ${first.path}: ${first.message}${more}`;
}

export async function checkPackBytes(bytes: Uint8Array, options: PackCheckOptions): Promise<PackCheck> {
  // Counted in bytes, first: a 25 MiB file of 3-byte characters is 8 million characters.
  const tooBig = sizeProblem(bytes.byteLength);
  if (tooBig) return { ok: false, code: 'invalid', reason: `the pack at ${options.where} ${tooBig}`, problems: [{ path: '$', message: tooBig }] };
  let signedBy: string | null = null;
  if (options.trustedKeys.length > 0) {
    if (options.signature === null)
      return {
        ok: false,
        code: 'unsigned',
        reason: `the pack at ${options.where} is not signed${options.signatureMissingBecause ? ` (${options.signatureMissingBecause})` : ''}; trusted keys are set, so only packs signed with one of them install (persona-map sign)`,
      };
    const verified = await verifyWithTrustedKeys(options.trustedKeys, bytes, options.signature, options.crypto);
    if (!verified.ok) return { ok: false, code: 'signature', reason: `signature check failed for ${options.where}: ${verified.reason}` };
    signedBy = verified.keyId;
  }
  const decoded = decodePackBytes(bytes);
  if (!decoded.ok)
    return { ok: false, code: 'invalid', reason: `the pack at ${options.where} ${decoded.message}`, problems: [{ path: '$', message: decoded.message }] };
  const parsed = parsePack(decoded.text, options.syntax ?? 'json');
  if (!parsed.ok) return { ok: false, code: 'invalid', reason: describeProblems(options.where, parsed.problems), problems: parsed.problems };
  return { ok: true, pack: parsed.pack, signedBy };
}
