import type { ParsedArgs } from '../args';
import { CliError } from '../errors';

/** The one file argument of a command. */
export function oneFile(args: ParsedArgs): string {
  const [file, ...rest] = args.positionals;
  if (file === undefined) throw new CliError('cli.error.missingFile');
  if (rest.length > 0) throw new CliError('cli.error.tooManyArgs', { args: rest.join(' ') });
  return file;
}
