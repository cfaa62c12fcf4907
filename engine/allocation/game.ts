// The cost game of one multi-party project (MODEL.md "Parties, allocation and co-financing"):
// c(S) = the shared cost of the project holding only the works of the parties in S, same year.
// Coalitions are bitmasks over `parties` (bit i = parties[i], Parties-sheet order), so enumeration
// for Shapley and the core check is plain integer arithmetic.
import { InputError, problem } from '../problems';
import '../i18n/results'; // registers the text of allocation.tooManyParties

/** Exact enumeration is 2^n coalitions; MODEL.md caps Shapley at 12 parties per project. */
export const maxGameParties = 12;

export interface ProjectGame {
  /** Party ids in Parties-sheet order. */
  parties: readonly string[];
  /** Direct cost per party (same order), for the `direct` rule. */
  direct: readonly number[];
  /** Shared cost of the sub-project of the coalition's works; called with a non-zero mask. */
  cost: (mask: number) => number;
}

/** c(S) for every coalition, index = mask; c(∅) = 0. */
export function coalitionCosts(game: ProjectGame, context: Record<string, string | number> = {}): Float64Array {
  const n = game.parties.length;
  if (n > maxGameParties) {
    throw new InputError([
      problem('allocation.tooManyParties', { ...context, parties: n, max: maxGameParties }, { sheet: 'settings', field: 'allocationRule' }),
    ]);
  }
  const table = new Float64Array(1 << n);
  for (let mask = 1; mask < table.length; mask++) table[mask] = game.cost(mask);
  return table;
}

export function membersOf(mask: number, parties: readonly string[]): string[] {
  return parties.filter((_, i) => (mask & (1 << i)) !== 0);
}

export function popcount(mask: number): number {
  let c = 0;
  for (let m = mask; m !== 0; m &= m - 1) c++;
  return c;
}
