// Is an allocation in the core? No coalition S may pay more than c(S), what its own works would cost
// it together in the same year. For a failing project we name the coalition with the largest excess
// (ties: fewer parties, then the earliest in Parties-sheet order) so the table can say who objects.
import { membersOf, popcount } from './game';
import { toCents } from '../model/money';

export interface CoreViolation {
  coalition: string[];
  /** What the coalition pays under the allocation (euros, cents exact). */
  pays: number;
  /** c(S): what it would pay for its own works alone (euros, rounded to cents). */
  alone: number;
  excess: number;
}

/**
 * Compares in integer cents: a coalition that would pay one cent more than alone is a violation,
 * float noise below half a cent is not. The grand coalition pays its cost by construction.
 */
export function coreViolation(costs: ArrayLike<number>, cents: readonly number[], parties: readonly string[]): CoreViolation | null {
  const n = parties.length;
  const full = (1 << n) - 1;
  let best: { mask: number; pays: number; alone: number } | null = null;
  for (let mask = 1; mask < full; mask++) {
    let pays = 0;
    for (let i = 0; i < n; i++) if (mask & (1 << i)) pays += cents[i] as number;
    const alone = toCents(costs[mask] as number);
    if (pays <= alone) continue;
    if (best === null || better(mask, pays - alone, best.mask, best.pays - best.alone)) best = { mask, pays, alone };
  }
  if (best === null) return null;
  return {
    coalition: membersOf(best.mask, parties),
    pays: best.pays / 100,
    alone: best.alone / 100,
    excess: (best.pays - best.alone) / 100,
  };
}

function better(mask: number, excess: number, bestMask: number, bestExcess: number): boolean {
  if (excess !== bestExcess) return excess > bestExcess;
  const a = popcount(mask), b = popcount(bestMask);
  if (a !== b) return a < b;
  return lowestFirst(mask, bestMask);
}

/** Party-order comparison of two equal-size coalitions: the one whose first differing member comes first. */
function lowestFirst(a: number, b: number): boolean {
  const diff = a ^ b;
  const low = diff & -diff;
  return (a & low) !== 0;
}
