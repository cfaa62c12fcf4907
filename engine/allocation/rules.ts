// The allocation rules for the shared costs of one project (MODEL.md "Parties, allocation and
// co-financing"): direct, equal, standalone and shapley. Each gives exact euro amounts summing to
// the project's shared cost; the split to cents is one largest-remainder rounding so every rule
// adds up to the cent.
import type { AllocationRule } from '../scenario/schema';
import { splitExact, toCents } from '../model/money';
import { coalitionCosts, type ProjectGame } from './game';
import { shapleyValues } from './shapley';

export interface Allocation {
  rule: AllocationRule;
  /** Shared cost of the whole project, in cents. */
  totalCents: number;
  /** Per party (game order), cents, summing to totalCents. */
  cents: number[];
  /** Coalition costs when the rule enumerated them (shapley). */
  coalitions?: Float64Array;
}

const fullMask = (n: number): number => (n >= 31 ? -1 : (1 << n) - 1); // -1: every bit, for 31+ parties

/** Pro rata `total` by weights; a zero weight total splits equally (MODEL.md). */
function proRata(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const n = weights.length;
  return Math.abs(sum) > 1e-12 ? weights.map((w) => (total * w) / sum) : weights.map(() => total / n);
}

/**
 * Exact (unrounded) shares of `total` per party, summing to `total`. `total` defaults to c(N).
 * `context` names the project in the problem raised for more than 12 parties under shapley.
 */
export function exactShares(
  rule: AllocationRule,
  game: ProjectGame,
  total?: number,
  context: Record<string, string | number> = {},
  coalitions?: { table?: Float64Array },
): number[] {
  const n = game.parties.length;
  const whole = total ?? game.cost(fullMask(n));
  if (n === 1) return [whole];
  switch (rule) {
    case 'direct':
      return proRata(whole, game.direct);
    case 'equal':
      return game.parties.map(() => whole / n);
    case 'standalone':
      return proRata(whole, game.parties.map((_, i) => game.cost(1 << i)));
    case 'shapley': {
      const table = coalitionCosts(game, context);
      if (coalitions) coalitions.table = table;
      const phi = shapleyValues(table, n);
      // Σφ = c(N) exactly in theory; spread float noise against the given total evenly.
      const gap = (whole - phi.reduce((a, b) => a + b, 0)) / n;
      return phi.map((v) => v + gap);
    }
  }
}

/** Splits the project's shared cost over its parties, to the cent. `totalCents` defaults to c(N) rounded. */
export function allocate(
  rule: AllocationRule,
  game: ProjectGame,
  totalCents?: number,
  context: Record<string, string | number> = {},
): Allocation {
  const n = game.parties.length;
  const total = totalCents ?? toCents(game.cost(fullMask(n)));
  const holder: { table?: Float64Array } = {};
  const exact = exactShares(rule, game, total / 100, context, holder);
  const out: Allocation = { rule, totalCents: total, cents: splitExact(total, exact) };
  if (holder.table) out.coalitions = holder.table;
  return out;
}
