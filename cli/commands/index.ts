// The commands of `koppelkans`. A new command is one import and one entry here.
import type { Command } from './command';
import { computeCommand } from './compute';
import { exampleCommand } from './example';
import { templateCommand } from './template';

export const commands: Readonly<Record<string, Command>> = {
  compute: computeCommand,
  template: templateCommand,
  example: exampleCommand,
};
