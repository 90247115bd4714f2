/** What a CLI command may touch, passed in so tests can run commands without a process. */
import type { Readable, Writable } from 'node:stream';

export interface CliIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  cwd: string;
}

export class UsageError extends Error {}

const LF = 0x0a;
const CR = 0x0d;

/**
 * Reads input in the chunks it arrives in, split into lines as readline splits them (\n, \r\n
 * or a lone \r), so large inputs stream instead of loading whole. Two choices make a long list
 * several times cheaper to process than the obvious readline loop:
 * - a batch of lines per chunk rather than a promise per line;
 * - each line decoded from its own bytes. Decoding a whole chunk makes every line in it a
 *   two-byte string as soon as one line holds an emoji, and V8 lowercases, hashes and
 *   serialises two-byte strings on slow paths; a line decoded alone is one-byte when it can be.
 *   It is also not a view into the chunk, so keeping it keeps nothing else alive.
 */
export async function* readLineBatches(input: Readable): AsyncGenerator<string[]> {
  let rest: Buffer | undefined;
  // The previous chunk ended with \r: a \n opening this one completes that line break.
  let afterCR = false;
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    let bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let start = afterCR && bytes[0] === LF ? 1 : 0;
    afterCR = false;
    if (rest) {
      bytes = Buffer.concat([rest, bytes]);
      rest = undefined;
    }
    const lines: string[] = [];
    let nextLF = bytes.indexOf(LF, start);
    let nextCR = bytes.indexOf(CR, start);
    for (;;) {
      if (nextLF !== -1 && nextLF < start) nextLF = bytes.indexOf(LF, start);
      if (nextCR !== -1 && nextCR < start) nextCR = bytes.indexOf(CR, start);
      const end = nextCR === -1 || (nextLF !== -1 && nextLF < nextCR) ? nextLF : nextCR;
      if (end === -1) break;
      lines.push(bytes.toString('utf8', start, end));
      start = end + 1;
      if (end === nextCR) {
        if (start === bytes.length) afterCR = true;
        else if (bytes[start] === LF) start++;
      }
    }
    if (start < bytes.length) rest = bytes.subarray(start);
    if (lines.length > 0) yield lines;
  }
  if (rest) yield [rest.toString('utf8')];
}

/** One line at a time, for commands whose work per line dwarfs the await. */
export async function* readLines(input: Readable): AsyncGenerator<string> {
  for await (const lines of readLineBatches(input)) yield* lines;
}

/** Writes respecting back-pressure: a million-line match must not buffer everything in memory. */
export function write(out: Writable, text: string | Uint8Array): Promise<void> | void {
  if (!out.write(text)) return new Promise((resolve) => out.once('drain', () => resolve()));
}
