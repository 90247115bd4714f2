/**
 * persona-map: the admin's command line (shared/spec/title-analysis.md, "The CLI contract").
 * Each command lives in commands/<name>.ts and receives its arguments and an IO object.
 */
import { UsageError, type CliIO, type Command } from './io';
import { validate } from './commands/validate';
import { build } from './commands/build';
import { schema } from './commands/schema';
import { keygen } from './commands/keygen';
import { sign } from './commands/sign';
import { verify } from './commands/verify';
import { analyze } from './commands/analyze';
import { match } from './commands/match';
import { lint } from './commands/lint';
import { coverage } from './commands/coverage';
import { detect } from './commands/detect';

const COMMANDS: Record<string, { run: Command; usage: string }> = {
  validate: { run: validate, usage: 'validate <pack.json|pack.yaml>' },
  build: { run: build, usage: 'build <pack.yaml|csv-folder> [-o pack.json]' },
  schema: { run: schema, usage: 'schema > pack.schema.json' },
  keygen: { run: keygen, usage: 'keygen --out <base> [--force]' },
  sign: { run: sign, usage: 'sign <pack.json> --key <base>.key' },
  verify: { run: verify, usage: 'verify <pack.json> --key <base>.pub [--sig <pack.json.sig>]' },
  analyze: { run: analyze, usage: 'analyze < titles.txt' },
  match: { run: match, usage: 'match --pack <pack.json|pack.yaml> < titles.txt' },
  lint: { run: lint, usage: 'lint <pack.json|pack.yaml>' },
  coverage: { run: coverage, usage: 'coverage --pack <pack.json|pack.yaml> <titles.txt> [--json] [--top N]' },
  detect: { run: detect, usage: 'detect --url <page-url> --html <saved-page.html> [--pack <pack.json|pack.yaml>]' },
};

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr.write(`${name && name !== 'help' && name !== '--help' ? `unknown command "${name}"\n` : ''}usage: persona-map <command>\n`);
    for (const { usage } of Object.values(COMMANDS)) io.stderr.write(`  persona-map ${usage}\n`);
    return name && name !== 'help' && name !== '--help' ? 2 : 0;
  }
  try {
    return await command.run(args, io);
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
