// What a command is: its options and what it does. Commands are listed in ./index.ts.
import type { CommandSpec, ParsedArgs } from '../args';
import type { Output } from '../io';

export interface Command {
  spec: CommandSpec;
  /** Resolves to the exit status. Throws CliError / InvalidInputError for the user's mistakes. */
  run(args: ParsedArgs, out: Output): Promise<number>;
}
