/** An in-memory CliIO for running commands without a process. */
import { PassThrough, Writable } from 'node:stream';
import type { CliIO } from '../../../cli/io';
import { runCli } from '../../../cli/main';

class Collect extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

export async function run(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Collect();
  const stderr = new Collect();
  const stdin = new PassThrough();
  stdin.end();
  const io: CliIO = { stdin, stdout, stderr, cwd };
  const code = await runCli(argv, io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}
