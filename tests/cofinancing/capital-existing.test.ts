// The existing asset's charges (MODEL.md "Budget view"): depreciated straight-line over B+1 … y with
// interest on its book value; executed early (t < y) its depreciation runs through t−1 and what is
// left at the end of t−1 is written off in t. Executed in y or later it lives out its depreciation.
import { describe, expect, it } from 'vitest';
import { capitalCharges, type ExistingAsset } from '../../engine/capital/charges';

const charges = (existing: ExistingAsset[], horizonYears = 10, activations: Parameters<typeof capitalCharges>[0]['activations'] = []) =>
  capitalCharges({ baseYear: 2026, horizonYears, interestRate: 0.02, parties: ['gem'], activations, existing, running: [], contributions: [] });
const row = (rows: ReturnType<typeof capitalCharges>, year: number) => rows.find((r) => r.year === year)!;

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe('existing assets in the capital charges', () => {
  it('a work executed in its planned year is charged its depreciation and interest in that year', () => {
    // B = 2026, bookValue 50,000, y = t = 2027: one year over B+1 … y.
    const rows = charges([{ work: 'W', party: 'gem', bookValue: 50_000, plannedYear: 2027, executedIn: 2027 }]);
    expect(row(rows, 2027)).toMatchObject({ depreciation: 50_000, interest: 1_000, writeOff: 0, total: 51_000 });
    expect(rows.reduce((s, r) => s + r.depreciation + r.writeOff, 0)).toBe(50_000);
  });

  it('interest in the write-off year is on the book value at the start of that year', () => {
    // 40,000 over 2027–2030 (10,000 a year), executed in 2029: 2027 and 2028 depreciated, 20,000 left
    // on 1 January 2029, written off with 2% × 20,000 = 400 interest.
    const rows = charges([{ work: 'W', party: 'gem', bookValue: 40_000, plannedYear: 2030, executedIn: 2029 }]);
    expect(row(rows, 2028)).toMatchObject({ depreciation: 10_000, interest: 600 });
    expect(row(rows, 2029)).toMatchObject({ depreciation: 0, interest: 400, writeOff: 20_000 });
    expect(row(rows, 2030)).toMatchObject({ depreciation: 0, interest: 0, writeOff: 0 });
  });

  it('a work advanced into B writes its whole book value off in B, without interest', () => {
    const rows = charges([{ work: 'W', party: 'gem', bookValue: 30_000, plannedYear: 2029, executedIn: 2026 }]);
    expect(row(rows, 2026)).toMatchObject({ depreciation: 0, interest: 0, writeOff: 30_000 });
    expect(rows.reduce((s, r) => s + r.depreciation + r.writeOff + r.interest, 0)).toBe(30_000);
  });

  it('co-financing lowers only the new activation, never the write-off', () => {
    // The caller activates direct + shared − co-financing; the existing asset is its own input.
    const existing: ExistingAsset[] = [{ work: 'W', party: 'gem', bookValue: 12_000, plannedYear: 2030, executedIn: 2028 }];
    const full = charges(existing, 10, [{ work: 'W', party: 'gem', year: 2028, lifetimeYears: 4, amount: 100_000 }]);
    const funded = charges(existing, 10, [{ work: 'W', party: 'gem', year: 2028, lifetimeYears: 4, amount: 60_000 }]);
    expect(row(full, 2028).writeOff).toBe(9_000);
    expect(row(funded, 2028).writeOff).toBe(9_000);
    expect(row(funded, 2029).depreciation).toBe(15_000);
  });

  it('invariant: over B … y depreciation plus write-off equals the book value (random, seeded)', () => {
    const rnd = lcg(20261202);
    for (let k = 0; k < 500; k++) {
      const plannedYear = 2027 + Math.floor(rnd() * 20);
      const executedIn = 2026 + Math.floor(rnd() * 30);
      const bookValue = Math.round(rnd() * 1e8) / 100 + 0.01;
      const rows = charges([{ work: 'W', party: 'gem', bookValue, plannedYear, executedIn }], 60);
      const cents = rows.filter((r) => r.year <= plannedYear).reduce((s, r) => s + Math.round((r.depreciation + r.writeOff) * 100), 0);
      // Each year is rounded to cents on its own: at most half a cent a year apart from the exact sum.
      expect(Math.abs(cents - Math.round(bookValue * 100)), `${bookValue} y=${plannedYear} t=${executedIn}`)
        .toBeLessThanOrEqual(Math.ceil((plannedYear - 2026) / 2));
      expect(rows.filter((r) => r.year > plannedYear).every((r) => r.depreciation === 0 && r.writeOff === 0)).toBe(true);
    }
  });
});
