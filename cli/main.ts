// The command line: parse, run one command, map failures to exit statuses.
// 0 success; 2 the user's mistake (bad command line, unreadable file, invalid workbook), printed
// without a stack; 1 an internal error. Node-specific code lives here in cli/, never in engine/.
import '../engine/i18n/cli';
import { t, type Lang } from '../engine/i18n';
import pkg from '../package.json';
import { parseArgs, type CommandSpec } from './args';
import { commands } from './commands';
import { CliError, EXIT_INPUT, EXIT_INTERNAL, InvalidInputError } from './errors';
import { processOutput, type Output } from './io';
import { envLang, givenLang } from './lang';

const globalSpec: CommandSpec = { flags: ['help', 'version'], options: { lang: { choices: ['nl', 'en'] } } };

function specFor(command: string | undefined): CommandSpec {
  const own = command ? commands[command]?.spec : undefined;
  if (!own) return globalSpec;
  return { flags: [...globalSpec.flags, ...own.flags], options: { ...globalSpec.options, ...own.options } };
}

const known = {
  values: new Set(Object.values(commands).flatMap((c) => Object.keys(c.spec.options)).concat('lang')),
  flags: new Set(Object.values(commands).flatMap((c) => c.spec.flags).concat('help', 'version')),
};

/** The language for messages before a workbook is read: --lang if it parses, else the locale. */
function earlyLang(argv: readonly string[]): Lang {
  return givenLang(argv) ?? envLang();
}

export async function main(argv: readonly string[], out: Output = processOutput): Promise<number> {
  let lang = earlyLang(argv);
  const usage = () => t(lang, 'cli.usage', { version: pkg.version });
  try {
    const args = parseArgs(argv, known, specFor);
    if (args.flags.has('version')) {
      out.stdout(pkg.version);
      return 0;
    }
    if (args.flags.has('help')) {
      out.stdout(usage());
      return 0;
    }
    if (args.command === undefined) throw new CliError('cli.error.noCommand');
    const command = commands[args.command];
    if (!command) throw new CliError('cli.error.unknownCommand', { command: args.command });
    const run = await command.load();
    return await run(args, out);
  } catch (e) {
    if (e instanceof CliError) {
      out.stderr(t(lang, e.key, e.params));
      if (e.key !== 'cli.error.read' && e.key !== 'cli.error.write') out.stderr(`\n${usage()}`);
      return EXIT_INPUT;
    }
    if (e instanceof InvalidInputError) {
      // The workbook's own language, as for its results (cli/lang.ts), unless --lang was given.
      lang = givenLang(argv) ?? e.lang ?? lang;
      const { renderProblem } = await import('../engine/i18n/problems');
      const { problemCount } = await import('../engine/i18n/limits');
      out.stderr([
        t(lang, 'cli.error.invalidInput', { path: e.path, count: problemCount(lang, e.problems, 'error') }),
        ...e.problems.map((p) => `  ${renderProblem(lang, p)}`),
      ].join('\n'));
      return EXIT_INPUT;
    }
    const message = e instanceof Error ? e.message : String(e);
    out.stderr(t(lang, 'cli.error.internal', { message }));
    if (process.env.KOPPELKANS_DEBUG && e instanceof Error && e.stack) out.stderr(e.stack);
    else out.stderr(t(lang, 'cli.error.internalHint'));
    return EXIT_INTERNAL;
  }
}
