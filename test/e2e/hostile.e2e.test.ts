/**
 * Hostile input and faults, end to end (issue 19, docs/hostile-input.md): the built extension
 * in Chromium and the persona-map CLI are fed bad packs, a pack server that misbehaves in
 * every way we know, hostile pages and a lost database, while every request the extension
 * makes is logged. Each probe must end with a clear error (or the right outcome) and, where it
 * is hostile, the installed pack byte-identical (a SHA-256 of the database's pack rows). One
 * line per category is printed: probes tried, passed, and the installed-pack hash before and
 * after.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPair, signBytes, type KeyPairText } from '../../lib/pack/sign';
import type { PackInput } from '../../lib/pack/schema';
import { ExtensionSession, FIXTURES, ROOT } from './harness';

type Category = 'packs' | 'sync' | 'pages' | 'storage' | 'egress';
const CATEGORIES: Category[] = ['packs', 'sync', 'pages', 'storage', 'egress'];
const results = new Map<Category, { name: string; ok: boolean; detail?: string }[]>(CATEGORIES.map((c) => [c, []]));
const hashes = new Map<Category, { before?: string; after?: string }>(CATEGORIES.map((c) => [c, {}]));

function basePack(version: string, changes: Partial<PackInput> = {}): PackInput {
  return {
    format: 'persona-pack@1',
    id: 'acme-hostile',
    name: 'Acme hostile-test pack',
    version,
    publishedAt: '2026-11-01T09:00:00Z',
    personas: [
      {
        id: 'security-leader',
        name: 'Security Leader',
        match: { functions: ['security'], seniority: { min: 'manager' } },
        objections: [{ id: 'soc2', text: 'Are you SOC 2 audited?', response: 'Yes, Type II.', proof: ['soc2'] }],
      },
    ],
    assets: [{ id: 'soc2', title: 'SOC 2 report', type: 'security-doc', url: 'https://trust.acme.example/soc2' }],
    ...changes,
  };
}
const json = (value: unknown) => Buffer.from(JSON.stringify(value, null, 2));
/** A valid pack of about 11.5 MiB in UTF-8 but under 4 million characters: each "€" is 3 bytes. */
const wideCharacterPack = (version: string) =>
  json(
    basePack(version, {
      personas: [
        {
          id: 'cfo',
          name: 'CFO',
          match: { titles: ['cfo'] },
          objections: Array.from({ length: 400 }, (_, i) => ({ id: `o${i}`, text: 'Too expensive?', response: '€'.repeat(10_000) })),
        },
      ],
      assets: [],
    }),
  );

/** The admin's HTTPS server, whose behaviour each probe sets; every request is logged. */
class HostileServer {
  log: string[] = [];
  handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => void res.writeHead(404).end();
  sig: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => void res.writeHead(404).end();
  private server!: Server;
  url = '';

  async start(): Promise<void> {
    const tls = join(ROOT, 'test/fixtures/tls');
    this.server = createServer({ key: readFileSync(join(tls, 'localhost.key')), cert: readFileSync(join(tls, 'localhost.crt')) }, (req, res) => {
      res.setHeader('access-control-allow-origin', '*');
      res.setHeader('access-control-expose-headers', 'etag, retry-after');
      if (req.method === 'OPTIONS')
        return void res.writeHead(204, { 'access-control-allow-headers': 'if-none-match', 'access-control-allow-methods': 'GET' }).end();
      this.log.push(`${req.method} ${req.url}`);
      if (req.url === '/pack.json.sig') return this.sig(req, res);
      if (req.url === '/pack.json') return this.handle(req, res);
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `https://127.0.0.1:${(this.server.address() as AddressInfo).port}/pack.json`;
  }

  /** Serves these bytes with a signature (of `signed`, default the bytes) by `key`. */
  async serve(bytes: Buffer, key: string, options: { signed?: Buffer; type?: string } = {}): Promise<void> {
    const signature = await signBytes(key, options.signed ?? bytes);
    this.handle = (_req, res) => void res.writeHead(200, { 'content-type': options.type ?? 'application/json' }).end(bytes);
    this.sig = (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end(signature);
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** A SHA-256 of every installed pack row and pack preference: what "the installed pack" is. */
async function installedHash(page: Page): Promise<string> {
  const rows = await page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('persona-map');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['packs', 'packPrefs']);
          const packs = tx.objectStore('packs').getAll();
          const prefs = tx.objectStore('packPrefs').getAll();
          tx.oncomplete = () => {
            open.result.close();
            resolve(JSON.stringify([packs.result, prefs.result]));
          };
        };
      }),
  );
  return createHash('sha256').update(rows).digest('hex').slice(0, 16);
}

async function activeVersion(page: Page, packId: string): Promise<string | null> {
  return page.evaluate(
    (id) =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open('persona-map');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const rows = open.result.transaction('packs').objectStore('packs').getAll();
          rows.onsuccess = () => {
            open.result.close();
            resolve(
              (rows.result as Array<{ packId: string; version: string; active: number }>).find((r) => r.packId === id && r.active === 1)?.version ?? null,
            );
          };
        };
      }),
    packId,
  );
}

/**
 * The packs section's status line once an action has finished: every action shows a progress
 * line ending in "…" first, so the outcome is the first text after that which is not one.
 */
async function actionOutcome(options: Page, act: () => Promise<void>, timeout = 45_000): Promise<string> {
  // The section first renders a loading line (aria-busy) that React then replaces: watch the real one.
  await options.locator('section[aria-labelledby="packs-heading"]:not([aria-busy])').waitFor();
  await options.evaluate(() => {
    const w = window as unknown as { statusLog: string[]; statusObserver?: MutationObserver };
    w.statusLog = [];
    const el = document.querySelector('section[aria-labelledby="packs-heading"] > p[role="status"]')!;
    if (!w.statusObserver) {
      w.statusObserver = new MutationObserver(() => w.statusLog.push(el.textContent ?? ''));
      w.statusObserver.observe(el, { childList: true, characterData: true, subtree: true });
    }
  });
  await act();
  const outcome = async () => {
    const log = await options.evaluate(() => (window as unknown as { statusLog: string[] }).statusLog);
    const started = log.findIndex((text) => text.endsWith('…'));
    return started < 0 ? '' : (log.slice(started + 1).find((text) => text !== '' && !text.endsWith('…')) ?? '');
  };
  // A plain loop, not expect.poll: this also runs in beforeAll, outside any test.
  const deadline = Date.now() + timeout;
  for (;;) {
    const text = await outcome();
    if (text !== '') return text;
    if (Date.now() > deadline)
      throw new Error(
        `no outcome within ${timeout} ms; status lines: ${JSON.stringify(await options.evaluate(() => (window as unknown as { statusLog: string[] }).statusLog)).slice(0, 300)}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const run = (args: string[], cwd: string) =>
  new Promise<{ code: number; out: string }>((resolve) => {
    execFile(process.execPath, [join(ROOT, 'cli/persona-map.mjs'), ...args], { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, out: `${stdout}${stderr}` }),
    );
  });

describe('hostile input and faults', () => {
  let session: ExtensionSession;
  let options: Page;
  const server = new HostileServer();
  let plain: HttpServer;
  let plainUrl = '';
  const plainLog: string[] = [];
  let keys: KeyPairText;
  let stranger: KeyPairText;
  let dir: string;
  const egress: { url: string; fromExtension: boolean }[] = [];

  /** A probe: runs, and records whether it passed; `hostile` ones must leave the installed pack as it was. */
  async function probe(category: Category, name: string, work: () => Promise<void>, hostile = true): Promise<void> {
    let before = '';
    try {
      if (hostile) before = await installedHash(options);
      hashes.get(category)!.before ??= before || (await installedHash(options));
      await work();
      if (hostile) {
        const after = await installedHash(options);
        if (after !== before) throw new Error(`the installed pack changed: ${before} → ${after}`);
      }
      results.get(category)!.push({ name, ok: true });
    } catch (error) {
      results.get(category)!.push({ name, ok: false, detail: (error as Error).message.split('\n').slice(0, 3).join(' ') });
    }
    hashes.get(category)!.after = await installedHash(options).catch(() => 'unreadable');
  }

  const sync = () => actionOutcome(options, () => options.getByRole('listitem', { name: server.url }).getByRole('button', { name: 'Sync now' }).click());

  beforeAll(async () => {
    keys = await generateKeyPair();
    stranger = await generateKeyPair();
    dir = mkdtempSync(join(tmpdir(), 'persona-map-hostile-'));
    await server.start();
    plain = createHttpServer((req, res) => {
      plainLog.push(`${req.method} ${req.url}`);
      res.writeHead(200, { 'access-control-allow-origin': '*' }).end(json(basePack('9.9.9')));
    });
    await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
    plainUrl = `http://127.0.0.1:${(plain.address() as AddressInfo).port}/pack.json`;

    session = await ExtensionSession.launch({ extraArgs: ['--ignore-certificate-errors'] });
    session.context.on('request', (request) => {
      const frameUrl = (() => {
        try {
          return request.frame().url();
        } catch {
          return '';
        }
      })();
      egress.push({ url: request.url(), fromExtension: !!request.serviceWorker() || frameUrl.startsWith('chrome-extension://') });
    });
    // Routes added later are asked first: log every web request, then let the harness decide.
    await session.context.route(/^https?:\/\//, async (route) => {
      const request = route.request();
      const frameUrl = (() => {
        try {
          return request.frame().url();
        } catch {
          return '';
        }
      })();
      egress.push({ url: request.url(), fromExtension: !!request.serviceWorker() || frameUrl.startsWith('chrome-extension://') });
      await route.fallback();
    });
    options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);

    // The team's set-up: a trusted key, then the pack URL, synced to version 1.0.0.
    await actionOutcome(options, async () => {
      await options.fill('#new-key', keys.publicKey.trim());
      await options.getByRole('button', { name: 'Trust key' }).click();
    });
    await server.serve(json(basePack('1.0.0')), keys.privateKey);
    const added = await actionOutcome(options, async () => {
      await options.fill('#new-pack-url', server.url);
      await options.getByRole('button', { name: 'Add and sync' }).click();
    });
    expect(added).toContain('installed acme-hostile 1.0.0');
  });

  afterAll(async () => {
    for (const category of CATEGORIES) {
      const list = results.get(category)!;
      const { before, after } = hashes.get(category)!;
      console.log(
        `hostile ${category.padEnd(7)} tried ${String(list.length).padStart(3)}, passed ${String(list.filter((r) => r.ok).length).padStart(3)}; installed pack ${before} → ${after}`,
      );
      for (const failure of list.filter((r) => !r.ok)) console.log(`  FAILED ${category}: ${failure.name}: ${failure.detail}`);
    }
    await session?.close();
    await server.stop();
    plain?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('packs: the CLI and the options page import refuse every hostile pack with a clear error', async () => {
    const valid = JSON.stringify(basePack('5.0.0'), null, 2);
    const billionLaughs = [
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
    ].join('\n');
    const hostilePacks: { name: string; file: string; bytes: Buffer; cli: RegExp; ext?: RegExp }[] = [
      {
        name: 'UTF-16 LE with BOM',
        file: 'p.json',
        bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(valid, 'utf16le')]),
        cli: /is UTF-16 \(little-endian\) text; save it as UTF-8/,
      },
      {
        name: 'UTF-16 BE with BOM',
        file: 'p.json',
        bytes: Buffer.from(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(valid, 'utf16le')]).swap16()),
        cli: /UTF-16 \(big-endian\)/,
      },
      { name: 'UTF-16 without BOM', file: 'p.json', bytes: Buffer.from(valid, 'utf16le'), cli: /UTF-16/ },
      { name: 'Latin-1 text', file: 'p.json', bytes: Buffer.from(valid.replace('Security Leader', 'Sécurité'), 'latin1'), cli: /not UTF-8/ },
      {
        name: '11 MiB of 3-byte characters (under 4 million characters)',
        file: 'p.json',
        bytes: wideCharacterPack('5.0.0'),
        cli: /larger than the 10 MiB limit/,
      },
      {
        name: '11 MiB of ASCII',
        file: 'p.json',
        bytes: Buffer.from(valid.replace('"name": "Acme', `"x": "${' '.repeat(11 * 1024 * 1024)}", "name": "Acme`)),
        cli: /larger than the 10 MiB limit/,
      },
      {
        name: 'invalid JSON nested 100,000 deep',
        file: 'p.json',
        bytes: Buffer.from(`${'['.repeat(100_000)}1,]${']'.repeat(99_999)}`),
        cli: /not valid JSON at line 1, column 100003/,
      },
      {
        name: 'valid JSON nested 100,000 deep',
        file: 'p.json',
        bytes: Buffer.from(`${'['.repeat(100_000)}${']'.repeat(100_000)}`),
        cli: /\$: should be an object, not a list/,
      },
      {
        name: 'duplicate key',
        file: 'p.json',
        bytes: Buffer.from(valid.replace('"version": "5.0.0",', '"version": "5.0.0",\n  "version": "6.0.0",')),
        cli: /\$\.version: appears twice in the same object/,
      },
      {
        name: 'duplicate key through an escape',
        file: 'p.json',
        bytes: Buffer.from(valid.replace('"name": "Security Leader",', '"name": "Security Leader", "n\\u0061me": "X",')),
        cli: /\$\.personas\[0\]\.name: appears twice/,
      },
      {
        name: 'number where an insight goes',
        file: 'p.json',
        bytes: json({ ...basePack('5.0.0'), personas: [{ ...basePack('5.0.0').personas[0], goals: [123] }] }),
        cli: /goals\[0\]: should be text, or an object with "text"/,
      },
      {
        name: 'javascript: asset link',
        file: 'p.json',
        bytes: Buffer.from(valid.replace('https://trust.acme.example/soc2', 'javascript:alert(document.cookie)')),
        cli: /\$\.assets\[0\]\.url: must be an https: \(or mailto:\) link/,
      },
      {
        name: 'data: asset link',
        file: 'p.json',
        bytes: Buffer.from(valid.replace('https://trust.acme.example/soc2', 'data:text/html,<script>alert(1)</script>')),
        cli: /\$\.assets\[0\]\.url: must be an https:/,
      },
      {
        name: 'http: asset link',
        file: 'p.json',
        bytes: Buffer.from(valid.replace('https://trust.acme.example/soc2', 'http://trust.acme.example/soc2')),
        cli: /\$\.assets\[0\]\.url: must be an https:/,
      },
      {
        name: 'markup in a persona id',
        file: 'p.json',
        bytes: Buffer.from(valid.replace('"id": "security-leader"', '"id": "<img src=x onerror=alert(1)>"')),
        cli: /\$\.personas\[0\]\.id: .*short id of lowercase letters/,
      },
      { name: 'empty file', file: 'p.json', bytes: Buffer.alloc(0), cli: /not valid JSON at line 1, column 1: the file ends too early/ },
      { name: 'null', file: 'p.json', bytes: Buffer.from('null'), cli: /\$: should be an object, not null/ },
      {
        name: 'truncated JSON',
        file: 'p.json',
        bytes: Buffer.from(valid.slice(0, valid.length / 2)),
        cli: /not valid JSON at line \d+, column \d+: the file ends too early/,
      },
      {
        name: 'unknown top-level field',
        file: 'p.json',
        bytes: Buffer.from(valid.replace('"name": "Acme', '"__proto__": {"polluted": true}, "name": "Acme')),
        cli: /has unknown field "__proto__"/,
      },
      {
        name: '501 personas',
        file: 'p.json',
        bytes: json(
          basePack('5.0.0', { personas: Array.from({ length: 501 }, (_, i) => ({ id: `p${i}`, name: `P ${i}`, match: { titles: [`title ${i}`] } })) }),
        ),
        cli: /A pack holds at most 500 personas/,
      },
      {
        name: 'version that is not semver',
        file: 'p.json',
        bytes: Buffer.from(valid.replace('"version": "5.0.0"', '"version": "5.0"')),
        cli: /\$\.version: must be a version like 1\.4\.0/,
      },
      {
        name: 'YAML billion laughs',
        file: 'p.yaml',
        bytes: Buffer.from(billionLaughs),
        cli: /larger than the 10 MiB limit for a pack once its aliases are expanded/,
      },
      { name: 'YAML alias cycle', file: 'p.yaml', bytes: Buffer.from('a: &x\n  b: *x\n'), cli: /alias \*x refers to a node that contains it/ },
      {
        name: 'YAML syntax error',
        file: 'p.yaml',
        bytes: Buffer.from('id: acme\npersonas:\n  - id: [unclosed\n'),
        cli: /is not valid YAML at line \d+, column \d+/,
      },
      { name: 'YAML duplicate key', file: 'p.yaml', bytes: Buffer.from('id: a\nid: b\n'), cli: /is not valid YAML at line 2/ },
    ];

    for (const pack of hostilePacks) {
      await probe('packs', `CLI validate: ${pack.name}`, async () => {
        writeFileSync(join(dir, pack.file), pack.bytes);
        const { code, out } = await run(['validate', pack.file], dir);
        if (code !== 1) throw new Error(`exit ${code}: ${out.slice(0, 200)}`);
        if (!pack.cli.test(out)) throw new Error(`unclear message: ${out.slice(0, 300)}`);
        if (/\n\s+at |RangeError|TypeError|Invalid input/.test(out)) throw new Error(`stack trace or raw error: ${out.slice(0, 300)}`);
      });
      await probe('packs', `options import: ${pack.name}`, async () => {
        // Validly signed with the trusted key: the signature is not what refuses it.
        const signature = Buffer.from(await signBytes(keys.privateKey, pack.bytes));
        const outcome = await actionOutcome(options, () =>
          options.setInputFiles('#import-pack', [
            { name: pack.file, mimeType: 'application/octet-stream', buffer: pack.bytes },
            { name: `${pack.file}.sig`, mimeType: 'text/plain', buffer: signature },
          ]),
        );
        if (!outcome.startsWith(`${pack.file} cannot be installed: `)) throw new Error(`status: ${outcome.slice(0, 300)}`);
        // The reason names the file, and says the same as the CLI (one decoder, one validator).
        if (!(pack.ext ?? pack.cli).test(outcome)) throw new Error(`unclear reason: ${outcome.slice(0, 300)}`);
        if ((await options.getByRole('button', { name: /^Install / }).count()) !== 0) throw new Error('an Install button is offered');
      });
    }

    await probe('packs', 'CLI build: a CSV row with more cells than its header', async () => {
      const csv = join(dir, 'csv');
      rmSync(csv, { recursive: true, force: true });
      cpSync(join(ROOT, 'test/fixtures/csv-pack'), csv, { recursive: true });
      writeFileSync(
        join(csv, 'personas.csv'),
        `${readFileSync(join(csv, 'personas.csv'), 'utf8').trimEnd()}\nextra-cells,Extra Cells,primary,,Summary,CFO,,finance,,,,,,,,,,,spilled\n`,
      );
      const { code, out } = await run(['build', 'csv', '-o', 'out.json'], dir);
      if (code !== 1 || !/personas\.csv row \d+: has \d+ cells but the header has \d+ columns; the extra cell \("spilled"\) would be lost/.test(out))
        throw new Error(out.slice(0, 400));
    });
    await probe('packs', 'CLI build: YAML billion laughs without a stack trace', async () => {
      writeFileSync(join(dir, 'lol.yaml'), billionLaughs);
      const { code, out } = await run(['build', 'lol.yaml'], dir);
      if (code !== 1 || !/^lol\.yaml: is larger than the 10 MiB limit/.test(out) || /\n\s+at /.test(out)) throw new Error(out.slice(0, 400));
    });
    await probe('packs', 'a UTF-8 BOM is accepted by every CLI reader and by import', async () => {
      writeFileSync(join(dir, 'bom.json'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(valid)]));
      for (const args of [
        ['validate', 'bom.json'],
        ['lint', 'bom.json'],
        ['build', 'bom.json', '-o', 'bom-out.json'],
      ]) {
        const { code, out } = await run(args, dir);
        if (code !== 0) throw new Error(`${args[0]}: ${out.slice(0, 200)}`);
      }
      const outcome = await actionOutcome(options, () =>
        options.setInputFiles('#import-pack', [
          { name: 'bom.json', mimeType: 'application/json', buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(valid)]) },
        ]),
      );
      // Trusted keys are set, so an unsigned file is refused, but for that reason and no other.
      if (!/bom\.json cannot be installed: the pack at bom\.json is not signed/.test(outcome)) throw new Error(outcome);
    });
    await probe('packs', 'a signed import with the wrong signature is refused', async () => {
      const bytes = json(basePack('5.0.0'));
      const signature = await signBytes(stranger.privateKey, bytes);
      const outcome = await actionOutcome(options, () =>
        options.setInputFiles('#import-pack', [
          { name: 'team.json', mimeType: 'application/json', buffer: bytes },
          { name: 'team.json.sig', mimeType: 'text/plain', buffer: Buffer.from(signature) },
        ]),
      );
      if (!/team\.json cannot be installed: signature check failed for team\.json: the signature does not match/.test(outcome)) throw new Error(outcome);
    });

    const failed = results.get('packs')!.filter((r) => !r.ok);
    expect(failed).toEqual([]);
  });

  it('sync: a misbehaving pack server never changes the installed pack, and says what went wrong', async () => {
    const key = keys.privateKey;
    const good = json(basePack('2.0.0'));
    const signedGood = await signBytes(key, good);
    const sigOk = (_req: IncomingMessage, res: ServerResponse) => void res.writeHead(200).end(signedGood);
    const status =
      (code: number, headers: Record<string, string> = {}) =>
      (_req: IncomingMessage, res: ServerResponse) =>
        void res.writeHead(code, headers).end('nope');
    const nextAttempt = () =>
      options.evaluate(
        (url) =>
          new Promise<number>((resolve) => {
            const open = indexedDB.open('persona-map');
            open.onsuccess = () => {
              const get = open.result.transaction('packSources').objectStore('packSources').get(url);
              get.onsuccess = () => {
                open.result.close();
                resolve((get.result as { nextAttemptAt: number }).nextAttemptAt);
              };
            };
          }),
        server.url,
      );

    const faults: { name: string; set: () => Promise<void> | void; expect: RegExp; after?: () => Promise<void> }[] = [
      { name: 'HTTP 404', set: () => void (server.handle = status(404)), expect: /failed: .*answered HTTP 404/ },
      { name: 'HTTP 410', set: () => void (server.handle = status(410)), expect: /answered HTTP 410/ },
      { name: 'HTTP 500', set: () => void (server.handle = status(500)), expect: /answered HTTP 500/ },
      { name: 'HTTP 502', set: () => void (server.handle = status(502)), expect: /answered HTTP 502/ },
      { name: 'HTTP 401', set: () => void (server.handle = status(401)), expect: /answered HTTP 401/ },
      { name: 'HTTP 403', set: () => void (server.handle = status(403)), expect: /answered HTTP 403/ },
      {
        name: 'HTTP 503 with an exposed Retry-After of 20 minutes',
        set: () => void (server.handle = status(503, { 'retry-after': '1200' })),
        expect: /answered HTTP 503/,
        after: async () => {
          const wait = (await nextAttempt()) - Date.now();
          if (wait < 19 * 60_000) throw new Error(`next attempt in ${Math.round(wait / 1000)} s, not after Retry-After`);
        },
      },
      {
        name: 'HTTP 429 with a Retry-After date',
        set: () => void (server.handle = status(429, { 'retry-after': new Date(Date.now() + 3_600_000).toUTCString() })),
        expect: /answered HTTP 429/,
        after: async () => {
          const wait = (await nextAttempt()) - Date.now();
          if (wait < 55 * 60_000) throw new Error(`next attempt in ${Math.round(wait / 1000)} s, not after Retry-After`);
        },
      },
      {
        name: 'body shorter than its Content-Length',
        set: () =>
          void (server.handle = (_req, res) => {
            res.writeHead(200, { 'content-length': String(good.length) });
            res.write(good.subarray(0, 100));
            setTimeout(() => res.socket?.destroy(), 30);
          }),
        expect: /broke off|incomplete/,
      },
      {
        name: 'connection reset before any byte',
        set: () => void (server.handle = (req) => req.socket.destroy()),
        expect: /could not reach .*pack\.json/,
      },
      {
        name: 'announced as 11 MiB',
        set: () =>
          void (server.handle = (_req, res) => {
            res.writeHead(200, { 'content-length': String(11 * 1024 * 1024) });
            res.write(good);
            setTimeout(() => res.socket?.destroy(), 200);
          }),
        expect: /larger than the 10 MiB limit \(the server announced 11 MiB\)/,
      },
      {
        name: '11 MiB streamed without a length',
        set: () =>
          void (server.handle = (_req, res) => {
            res.writeHead(200, { 'content-type': 'application/json' });
            const chunk = Buffer.alloc(1024 * 1024, 0x20);
            for (let i = 0; i < 11; i++) res.write(chunk);
            res.end();
          }),
        expect: /larger than the 10 MiB limit \(stopped after/,
      },
      {
        name: '11 MiB of 3-byte characters, signed',
        set: () => server.serve(wideCharacterPack('2.0.0'), key),
        expect: /larger than the 10 MiB limit/,
      },
      {
        name: 'redirect to plain http',
        set: () => void (server.handle = status(302, { location: plainUrl })),
        expect: /answered with a redirect, which the extension does not follow/,
      },
      {
        name: 'redirect https to https',
        set: () => void (server.handle = status(301, { location: server.url.replace('/pack.json', '/moved.json') })),
        expect: /answered with a redirect, which the extension does not follow/,
      },
      { name: 'redirect to itself', set: () => void (server.handle = status(307, { location: server.url })), expect: /answered with a redirect/ },
      {
        name: 'an HTML error page with 200',
        set: () => server.serve(Buffer.from('<!doctype html><h1>Sign in</h1>'), key, { type: 'text/html' }),
        expect: /is not valid JSON at line 1, column 1/,
      },
      { name: 'a JSON list', set: () => server.serve(Buffer.from('[1,2,3]'), key), expect: /\$: should be an object, not a list/ },
      { name: 'an empty 200', set: () => server.serve(Buffer.alloc(0), key), expect: /the file ends too early/ },
      { name: 'bytes that are not UTF-8', set: () => server.serve(Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 0x20, 0x20]), key), expect: /is not UTF-8 text/ },
      { name: 'UTF-16', set: () => server.serve(Buffer.from(JSON.stringify(basePack('2.0.0')), 'utf16le'), key), expect: /is UTF-16 \(little-endian\) text/ },
      {
        name: 'a duplicate key, validly signed',
        set: () => server.serve(Buffer.from(good.toString().replace('"version": "2.0.0",', '"version": "2.0.0", "version": "3.0.0",')), key),
        expect: /\$\.version: appears twice/,
      },
      {
        name: 'invalid JSON 100,000 deep, validly signed',
        set: () => server.serve(Buffer.from(`${'['.repeat(100_000)}1,]${']'.repeat(99_999)}`), key),
        expect: /not valid JSON at line 1, column 100003/,
      },
      {
        name: 'a javascript: link, validly signed',
        set: () => server.serve(Buffer.from(good.toString().replace('https://trust.acme.example/soc2', 'javascript:alert(1)')), key),
        expect: /\$\.assets\[0\]\.url: must be an https:/,
      },
      {
        name: 'a wrong type in an insight, validly signed',
        set: () => server.serve(json({ ...basePack('2.0.0'), personas: [{ ...basePack('2.0.0').personas[0], goals: [123] }] }), key),
        expect: /goals\[0\]: should be text, or an object/,
      },
      {
        name: 'a signature that does not match',
        set: () => {
          server.handle = (_req, res) => void res.writeHead(200).end(good);
          server.sig = (_req, res) => void res.writeHead(200).end(signedGood.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')));
        },
        expect: /signature check failed/,
      },
      {
        name: 'a body changed after signing',
        set: () => {
          server.handle = (_req, res) => void res.writeHead(200).end(Buffer.from(good.toString().replace('Yes, Type II.', 'No.')));
          server.sig = sigOk;
        },
        expect: /signature check failed.*does not match/,
      },
      { name: 'signed by a key nobody trusts', set: () => server.serve(good, stranger.privateKey), expect: /signature check failed/ },
      {
        name: 'no .sig (404)',
        set: () => {
          server.handle = (_req, res) => void res.writeHead(200).end(good);
          server.sig = status(404);
        },
        expect: /is not signed \(.*pack\.json\.sig answered HTTP 404\)/,
      },
      {
        name: '.sig server error',
        set: () => {
          server.handle = (_req, res) => void res.writeHead(200).end(good);
          server.sig = status(500);
        },
        expect: /could not fetch the signature: .*answered HTTP 500/,
      },
      {
        name: '.sig that is not a signature',
        set: () => {
          server.handle = (_req, res) => void res.writeHead(200).end(good);
          server.sig = (_req, res) => void res.writeHead(200).end('<html>login</html>');
        },
        expect: /not an Ed25519 signature/,
      },
      {
        name: 'an older version',
        set: () => server.serve(json(basePack('0.9.0')), key),
        expect: /^Synced .*: the server has version 0\.9\.0, older than the installed 1\.0\.0, which stays in use$/,
      },
      {
        name: 'the same version with other content',
        set: () => server.serve(json(basePack('1.0.0', { name: 'Changed' })), key),
        expect: /^Synced .*: version 1\.0\.0 is already installed$/,
      },
      {
        name: 'a different pack at the same URL',
        set: () => server.serve(json(basePack('2.0.0', { id: 'someone-else' })), key),
        expect: /used to serve pack "acme-hostile" but now serves "someone-else"/,
      },
      {
        name: 'a body that stalls (slow drip past the timeout)',
        set: () =>
          void (server.handle = (_req, res) => {
            res.writeHead(200, { 'content-type': 'application/json' });
            res.write('{"format": ');
          }),
        expect: /did not answer within 30 seconds/,
      },
    ];

    for (const fault of faults) {
      await probe('sync', fault.name, async () => {
        server.sig = sigOk;
        await fault.set();
        const outcome = await sync();
        if (!fault.expect.test(outcome)) throw new Error(`status: ${outcome.slice(0, 300)}`);
        if (/failed/.test(outcome) && !/the installed pack is unchanged|Version [0-9.]+ stays in use/.test(outcome))
          throw new Error(`does not say the pack is unchanged: ${outcome.slice(0, 200)}`);
        await fault.after?.();
        if ((await activeVersion(options, 'acme-hostile')) !== '1.0.0') throw new Error('another version is in use');
      });
    }
    await probe('sync', 'nothing was requested from the plain-http redirect target', async () => {
      if (plainLog.length) throw new Error(`http requests: ${plainLog.join(', ')}`);
      if (server.log.some((line) => line.includes('/moved.json'))) throw new Error('the https redirect target was requested');
    });

    await probe('sync', 'the worker dying mid-sync is reported, not silent', async () => {
      const pending: (() => void)[] = [];
      server.handle = (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write(good.subarray(0, 10));
        pending.push(() => res.end(good.subarray(10)));
      };
      const outcome = await actionOutcome(options, async () => {
        await options.getByRole('listitem', { name: server.url }).getByRole('button', { name: 'Sync now' }).click();
        await expect.poll(() => server.log.at(-1)).toBe('GET /pack.json');
        const cdp = await session.context.newCDPSession(options);
        const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
        const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${session.extensionId}/`));
        await cdp.send('Target.closeTarget', { targetId: target!.targetId });
        await cdp.detach();
      });
      server.handle = (_req, res) => void res.writeHead(200).end(good);
      for (const release of pending) release();
      // The seller is told which sync stopped and why, and the installed version stays in use.
      const stopped = new RegExp(`^Syncing ${server.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} did not finish: \\S.{5,}`);
      if (!stopped.test(outcome)) throw new Error(outcome);
      if ((await activeVersion(options, 'acme-hostile')) !== '1.0.0') throw new Error('another version is in use');
    });

    await probe(
      'sync',
      'after all that, a good signed version still installs',
      async () => {
        server.sig = sigOk;
        server.handle = (_req, res) => void res.writeHead(200).end(good);
        const outcome = await sync();
        if (!/installed acme-hostile 2\.0\.0/.test(outcome)) throw new Error(outcome);
      },
      false,
    );

    expect(results.get('sync')!.filter((r) => !r.ok)).toEqual([]);
  });

  it('pages: hostile page content is read as text, changes nothing on the page, and breaks nothing', async () => {
    const fixture = readFileSync(join(FIXTURES, 'linkedin-profile-2025.html'), 'utf8');
    const page = await session.context.newPage();
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    const cases: { name: string; person?: string; headline?: string; body?: (html: string) => string; badge: RegExp; notAName?: true }[] = [
      { name: 'markup in the name', person: '<img src=x onerror="window.pwned=1;alert(1)">', badge: /./ },
      { name: 'a script tag in the headline', headline: 'CISO <script>window.pwned=1;alert(1)</script> at Evil', badge: /./ },
      { name: 'escaped markup in the headline', headline: 'Head of Security &lt;b onmouseover=alert(1)&gt;', badge: /./ },
      { name: 'a 100,000-character headline', headline: `VP of Security ${'and Compliance '.repeat(7000)}`, badge: /.*/ },
      // No one's name is 10,000 characters: it is not taken for one (lib/adapters/furniture.ts), so
      // the profile is the can't-read state, and the text shows nowhere in the panel.
      { name: 'a 10,000-character name', person: 'A'.repeat(10_000), badge: /^!$/, notAName: true },
      {
        name: 'right-to-left override and zero-width characters',
        person: 'Priya\u202eRaman\u200b\u2066',
        headline: 'VP of Security\u200d Engineering',
        badge: /./,
      },
      { name: 'a javascript: URL where the name is', person: 'javascript:alert(1)', badge: /./ },
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a member's headline that looks like a template is the hostile input.
      { name: 'a template-injection string', person: '{{constructor.constructor("alert(1)")()}}', headline: '${alert(1)} VP Security', badge: /.*/ },
      {
        name: 'a page nested 3,000 elements deep',
        body: (html) => html.replace(/<body[^>]*>/, (tag) => `${tag}<div>${'<div>'.repeat(3000)}x${'</div>'.repeat(3000)}</div>`),
        badge: /.*/,
      },
      // A profile URL that shows no one is the "can't read this page" state (issue 13, lib/adapters/health.ts).
      {
        name: 'a page with no contact at all',
        body: () => '<!doctype html><html><head><title>LinkedIn</title></head><body><main></main></body></html>',
        badge: /^!$/,
      },
    ];
    let n = 0;
    for (const c of cases) {
      await probe('pages', c.name, async () => {
        const url = `https://www.linkedin.com/in/hostile-${++n}/`;
        let html = fixture;
        // Written into the page as text (escaped), as LinkedIn would serve what a member typed.
        const escapeHtml = (text: string) => text.replace(/[<>&"]/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[ch]!);
        if (c.person) html = html.replaceAll('Priya Raman', escapeHtml(c.person));
        if (c.headline) html = html.replace('VP of Security Engineering at Northwind Health', escapeHtml(c.headline));
        if (c.body) html = c.body(html);
        session.pages.set(url, html);
        await page.goto(url);
        const before = await page.evaluate(() => document.documentElement.outerHTML);
        let tabId: number | null = null;
        try {
          tabId = await session.tabIdOf(page, 8000);
        } catch {
          if (!c.badge.test('')) throw new Error('the content script never reported');
        }
        if (tabId !== null) await session.waitForBadge(tabId, c.badge, 8000);
        await page.waitForTimeout(300);
        if (dialogs) throw new Error('a dialog opened');
        if (await page.evaluate(() => 'pwned' in window)) throw new Error('page script ran');
        if ((await page.evaluate(() => document.documentElement.outerHTML)) !== before) throw new Error('the LinkedIn page was changed');
        if (tabId !== null && c.person) {
          const panel = await session.openPanel(tabId);
          try {
            const heading = () => panel.getByRole('heading', { level: 1 }).first().textContent();
            if (c.notAName) {
              await expect.poll(heading, { timeout: 8000 }).toBe("Persona Map can't read this page");
              if ((await panel.locator('body').textContent())!.includes(c.person.slice(0, 80))) throw new Error('the non-name shows in the panel');
            } else
              await expect.poll(heading, { timeout: 8000 }).toContain(
                c.person
                  .slice(0, 50)
                  .replace(/[\u200b\u2066\u202e]/g, '')
                  .slice(0, 5),
              );
            if (await panel.evaluate(() => 'pwned' in window || document.querySelector('img[src="x"], script:not([src])') !== null))
              throw new Error('markup from the page was rendered in the panel');
          } finally {
            await panel.close();
          }
        }
      });
    }
    await page.close();
    expect(results.get('pages')!.filter((r) => !r.ok)).toEqual([]);
  });

  it('storage: a bad database row is never opened, and a lost database is rebuilt and reported', async () => {
    await probe(
      'storage',
      'a javascript: asset row written into the database is not opened from search',
      async () => {
        await options.evaluate(
          () =>
            new Promise<void>((resolve, reject) => {
              const open = indexedDB.open('persona-map');
              open.onsuccess = () => {
                const store = open.result.transaction('packs', 'readwrite').objectStore('packs');
                const all = store.getAll();
                all.onsuccess = () => {
                  const row = (
                    all.result as Array<{ active: number; packId: string; pack: { assets: { id: string; title: string; type: string; url: string }[] } }>
                  ).find((r) => r.active === 1 && r.packId === 'acme-hostile')!;
                  row.pack.assets.push({ id: 'evil', title: 'Zebra pricing sheet', type: 'one-pager', url: 'javascript:window.pwned=1' });
                  store.put(row).onsuccess = () => {
                    open.result.close();
                    resolve();
                  };
                };
              };
              open.onerror = () => reject(open.error);
            }),
        );
        const panel = await session.context.newPage();
        try {
          await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tab=1`);
          const box = panel.getByRole('combobox', { name: 'Search personas, objections and assets' });
          await box.fill('zebra pricing');
          await expect.poll(() => panel.getByRole('option').count()).toBeGreaterThan(0);
          const pagesBefore = session.context.pages().length;
          await box.press('Shift+Enter');
          await expect.poll(() => panel.getByRole('status').last().textContent()).toContain('Not opened: Zebra pricing sheet is not an https: or mailto: link');
          if (session.context.pages().length !== pagesBefore) throw new Error('a tab was opened');
          if (await panel.evaluate(() => 'pwned' in window)) throw new Error('the link ran');
        } finally {
          await panel.close();
        }
      },
      false,
    );

    const deleteDatabase = () =>
      options.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const request = indexedDB.deleteDatabase('persona-map');
            request.onsuccess = () => resolve('deleted');
            request.onerror = () => resolve(`error ${request.error?.name}`);
            request.onblocked = () => undefined; // the worker's Dexie closes on versionchange
          }),
      );
    await probe(
      'storage',
      'the database deleted under a running worker: the next sync rebuilds it and says so',
      async () => {
        if ((await deleteDatabase()) !== 'deleted') throw new Error('could not delete the database');
        const outcome = await sync();
        if (!/installed acme-hostile 2\.0\.0/.test(outcome)) throw new Error(`sync after the loss: ${outcome}`);
        await options.reload();
        await expect
          .poll(() => options.getByRole('alert', { name: 'Database recovered' }).textContent())
          .toMatch(/local database was lost \(.+\).*pack source was restored and is syncing again: https:\/\/127\.0\.0\.1/);
        // The packs section renders after its loading state: wait for the restored source's row.
        await expect.poll(() => options.getByRole('listitem', { name: server.url }).count(), { message: 'the pack source is not listed' }).toBe(1);
      },
      false,
    );
    await probe('storage', 'trusted keys survive the loss: an unsigned pack is still refused', async () => {
      server.handle = (_req, res) => void res.writeHead(200).end(json(basePack('3.0.0')));
      server.sig = (_req, res) => void res.writeHead(404).end();
      const outcome = await sync();
      if (!/is not signed/.test(outcome)) throw new Error(outcome);
    });
    await probe(
      'storage',
      'the notice can be dismissed',
      async () => {
        await options.getByRole('alert', { name: 'Database recovered' }).getByRole('button', { name: 'Dismiss' }).click();
        await expect.poll(() => options.getByRole('alert', { name: 'Database recovered' }).count()).toBe(0);
      },
      false,
    );
    await probe('storage', 'a healthy database after a worker restart is not mistaken for a lost one', async () => {
      const cdp = await session.context.newCDPSession(options);
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
      const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${session.extensionId}/`));
      if (target) await cdp.send('Target.closeTarget', { targetId: target.targetId });
      await cdp.detach();
      await sync();
      await options.reload();
      await options.waitForTimeout(300);
      if ((await options.getByRole('alert', { name: 'Database recovered' }).count()) !== 0) throw new Error('a recovery notice appeared');
    });

    expect(results.get('storage')!.filter((r) => !r.ok)).toEqual([]);
  });

  it('egress: the extension requested only the configured pack URL and its .sig', async () => {
    const allowed = new Set([server.url, `${server.url}.sig`]);
    const fromExtension = egress.filter((r) => r.fromExtension && /^https?:/.test(r.url));
    const distinct = [...new Set(fromExtension.map((r) => r.url))];
    await probe(
      'egress',
      'the extension made requests that were logged',
      async () => {
        if (!distinct.includes(server.url)) throw new Error(`no pack request in the log: ${distinct.join(', ')}`);
      },
      false,
    );
    for (const url of distinct)
      await probe(
        'egress',
        `only configured URLs: ${url.slice(0, 80)}`,
        async () =>
          void (
            allowed.has(url) ||
            (() => {
              throw new Error(`unexpected request to ${url}`);
            })()
          ),
        false,
      );
    await probe(
      'egress',
      'the pack server saw only the pack and its .sig',
      async () => {
        const paths = new Set(server.log.map((line) => line.split(' ')[1]));
        for (const path of paths) if (path !== '/pack.json' && path !== '/pack.json.sig') throw new Error(`requested ${path}`);
      },
      false,
    );
    await probe(
      'egress',
      'no plain-http request ever left',
      async () => {
        const http = egress.filter((r) => r.url.startsWith('http:'));
        if (http.length || plainLog.length) throw new Error(`http requests: ${[...http.map((r) => r.url), ...plainLog].join(', ')}`);
      },
      false,
    );
    await probe(
      'egress',
      'the extension never fetched LinkedIn or any page it reads',
      async () => {
        const leaked = fromExtension.filter((r) => /linkedin\.com|trust\.acme\.example/.test(r.url));
        if (leaked.length) throw new Error(leaked.map((r) => r.url).join(', '));
      },
      false,
    );
    await probe(
      'egress',
      'no contact data in any request URL',
      async () => {
        const leaked = egress.filter((r) => r.fromExtension && /Priya|Raman|Security%20Engineering|Northwind/i.test(r.url));
        if (leaked.length) throw new Error(leaked.map((r) => r.url).join(', '));
      },
      false,
    );
    await probe(
      'egress',
      'every request of the session went to 127.0.0.1 or to a routed page',
      async () => {
        const outside = egress.filter(
          (r) => /^https?:/.test(r.url) && !r.url.includes('127.0.0.1') && !session.pages.has(new URL(r.url).href.replace(/#.*$/, '')) && r.fromExtension,
        );
        if (outside.length) throw new Error(outside.map((r) => r.url).join(', '));
      },
      false,
    );

    expect(results.get('egress')!.filter((r) => !r.ok)).toEqual([]);
    const total = CATEGORIES.reduce((n, c) => n + results.get(c)!.length, 0);
    expect(total).toBeGreaterThanOrEqual(100);
  });
});
