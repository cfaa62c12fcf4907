import { describe, expect, it } from 'vitest';
import { capitalCharges, type CapitalChargeRow } from '../../engine/capital/charges';

// A small case by hand. B = 2026, horizon 10 years (2026–2035), interest 2%.
// Work A (gemeente): existing asset book value 40,000, planned 2030, advanced to 2028; new asset
//   activated at 100,000 (e.g. direct 90,000 + shared 20,000 − co-financing 10,000), T = 4, replaced
//   in 2032 at 100,000 again.
//   Existing: 40,000 / (2030 − 2026) = 10,000 a year. 2027: depreciation 10,000, interest 2% × 40,000 = 800.
//   2028: normal depreciation stopped after 2027; book value on 1 January 2028 = 30,000 is written off;
//   interest 2% × 30,000 = 600. New: 25,000 a year in 2029–2032, interest 2,000 / 1,500 / 1,000 / 500;
//   replacement: 25,000 in 2033–2035, interest 2,000 / 1,500 / 1,000.
// Work C (gemeente): book value 6,000, planned 2029, deferred to 2031: 2,000 a year in 2027–2029,
//   interest 120 / 80 / 40; nothing written off.
// Work B (waterschap): new asset 50,000 in 2026, T = 5: 10,000 a year in 2027–2031, interest
//   1,000 / 800 / 600 / 400 / 200; replaced 2031: 10,000 a year 2032–2035, interest 1,000 / 800 / 600 / 400.
// Gemeente opex 2,000 a year; rijk pays a 10,000 contribution in 2028.
const rows = capitalCharges({
  baseYear: 2026, horizonYears: 10, interestRate: 0.02, parties: ['gemeente', 'waterschap', 'rijk'],
  activations: [
    { work: 'A', party: 'gemeente', year: 2028, lifetimeYears: 4, amount: 100_000 },
    { work: 'A', party: 'gemeente', year: 2032, lifetimeYears: 4, amount: 100_000 },
    { work: 'B', party: 'waterschap', year: 2026, lifetimeYears: 5, amount: 50_000 },
    { work: 'B', party: 'waterschap', year: 2031, lifetimeYears: 5, amount: 50_000 },
  ],
  existing: [
    { work: 'A', party: 'gemeente', bookValue: 40_000, plannedYear: 2030, executedIn: 2028 },
    { work: 'C', party: 'gemeente', bookValue: 6_000, plannedYear: 2029, executedIn: 2031 },
  ],
  running: Array.from({ length: 10 }, (_, i) => ({ party: 'gemeente', year: 2026 + i, amount: 2_000 })),
  contributions: [{ party: 'rijk', year: 2028, amount: 10_000 }],
});
const pick = (party: string) => rows.filter((r) => r.party === party).map((r: CapitalChargeRow) => [r.year, r.depreciation, r.interest, r.writeOff, r.opex, r.contributions, r.total]);

describe('capital charges on a small case by hand', () => {
  it('gemeente: existing asset written off when advanced, a deferred one depreciated to its planned year', () => {
    expect(pick('gemeente')).toEqual([
      [2026, 0, 0, 0, 2_000, 0, 2_000],
      [2027, 12_000, 920, 0, 2_000, 0, 14_920],
      [2028, 2_000, 680, 30_000, 2_000, 0, 34_680],
      [2029, 27_000, 2_040, 0, 2_000, 0, 31_040],
      [2030, 25_000, 1_500, 0, 2_000, 0, 28_500],
      [2031, 25_000, 1_000, 0, 2_000, 0, 28_000],
      [2032, 25_000, 500, 0, 2_000, 0, 27_500],
      [2033, 25_000, 2_000, 0, 2_000, 0, 29_000],
      [2034, 25_000, 1_500, 0, 2_000, 0, 28_500],
      [2035, 25_000, 1_000, 0, 2_000, 0, 28_000],
    ]);
  });

  it('waterschap: straight line from t+1 with interest on the book value on 1 January, replacement after T', () => {
    expect(pick('waterschap').map((r) => [r[0], r[1], r[2]])).toEqual([
      [2026, 0, 0], [2027, 10_000, 1_000], [2028, 10_000, 800], [2029, 10_000, 600], [2030, 10_000, 400],
      [2031, 10_000, 200], [2032, 10_000, 1_000], [2033, 10_000, 800], [2034, 10_000, 600], [2035, 10_000, 400],
    ]);
  });

  it('a co-financing contribution is charged in its year', () => {
    expect(pick('rijk').filter((r) => r[6] !== 0)).toEqual([[2028, 0, 0, 0, 0, 10_000, 10_000]]);
  });

  it('an asset executed in the base year writes off its whole book value then, without interest', () => {
    const r = capitalCharges({
      baseYear: 2026, horizonYears: 3, interestRate: 0.05, parties: ['p'], activations: [], running: [], contributions: [],
      existing: [{ work: 'x', party: 'p', bookValue: 9_000, plannedYear: 2029, executedIn: 2026 }],
    });
    expect(r.map((x) => [x.year, x.depreciation, x.interest, x.writeOff])).toEqual([[2026, 0, 0, 9_000], [2027, 0, 0, 0], [2028, 0, 0, 0]]);
  });
});
