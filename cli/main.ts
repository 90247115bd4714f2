/**
 * persona-map: the admin's command line (docs/title-analysis.md, "The CLI contract").
 * Each command lives in commands/<name>.ts, declares the options it takes (args.ts) and receives
 * its positional arguments, those options parsed, and an IO object.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseCommandArgs, type Command } from './args';
import { UsageError, type CliIO } from './io';
import { readPrebuiltLexiconBeside } from './prebuilt-lexicon';

/** Every authoring form a pack may be given in (cli/load-pack.ts reads them all). */
const PACK_FORMS = 'pack.json|pack.yaml|pack.xlsx|csv-folder';

/**
 * Commands are imported when run, not at start-up: `match` need not load linkedom (detect)
 * or papaparse (build), and the bundled bin splits each command into its own chunk.
 */
const COMMANDS: Record<string, { load: () => Promise<Command>; usage: string }> = {
  validate: { load: async () => (await import('./commands/validate')).validate, usage: `validate <${PACK_FORMS}>` },
  build: { load: async () => (await import('./commands/build')).build, usage: 'build <pack.yaml|pack.xlsx|csv-folder> [-o pack.json]' },
  schema: { load: async () => (await import('./commands/schema')).schema, usage: 'schema [-o pack.schema.json]' },
  keygen: { load: async () => (await import('./commands/keygen')).keygen, usage: 'keygen --out <base> [--force]' },
  sign: { load: async () => (await import('./commands/sign')).sign, usage: 'sign <pack.json> --key <base>.key' },
  verify: { load: async () => (await import('./commands/verify')).verify, usage: 'verify <pack.json> --key <base>.pub [--sig <pack.json.sig>]' },
  analyze: { load: async () => (await import('./commands/analyze')).analyze, usage: 'analyze < titles.txt' },
  match: { load: async () => (await import('./commands/match')).match, usage: `match --pack <${PACK_FORMS}> < titles.txt` },
  lint: { load: async () => (await import('./commands/lint')).lint, usage: `lint <${PACK_FORMS}>` },
  coverage: { load: async () => (await import('./commands/coverage')).coverage, usage: `coverage --pack <${PACK_FORMS}> <titles.txt> [--json] [--top N]` },
  report: {
    load: async () => (await import('./commands/report')).report,
    usage: `report <${PACK_FORMS}> -o map.html [--titles titles.txt] [--today YYYY-MM-DD]`,
  },
  feedback: {
    load: async () => (await import('./commands/feedback')).feedback,
    usage: `feedback [--pack <${PACK_FORMS}>] [--min-sellers N] [--json] <corrections.csv|usage.csv>…`,
  },
  diff: { load: async () => (await import('./commands/diff')).diff, usage: 'diff <old-pack> <new-pack>' },
  detect: {
    load: async () => (await import('./commands/detect')).detect,
    usage: `detect --url <page-url> --html <saved-page.html> [--pack <${PACK_FORMS}>]`,
  },
};

/**
 * The version in the package's package.json, read when asked: the nearest one above this module
 * that is persona-map's (the sources sit one folder below it, the bundle two). Read, not imported,
 * so editing package.json does not make the bundle out of date.
 */
function packageVersion(): string {
  for (let dir = new URL('./', import.meta.url); ; dir = new URL('../', dir)) {
    const file = new URL('package.json', dir);
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'persona-map' && pkg.version) return pkg.version;
    }
    if (dir.pathname === '/') throw new Error(`no persona-map package.json above ${import.meta.url}`);
  }
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--version' || name === '-v' || name === 'version') {
    io.stdout.write(`persona-map ${packageVersion()}\n`);
    return 0;
  }
  const command = name ? COMMANDS[name] : undefined;
  if (command && args.some((a) => a === '--help' || a === '-h')) {
    io.stdout.write(`usage: persona-map ${command.usage}\n`);
    return 0;
  }
  if (!command) {
    io.stderr.write(
      `${name && name !== 'help' && name !== '--help' ? `unknown command "${name}"\n` : ''}usage: persona-map <command> (persona-map <command> --help; persona-map --version)\n`,
    );
    for (const { usage } of Object.values(COMMANDS)) io.stderr.write(`  persona-map ${usage}\n`);
    return name && name !== 'help' && name !== '--help' ? 2 : 0;
  }
  readPrebuiltLexiconBeside(import.meta.url);
  try {
    const run = await command.load();
    return await run.run(parseCommandArgs(name!, run.options, args), io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`persona-map ${name}: ${error.message}\nusage: persona-map ${command.usage}\n`);
      return 2;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      io.stderr.write(`persona-map ${name}: no such file: ${(error as NodeJS.ErrnoException).path}\n`);
      return 1;
    }
    throw error;
  }
}
