import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readLineBatches, readLines } from '../../../cli/io';

/** What readline makes of the same bytes: the behaviour readLines promises. */
async function viaReadline(chunks: (Buffer | string)[]): Promise<string[]> {
  const out: string[] = [];
  for await (const line of createInterface({ input: Readable.from(chunks), crlfDelay: Infinity })) out.push(line);
  return out;
}

async function viaReadLines(chunks: (Buffer | string)[]): Promise<string[]> {
  const out: string[] = [];
  for await (const line of readLines(Readable.from(chunks))) out.push(line);
  return out;
}

/** Every way of cutting `bytes` into two chunks (and the whole). */
function twoChunkSplits(bytes: Buffer): Buffer[][] {
  const splits: Buffer[][] = [];
  for (let i = 0; i <= bytes.length; i++) splits.push([bytes.subarray(0, i), bytes.subarray(i)].filter((b) => b.length > 0));
  return splits;
}

describe('readLines', () => {
  const cases = ['a\nb\n', 'a\r\nb', 'a\r\r', 'a\n\n', '\n', '', 'x\ry\r\n', 'é€😀\nz', 'a\r', '\r\n\r\n', 'CISO 🚀\r\nLeiterin IT-Sicherheit'];

  it('splits lines exactly as readline does, wherever the chunks break (inside \\r\\n, inside a UTF-8 character)', async () => {
    for (const text of cases)
      for (const chunks of twoChunkSplits(Buffer.from(text))) expect(await viaReadLines(chunks), JSON.stringify(text)).toEqual(await viaReadline(chunks));
  });

  it('agrees with readline on random text cut into random chunks', async () => {
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const alphabet = ['a', 'B', 'é', '😀', '\r', '\n', ' '];
    for (let round = 0; round < 500; round++) {
      let text = '';
      for (let i = Math.floor(random() * 14); i > 0; i--) text += alphabet[Math.floor(random() * alphabet.length)];
      const bytes = Buffer.from(text);
      const cuts = [...new Set([random(), random(), random()].map((x) => Math.floor(x * (bytes.length + 1))))].sort((a, b) => a - b);
      const chunks: Buffer[] = [];
      let from = 0;
      for (const cut of [...cuts, bytes.length]) {
        if (cut > from) chunks.push(bytes.subarray(from, cut));
        from = cut;
      }
      expect(await viaReadLines(chunks), JSON.stringify(text)).toEqual(await viaReadline(chunks));
    }
  });

  it('reads string chunks too', async () => {
    expect(await viaReadLines(['Head of Sales\nCFO', ' at Acme\r\n'])).toEqual(['Head of Sales', 'CFO at Acme']);
  });

  it('hands over the lines of a chunk together, and a line cut by a chunk boundary whole', async () => {
    const batches: string[][] = [];
    for await (const batch of readLineBatches(Readable.from([Buffer.from('CISO\nCFO\nHead of'), Buffer.from(' Sales\n')]))) batches.push(batch);
    expect(batches).toEqual([['CISO', 'CFO'], ['Head of Sales']]);
  });
});
