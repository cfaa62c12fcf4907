// An input problem or warning. Problems carry a code and parameters, never a sentence: the text is
// rendered from the Dutch and English catalogues in ./i18n, so the CLI, the interface and the
// results workbook all say the same thing in the user's language.
import type { SheetKey } from './scenario/schema';

export type Severity = 'error' | 'warning';

export interface Problem {
  code: string;
  severity: Severity;
  params: Record<string, string | number>;
  /** Where it is. `index` is the item's position in the scenario array (engine side); the codec
   *  fills `row` (1-based sheet row) and `column` (letter) and `field` (canonical column name). */
  sheet?: SheetKey;
  index?: number;
  field?: string;
  row?: number;
  column?: string;
}

export function problem(
  code: string,
  params: Problem['params'] = {},
  at: Omit<Problem, 'code' | 'params' | 'severity'> = {},
  severity: Severity = 'error',
): Problem {
  return { code, severity, params, ...at };
}

export const hasErrors = (ps: readonly Problem[]): boolean => ps.some((p) => p.severity === 'error');

/** The code of the problem that closes a list cut at its cap (./workbook/problem-cap.ts). */
export const MORE_PROBLEMS = 'problems.more';

/** A count of problems for a person to read. The problem that closes a cut list is not one of them:
 *  it makes the count a lower bound ("more than 1000"), never 1001. */
export function tally(ps: readonly Pick<Problem, 'code' | 'severity'>[], severity?: Severity): { n: number; more: boolean } {
  let n = 0;
  let more = false;
  for (const p of ps) {
    if (p.code === MORE_PROBLEMS) more = true;
    else if (severity === undefined || p.severity === severity) n++;
  }
  return { n, more };
}

/** Thrown by engine code on input that validation should have caught; the CLI maps it to exit 2. */
export class InputError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => p.code).join(', '));
    this.name = 'InputError';
  }
}
