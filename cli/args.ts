// A small command-line parser: `command positional... --flag --option value --option=value`.
// Each command declares its own options, so a new command (issue 7's `sensitivity`) or option
// (issue 8's `--formulas`) is one entry in its spec.
import { CliError } from './errors';

export interface OptionSpec {
  /** Allowed values; absent: any value. */
  choices?: readonly string[];
}

export interface CommandSpec {
  /** Options without a value. */
  flags: readonly string[];
  /** Options with a value. */
  options: Readonly<Record<string, OptionSpec>>;
}

export interface ParsedArgs {
  command: string | undefined;
  positionals: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

const aliases: Record<string, string> = { '-h': '--help', '-v': '--version' };

/**
 * Parses argv. `known` names every option of any command: the word after a value option is never
 * mistaken for the command; `specFor` then checks the options against the command found.
 */
export function parseArgs(
  argv: readonly string[],
  known: { values: ReadonlySet<string>; flags: ReadonlySet<string> },
  specFor: (command: string | undefined) => CommandSpec,
): ParsedArgs {
  const valueOptions = known.values;
  const words: string[] = [];
  const given: { name: string; value: string | undefined }[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = aliases[argv[i] as string] ?? (argv[i] as string);
    if (arg === '--') {
      words.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg.length === 2) {
      words.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    let value = eq > 0 ? arg.slice(eq + 1) : undefined;
    if (value === undefined && valueOptions.has(name)) {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        value = next;
        i++;
      }
    }
    given.push({ name, value });
  }
  const command = words[0];
  const spec = specFor(command);
  const flags = new Set<string>();
  const options = new Map<string, string>();
  for (const { name, value } of given) {
    if (spec.flags.includes(name)) {
      if (value !== undefined) throw new CliError('cli.error.unknownOption', { option: `--${name}=${value}` });
      flags.add(name);
      continue;
    }
    const opt = spec.options[name];
    if (!opt) {
      if (valueOptions.has(name) || known.flags.has(name)) {
        throw new CliError('cli.error.optionNotHere', { option: name, command: command ?? '' });
      }
      throw new CliError('cli.error.unknownOption', { option: `--${name}` });
    }
    if (value === undefined || value === '') throw new CliError('cli.error.missingValue', { option: name });
    if (opt.choices && !opt.choices.includes(value)) {
      throw new CliError('cli.error.badValue', { option: name, value, choices: opt.choices.join(', ') });
    }
    options.set(name, value);
  }
  return { command, positionals: words.slice(1), flags, options };
}
