import { describe, expect, it } from 'vitest';
import { parseArgs, type CommandSpec } from '../../cli/args';
import { CliError } from '../../cli/errors';

const computeSpec: CommandSpec = {
  flags: ['json', 'help'],
  options: { lang: { choices: ['nl', 'en'] }, rule: { choices: ['direct', 'equal'] }, out: {} },
};
const known = { values: new Set(['lang', 'rule', 'out']), flags: new Set(['json', 'help', 'formulas']) };
const parse = (argv: string[]) => parseArgs(argv, known, () => computeSpec);

describe('command-line parser', () => {
  it('takes the command, positionals, flags and options in any order', () => {
    const a = parse(['--lang', 'en', 'compute', 'x.xlsx', '--json', '--rule=equal']);
    expect(a.command).toBe('compute');
    expect(a.positionals).toEqual(['x.xlsx']);
    expect([...a.flags]).toEqual(['json']);
    expect(Object.fromEntries(a.options)).toEqual({ lang: 'en', rule: 'equal' });
  });

  it('does not take the word after a flag as its value', () => {
    const a = parse(['--json', 'compute', 'x.xlsx']);
    expect(a.command).toBe('compute');
    expect(a.positionals).toEqual(['x.xlsx']);
  });

  it('maps -h to --help and keeps words after -- as positionals', () => {
    const a = parse(['compute', '-h', '--', '--odd-name.xlsx']);
    expect(a.flags.has('help')).toBe(true);
    expect(a.positionals).toEqual(['--odd-name.xlsx']);
  });

  const code = (argv: string[]) => {
    try {
      parse(argv);
    } catch (e) {
      return e instanceof CliError ? e.key : 'other';
    }
    return 'none';
  };

  it('rejects unknown options, missing values, bad choices and options of other commands', () => {
    expect(code(['compute', 'x', '--nope'])).toBe('cli.error.unknownOption');
    expect(code(['compute', 'x', '--lang'])).toBe('cli.error.missingValue');
    expect(code(['compute', 'x', '--lang', 'de'])).toBe('cli.error.badValue');
    expect(code(['compute', 'x', '--rule', 'shapely'])).toBe('cli.error.badValue');
    expect(code(['compute', 'x', '--json=yes'])).toBe('cli.error.unknownOption');
    expect(code(['compute', 'x', '--formulas'])).toBe('cli.error.optionNotHere');
  });
});
