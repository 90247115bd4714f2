/**
 * Each command's options, read with node:util's parseArgs. Strict in what it accepts: an
 * option the command does not take is an error naming the option and the command (with the
 * nearest option it does take), not silently ignored, so a typo such as `--jsn` never runs the
 * command without the option the admin meant.
 */
import { parseArgs } from 'node:util';
import { closest } from '../lib/pack/suggest';
import { UsageError, type CliIO } from './io';

export type OptionSpecs = Record<string, { type: 'string' | 'boolean'; short?: string }>;

export type OptionValues<O extends OptionSpecs> = { [K in keyof O]?: O[K]['type'] extends 'string' ? string : boolean };

export interface ParsedArgs<O extends OptionSpecs> {
  positional: string[];
  options: OptionValues<O>;
}

export interface Command<O extends OptionSpecs = OptionSpecs> {
  options: O;
  run(args: ParsedArgs<O>, io: CliIO): Promise<number>;
}

/** A command with the options it takes; `const` keeps each option's type literal, so `run` sees `string` or `boolean` per option. */
export function command<const O extends OptionSpecs>(options: O, run: (args: ParsedArgs<O>, io: CliIO) => Promise<number>): Command<O> {
  return { options, run };
}

const spell = (name: string) => (name.length === 1 ? `-${name}` : `--${name}`);

/**
 * The positional arguments and options of `args` for the command `name`. Parsed leniently by
 * node:util (its tokens say what was written, value or not), then checked here, so every error
 * is a sentence of ours rather than Node's wording, which varies between versions.
 */
export function parseCommandArgs<O extends OptionSpecs>(name: string, specs: O, args: string[]): ParsedArgs<O> {
  const { positionals, values, tokens } = parseArgs({ args, options: specs, strict: false, allowPositionals: true, tokens: true });
  const known = Object.keys(specs);
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = specs[token.name];
    if (!spec) {
      const suggestion = closest(token.name, known);
      const hint = suggestion
        ? ` (did you mean ${spell(suggestion)}?)`
        : known.length
          ? `; ${name} takes ${known.map((o) => spell(o)).join(', ')}`
          : `; ${name} takes no options`;
      throw new UsageError(`unknown option ${token.rawName} for ${name}${hint}`);
    }
    if (spec.type === 'string' && token.value === undefined) throw new UsageError(`${token.rawName} needs a value`);
    if (spec.type === 'boolean' && token.inlineValue) throw new UsageError(`${token.rawName} takes no value (got "${token.value}")`);
  }
  return { positional: positionals, options: values as OptionValues<O> };
}
