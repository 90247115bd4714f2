import type { Writable } from 'node:stream';
import { BoundedMap } from '../../lib/titles/bounded-map';
import { compilePack, type CompiledPack, type MatchOutcome } from '../../lib/titles/compile';
import { matchOutcome } from '../../lib/titles/match';
import { sayReasons } from '../../lib/titles/reasons';
import { command } from '../args';
import { readLineBatches, UsageError, write } from '../io';
import { loadPack } from '../load-pack';

/** Output lines of `match` are written in chunks of about this many bytes. */
const CHUNK = 1 << 16;
/** Every output line starts with these bytes, then the quoted input and the outcome's tail. */
const HEAD = Buffer.from('{"input":');
const QUOTE = 0x22;
/** What JSON.stringify would escape in a string: quotes, backslashes, control characters and (lone) surrogates. */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
/** Input lines and encoded outcomes remembered. */
const CACHE_LIMIT = 50_000;
/** The line cache's hit rate is measured over windows of this many lookups… */
const RATE_WINDOW = 4096;
/** …and below this rate only one line in SAMPLE uses the cache. */
const MIN_HIT_RATE = 0.05;
const SAMPLE = 8;

/**
 * The output of `match`, encoded straight into byte chunks: one line per title with the CLI
 * contract's fields. Everything after "input" depends only on the outcome, which repeated
 * titles share, so it is serialised and UTF-8 encoded once per outcome; runners-up are listed
 * with their scores, the winner's reasons say how it beat the first of them. Exact repeats of an
 * input line (CRM exports repeat titles heavily) skip matching altogether: the result is a pure
 * function of the line and the pack. Chunks are written when full or whenever the input pauses,
 * so interactive use still answers line by line, and back-pressure is respected on every write.
 */
export class MatchOutput {
  private buffer = Buffer.allocUnsafe(CHUNK);
  private pos = 0;
  private timer: ReturnType<typeof setImmediate> | undefined;
  /** Encoded tails by outcome (outcomes are shared by every title that reads alike). */
  private readonly tails = new BoundedMap<MatchOutcome, Buffer>(CACHE_LIMIT);
  /** Input lines remembered with their tails (each line its own string: readLineBatches decodes lines one by one). */
  private readonly seen = new BoundedMap<string, Buffer>(CACHE_LIMIT);
  /**
   * The line cache pays off where lines repeat (a CRM export). Where they hardly do, looking
   * each line up and remembering it costs more than the rare hit saves, so then only every
   * SAMPLE-th line uses the cache: enough to catch a title that does recur, and to notice when
   * lines start repeating again. Hits and lookups count the current window of used lines.
   */
  private hits = 0;
  private lookups = 0;
  private hitRate = 1;
  private skipped = 0;

  constructor(
    private readonly out: Writable,
    private readonly compiled: CompiledPack,
  ) {}

  line(input: string): Promise<void> | void {
    const sampled = this.hitRate >= MIN_HIT_RATE || ++this.skipped % SAMPLE === 0;
    let tail = sampled ? this.seen.get(input) : undefined;
    if (tail === undefined) {
      tail = this.tail(matchOutcome(input, this.compiled));
      if (sampled) this.seen.set(input, tail);
    } else this.hits++;
    if (sampled && ++this.lookups === RATE_WINDOW) {
      this.hitRate = this.hits / RATE_WINDOW;
      this.hits = this.lookups = 0;
    }
    // Most lines need no escaping: written between quotes as they are, with no quoted copy.
    const quoted = NEEDS_ESCAPE.test(input) ? JSON.stringify(input) : undefined;
    // At most 3 UTF-8 bytes per UTF-16 unit.
    const most = HEAD.length + (quoted ?? input).length * 3 + 2 + tail.length;
    // biome-ignore lint/complexity/noUselessUndefinedInitialization: TypeScript does not count a `void` type as assigned without it.
    let pending: Promise<void> | void = undefined;
    if (this.pos + most > this.buffer.length) {
      pending = this.flush();
      if (most > this.buffer.length) this.buffer = Buffer.allocUnsafe(most);
    }
    const buffer = this.buffer;
    // Nine bytes: a loop costs less than TypedArray#set's checks.
    for (let k = 0; k < HEAD.length; k++) buffer[this.pos++] = HEAD[k]!;
    if (quoted !== undefined) this.pos += buffer.write(quoted, this.pos);
    else {
      buffer[this.pos++] = QUOTE;
      this.pos += buffer.write(input, this.pos);
      buffer[this.pos++] = QUOTE;
    }
    // TypedArray#set: Buffer#copy's argument checks cost more than the copy itself.
    buffer.set(tail, this.pos);
    this.pos += tail.length;
    if (pending) return pending;
    this.timer ??= setImmediate(() => {
      this.timer = undefined;
      void this.flush();
    });
  }

  flush(): Promise<void> | void {
    if (this.timer) clearImmediate(this.timer);
    this.timer = undefined;
    if (this.pos === 0) return;
    const chunk = this.buffer.subarray(0, this.pos);
    // The stream keeps the written chunk: the next lines go to a new one.
    this.buffer = Buffer.allocUnsafe(CHUNK);
    this.pos = 0;
    return write(this.out, chunk);
  }

  /** The bytes after the input, ending the line: shared by every title with the same outcome. */
  private tail(r: MatchOutcome): Buffer {
    let tail = this.tails.get(r);
    if (tail === undefined) {
      const json = JSON.stringify({
        persona: r.persona,
        kind: r.kind,
        score: r.score,
        reasons: sayReasons(r.reasons),
        alternatives: r.alternatives.map((a) => ({ persona: a.persona, kind: a.kind, score: a.score })),
      });
      tail = Buffer.from(`,${json.slice(1)}\n`);
      this.tails.set(r, tail);
    }
    return tail;
  }
}

/** `match --pack <file>`: titles on stdin, one JSON line per title with the persona and its reasons. */
export const match = command({ pack: { type: 'string' } }, async ({ options }, io) => {
  const file = options.pack;
  if (typeof file !== 'string') throw new UsageError('match needs a pack: persona-map match --pack pack.json < titles.txt');
  const pack = await loadPack(file, io);
  if (!pack) return 1;
  const out = new MatchOutput(io.stdout, compilePack(pack, { explainRunnersUp: false }));
  for await (const lines of readLineBatches(io.stdin))
    for (const input of lines) {
      const full = out.line(input);
      if (full) await full;
    }
  await out.flush();
  return 0;
});
