import { createReadStream, createWriteStream } from 'node:fs';
import { writeHeapSnapshot } from 'node:v8';
import { runCli } from './lib/cli/main';
await runCli(['match', '--pack', '/tmp/pb/pack-500.json'], { stdin: createReadStream('/tmp/pb/d100.txt'), stdout: createWriteStream('/dev/null'), stderr: process.stderr, cwd: process.cwd() });
(globalThis as any).gc();
console.log('heap MB', (process.memoryUsage().heapUsed / 1e6).toFixed(1));
writeHeapSnapshot('/tmp/pb/h.heapsnapshot');
