import { describe, expect, it } from 'vitest';
import { checkBudgets } from '../../engine/budgets/check';

describe('budgets: cash needed against budget per party and year', () => {
  const cash: Record<string, number> = { 'gemeente:2028': 120_000.004, 'gemeente:2029': 80_000, 'waterschap:2028': 45_000.5 };
  const needed = (p: string, y: number) => cash[`${p}:${y}`] ?? 0;

  it('lists every budget row and the shortfalls, in party order then year', () => {
    const out = checkBudgets([
      { party: 'waterschap', year: 2028, amount: 50_000 },
      { party: 'gemeente', year: 2029, amount: 100_000 },
      { party: 'gemeente', year: 2028, amount: 100_000 },
      { party: 'gemeente', year: 2030, amount: 10_000 },
    ], ['gemeente', 'waterschap'], needed);
    expect(out.rows).toEqual([
      { party: 'gemeente', year: 2028, budget: 100_000, needed: 120_000, balance: -20_000 },
      { party: 'gemeente', year: 2029, budget: 100_000, needed: 80_000, balance: 20_000 },
      { party: 'gemeente', year: 2030, budget: 10_000, needed: 0, balance: 10_000 },
      { party: 'waterschap', year: 2028, budget: 50_000, needed: 45_000.5, balance: 4_999.5 },
    ]);
    expect(out.shortfalls).toEqual([out.rows[0]]);
  });

  it('two rows for one party-year add up; a year without a row is not compared', () => {
    const out = checkBudgets([
      { party: 'gemeente', year: 2028, amount: 70_000 },
      { party: 'gemeente', year: 2028, amount: 50_000.01 },
    ], ['gemeente'], needed);
    expect(out.rows).toEqual([{ party: 'gemeente', year: 2028, budget: 120_000.01, needed: 120_000, balance: 0.01 }]);
    expect(out.shortfalls).toEqual([]);
  });
});
