// The most problems one read lists. Past it, a hostile or badly shifted file (one row repeated
// 90,000 times, a column of text where numbers belong) would cost seconds of reading and checking,
// and a list nobody reads to its end: the read stops there and says so, and the first problems are
// the ones a user fixes first anyway.
import { MORE_PROBLEMS, problem, type Problem } from '../problems';
import type { SheetKey } from '../scenario/schema';
import { uniqueIdSheets } from '../scenario/validate';

export const MAX_PROBLEMS = 1000;

export const isFull = (problems: readonly Problem[]): boolean => problems.length >= MAX_PROBLEMS;

/** The closing problem of a list that was cut at MAX_PROBLEMS. An error when anything left out was
 *  one (or when rows were left unread), so a cut list never passes for a clean file. */
export function moreProblems(leftOutError: boolean): Problem {
  return problem(MORE_PROBLEMS, { max: MAX_PROBLEMS }, {}, leftOutError ? 'error' : 'warning');
}

/** Adds `extra` to `problems` up to the cap, closing a cut list with moreProblems. */
export function addCapped(problems: Problem[], extra: readonly Problem[], at: (p: Problem) => Problem): void {
  for (let i = 0; i < extra.length; i++) {
    if (isFull(problems)) {
      problems.push(moreProblems(extra.slice(i).some((p) => p.severity === 'error')));
      return;
    }
    problems.push(at(extra[i]!));
  }
}

const idSheets: ReadonlySet<SheetKey> = new Set(uniqueIdSheets);

/** Counts repeated ids while a sheet is read, so that a sheet of one row repeated many times stops
 *  the read at the cap instead of after every row was converted and checked. Below the cap its
 *  problems are dropped: validation reports duplicates then, with every other rule at once. */
export class DuplicateIds {
  private readonly seen = new Set<string>();
  readonly found: Problem[] = [];
  constructor(private readonly sheet: SheetKey, private readonly column: string) {}

  static of(sheet: SheetKey, column: string | undefined): DuplicateIds | undefined {
    return idSheets.has(sheet) && column !== undefined ? new DuplicateIds(sheet, column) : undefined;
  }

  note(id: unknown, index: number, row: number): void {
    if (typeof id !== 'string') return;
    if (this.seen.has(id)) {
      this.found.push(problem('id.duplicate', { id }, { sheet: this.sheet, index, field: 'id', row, column: this.column }));
    } else this.seen.add(id);
  }
}
