/**
 * The README's shell commands, as a newcomer would copy them: every line of every ```sh block,
 * with its trailing `# comment` removed. The first block is the set-up ("two commands").
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

export interface ReadmeCommand {
  /** The command line without its comment. */
  command: string;
  /** 1-based line in README.md, for error messages. */
  line: number;
  /** Index of its ```sh block, 0 = the set-up block. */
  block: number;
}

/** Strips a `#` comment that is not inside quotes. */
function withoutComment(text: string): string {
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) return text.slice(0, i).trimEnd();
  }
  return text.trimEnd();
}

export function readmeCommands(markdown: string = README): ReadmeCommand[] {
  const commands: ReadmeCommand[] = [];
  const lines = markdown.split('\n');
  let block = -1;
  let inSh = false;
  let inOther = false;
  lines.forEach((raw, i) => {
    const fence = /^```\s*(\S*)/.exec(raw);
    if (fence) {
      if (inSh || inOther) {
        inSh = inOther = false;
      } else if (fence[1] === 'sh' || fence[1] === 'bash' || fence[1] === 'shell') {
        inSh = true;
        block++;
      } else inOther = true;
      return;
    }
    if (!inSh) return;
    const command = withoutComment(raw.trim());
    if (command) commands.push({ command, line: i + 1, block });
  });
  return commands;
}

/** The set-up block's commands split at `&&`: what "two commands" expands to. */
export function setUpSteps(markdown: string = README): string[] {
  return readmeCommands(markdown)
    .filter((c) => c.block === 0)
    .flatMap((c) => c.command.split('&&').map((step) => step.trim()));
}
