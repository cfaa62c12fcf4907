// Budgets (MODEL.md "Parties, allocation and co-financing"): per party and year, the cash the plan
// needs against the budget entered, with every shortfall listed. Only party-years with a budget row
// are compared (no row: no budget known, not a budget of zero); two rows for one party-year add up.
import type { Budget } from '../scenario/schema';
import { toCents } from '../model/money';

export interface BudgetRow {
  party: string;
  year: number;
  budget: number;
  needed: number;
  /** budget − needed; negative is a shortfall. */
  balance: number;
}

export interface BudgetCheck {
  rows: BudgetRow[];
  /** The rows with balance < 0, in the same order. */
  shortfalls: BudgetRow[];
}

/**
 * `needed(party, year)` is the party's nominal cash need in that year (euros). Rows come out in
 * party order (the given list), then year.
 */
export function checkBudgets(budgets: readonly Budget[], partyOrder: readonly string[], needed: (party: string, year: number) => number): BudgetCheck {
  const sums = new Map<string, { party: string; year: number; cents: number }>();
  for (const b of budgets) {
    const k = `${b.party}\u0000${b.year}`;
    const cur = sums.get(k) ?? { party: b.party, year: b.year, cents: 0 };
    cur.cents += toCents(b.amount);
    sums.set(k, cur);
  }
  const rank = new Map(partyOrder.map((p, i) => [p, i]));
  const rows = [...sums.values()]
    .sort((a, b) => (rank.get(a.party) ?? 1e9) - (rank.get(b.party) ?? 1e9) || a.year - b.year)
    .map(({ party, year, cents }) => {
      const need = toCents(needed(party, year));
      return { party, year, budget: cents / 100, needed: need / 100, balance: (cents - need) / 100 };
    });
  return { rows, shortfalls: rows.filter((r) => r.balance < 0) };
}
