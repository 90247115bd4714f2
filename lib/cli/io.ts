/** What a CLI command may touch, passed in so tests can run commands without a process. */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

export interface CliIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  cwd: string;
}

export type Command = (args: string[], io: CliIO) => Promise<number>;

export class UsageError extends Error {}

/** Reads stdin one line at a time, so large inputs stream instead of loading whole. */
export async function* readLines(input: Readable): AsyncGenerator<string> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) yield line;
}

/** Writes respecting back-pressure: a million-line match must not buffer everything in memory. */
export function write(out: Writable, text: string | Uint8Array): Promise<void> | void {
  if (!out.write(text)) return new Promise((resolve) => out.once('drain', () => resolve()));
}

/** `--name value` options and positional arguments, nothing cleverer. */
export function parseArgs(args: string[], valued: string[] = []): { positional: string[]; options: Record<string, string | true> } {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      if (inline !== undefined) options[name] = inline;
      else if (valued.includes(name)) {
        const value = args[++i];
        if (value === undefined) throw new UsageError(`--${name} needs a value`);
        options[name] = value;
      } else options[name] = true;
    } else if (arg === '-o') {
      const value = args[++i];
      if (value === undefined) throw new UsageError('-o needs a file name');
      options.out = value;
    } else positional.push(arg);
  }
  return { positional, options };
}
