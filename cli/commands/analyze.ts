import type { Writable } from 'node:stream';
import { analyzeTitle } from '../../lib/titles/analyze';
import { command } from '../args';
import { readLines, write } from '../io';

/**
 * Output lines batched per input chunk: one write per 64 KiB (or whenever the input pauses)
 * instead of one per line, which is most of the cost of a 200k-line run. Back-pressure is
 * respected on every large flush, and a pause in the input flushes what is pending, so
 * interactive use still answers line by line.
 */
export class LineBatcher {
  private buffer = '';
  private timer: ReturnType<typeof setImmediate> | undefined;

  constructor(
    private readonly out: Writable,
    private readonly limit = 1 << 16,
  ) {}

  line(text: string): Promise<void> | void {
    this.buffer += `${text}\n`;
    if (this.buffer.length >= this.limit) return this.flush();
    this.timer ??= setImmediate(() => {
      this.timer = undefined;
      void this.flush();
    });
  }

  flush(): Promise<void> | void {
    if (this.timer) clearImmediate(this.timer);
    this.timer = undefined;
    const text = this.buffer;
    this.buffer = '';
    if (text) return write(this.out, text);
  }
}

/** `analyze`: titles on stdin, one JSON line per title (docs/title-analysis.md, CLI contract). */
export const analyze = command({}, async (_args, io) => {
  const out = new LineBatcher(io.stdout);
  for await (const line of readLines(io.stdin)) {
    const a = analyzeTitle(line);
    await out.line(
      JSON.stringify({ input: a.input, title: a.title, company: a.company, function: a.function, functions: a.functions, seniority: a.seniority }),
    );
  }
  await out.flush();
  return 0;
});
