// Errors the user can fix: a bad command line, an unreadable file, invalid input. main() prints
// them without a stack and exits 2. Anything else is an internal error (exit 1).
import type { Lang } from '../engine/i18n';
import type { Problem } from '../engine/problems';

export class CliError extends Error {
  constructor(readonly key: string, readonly params: Record<string, string | number> = {}) {
    super(key);
    this.name = 'CliError';
  }
}

/** The workbook was read but holds errors: print the rendered problems, in `lang` (the workbook's
 *  language, when its sheet names tell it) unless --lang says otherwise. */
export class InvalidInputError extends Error {
  constructor(readonly path: string, readonly problems: Problem[], readonly lang?: Lang) {
    super(`invalid input: ${path}`);
    this.name = 'InvalidInputError';
  }
}

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_INPUT = 2;
