// The allocation rules for the shared costs of one project (MODEL.md "Parties, allocation and
// co-financing"): direct, equal, standalone and shapley. Each gives exact euro amounts summing to
// c(N); the split to cents is one largest-remainder rounding so every rule adds up to the cent.
import type { AllocationRule } from '../scenario/schema';
import { coalitionCosts, type ProjectGame } from './game';
import { shapleyValues } from './shapley';
import { splitCents, splitExact, toCents } from '../model/money';

export interface Allocation {
  rule: AllocationRule;
  /** Shared cost of the whole project, in cents. */
  totalCents: number;
  /** Per party (game order), cents, summing to totalCents. */
  cents: number[];
  /** Coalition costs when the rule enumerated them (standalone uses singletons only). */
  coalitions?: Float64Array;
}

/**
 * Splits the project's shared cost over its parties. `totalCents` defaults to c(N) rounded; pass the
 * engine's own rounded figure so the allocation matches the project line to the cent.
 * `context` names the project in the problem raised for more than 12 parties under shapley.
 */
export function allocate(
  rule: AllocationRule,
  game: ProjectGame,
  totalCents?: number,
  context: Record<string, string | number> = {},
): Allocation {
  const n = game.parties.length;
  const full = n >= 31 ? -1 : (1 << n) - 1; // -1: every bit, for the unlikely project of 31+ parties
  if (n === 1) {
    const total = totalCents ?? toCents(game.cost(1));
    return { rule, totalCents: total, cents: [total] };
  }
  switch (rule) {
    case 'direct': {
      const total = totalCents ?? toCents(game.cost(full));
      return { rule, totalCents: total, cents: splitCents(total, game.direct) };
    }
    case 'equal': {
      const total = totalCents ?? toCents(game.cost(full));
      return { rule, totalCents: total, cents: splitCents(total, game.parties.map(() => 0)) };
    }
    case 'standalone': {
      const total = totalCents ?? toCents(game.cost(full));
      const alone = game.parties.map((_, i) => game.cost(1 << i));
      return { rule, totalCents: total, cents: splitCents(total, alone) };
    }
    case 'shapley': {
      const costs = coalitionCosts(game, context);
      const total = totalCents ?? toCents(costs[costs.length - 1] as number);
      const phi = shapleyValues(costs, n);
      // Scale onto the given total in case the caller's rounded figure differs from c(N) by noise.
      return { rule, totalCents: total, cents: splitExact(total, phi), coalitions: costs };
    }
  }
}
