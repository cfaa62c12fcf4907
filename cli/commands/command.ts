// What a command is: its options (known up front, to parse the command line) and its code, loaded
// only when the command runs, so `--help` and usage errors do not load the engine and SheetJS.
import type { CommandSpec, ParsedArgs } from '../args';
import type { Output } from '../io';

export type RunCommand = (args: ParsedArgs, out: Output) => Promise<number>;

export interface Command {
  spec: CommandSpec;
  /** Resolves to the function that runs it; that resolves to the exit status and throws
   *  CliError / InvalidInputError for the user's mistakes. */
  load(): Promise<RunCommand>;
}
