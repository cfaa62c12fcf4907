// MODEL.md "Life cycle of a work executed in year t" and "Time and money", by hand:
// replacements are separate one-work projects (full project costs and disruption, no deferral, no
// coordination); opex switches after t; the residual value formula, its year, escalation and
// discounting; windows clipped to the horizon; discount timing with escalation together.
import { describe, expect, it } from 'vitest';
import { build, cents, plan, run, step } from './helpers';

describe('replacements of a bundled, deferred work', () => {
  // Horizon 2026–2035, r = 0. Manual bundle X of W1 (A, planned 2027, may defer 1, f = 300/yr) and
  // W2 (B, planned 2028), T = 4 each, D = 1000 each, 10 days each, tender 100, sitePerDay 10,
  // coordination 50 per extra party, disruption 20/day, sequentialShare 0.25, Bundles year 2028.
  const s = build({
    settings: { bundleMode: 'manual', tenderFixed: 100, sitePerDay: 10, coordinationPerExtraParty: 50 },
    neighbourhoods: [{ id: 'N1', disruptionCostPerDay: 20 }],
    works: [
      { plannedYear: 2027, maxDeferYears: 1, deferralCostPerYear: 300, lifetimeYears: 4, durationDays: 10, bundle: 'X' },
      { party: 'B', plannedYear: 2028, lifetimeYears: 4, durationDays: 10, bundle: 'X' },
    ],
    bundles: [{ id: 'X', year: 2028 }],
  });
  const r = run(s);
  const b = step(r, 'bundled');

  it('the first execution is one project with coordination and deferral', () => {
    expect(plan(r, 'bundled')).toEqual([[2028, ['W1', 'W2']]]);
    // days 10 + 0.25 × 10 = 12.5; site 10 × 12.5 = 125; shared 100 + 125 + 50 = 275; deferral 300
    const p = b.projects[0]!;
    expect(p.shared).toBe(275);
    expect(p.financial).toBe(2000 + 275 + 300);
    expect(p.disruption).toBe(250); // 12.5 × 20
  });

  it('each replacement is the work alone: its own tender and site, no coordination, no deferral', () => {
    const ws = b.works;
    expect(ws.map((w) => w.replacementYears)).toEqual([[2032], [2032]]);
    // one replacement each: 1000 + 100 + 10 × 10 = 1200; residual: t_last 2032, 1000 × min(4, 2036 − 2035)/4 = 250
    expect(ws.map((w) => w.residualBase)).toEqual([-250, -250]);
    // financial: 2575 + 2 × 1200 − 2 × 250 = 4475
    expect(b.pv.financial).toBe(4475);
    // societal: + 250 (bundle) + 2 × 10 days × 20 (replacements, each alone) = 4475 + 650
    expect(b.pv.societal).toBe(5125);
    expect(b.breakdown.replacements).toEqual({ financial: 2400, societal: 2800 });
  });

  it('replacement costs are booked on the owner in the replacement year', () => {
    const a = b.parties.find((p) => p.party === 'A')!;
    // A: 2028 = 1000 + 300 deferral + shared pro rata direct 275/2 = 137.5; 2032 = 1200; 2035 = −250
    expect(a.cash).toEqual([0, 0, 1437.5, 0, 0, 0, 1200, 0, 0, -250]);
  });
});

describe('opex and the residual value', () => {
  // B = 2026, H = 10, last year L = 2035. One work D = 1200, T = 30, planned 2030, currentOpex 40,
  // annualOpex 10, r = 3%, e = 2%, end timing.
  const s = build({
    settings: { discountRate: 0.03, escalationRate: 0.02 },
    works: [{ quantity: 2, unitCost: 600, plannedYear: 2030, lifetimeYears: 30, currentOpex: 40, annualOpex: 10 }],
  });
  const r = run(s);
  const sep = step(r, 'separate');
  const f = (year: number) => 1.02 ** (year - 2026) / 1.03 ** (year - 2026 + 1);

  it('currentOpex up to and including t, annualOpex after t, nominal cash escalated', () => {
    const cash = sep.parties[0]!.cash;
    const esc = (year: number) => 1.02 ** (year - 2026);
    expect(cash.slice(0, 4)).toEqual([2026, 2027, 2028, 2029].map((y) => cents(40 * esc(y))));
    expect(cash[4]).toBe(cents((1200 + 40) * esc(2030)));
    expect(cash.slice(5, 9)).toEqual([2031, 2032, 2033, 2034].map((y) => cents(10 * esc(y))));
  });

  it('residual D × min(T, max(0, t + T − L)) / T = 1200 × 25/30 = 1000, credited in L, escalated and discounted', () => {
    expect(sep.works[0]!.residualBase).toBe(-1000);
    expect(sep.parties[0]!.cash[9]).toBe(cents((10 - 1000) * 1.02 ** 9));
    expect(sep.breakdown.residual).toBe(cents(-1000 * f(2035)));
    let pv = 1200 * f(2030) - 1000 * f(2035);
    for (let y = 2026; y <= 2035; y++) pv += (y <= 2030 ? 40 : 10) * f(y);
    expect(sep.pv.financial).toBe(cents(pv));
  });

  it('residual of the last replacement: T = 3 from 2030 → 2033, t_last + T − L = 1 → 1200 × 1/3', () => {
    const r3 = run(build({ works: [{ quantity: 2, unitCost: 600, plannedYear: 2030, lifetimeYears: 3 }] }));
    const w = step(r3, 'separate').works[0]!;
    expect(w.replacementYears).toEqual([2033]);
    expect(w.residualBase).toBe(-400);
  });

  it('a replacement in the last year is charged in full and credited in full', () => {
    const r5 = run(build({ works: [{ plannedYear: 2030, lifetimeYears: 5 }] }));
    const w = step(r5, 'separate').works[0]!;
    expect(w.replacementYears).toEqual([2035]);
    expect(w.residualBase).toBe(-1000); // min(5, 2035 + 5 − 2035) / 5 = 1
    expect(step(r5, 'separate').pv.financial).toBe(1000); // 1000 + 1000 − 1000, r = 0
  });
});

describe('discount timing with escalation', () => {
  // One work D = 1000 in 2028, T = 100 (residual 1000 × 93/100 = 930 credited in 2035), r = 4%, e = 2%.
  const pv = (timing: 'end' | 'mid' | 'start', delta: number) => {
    const r = run(build({ settings: { discountRate: 0.04, escalationRate: 0.02, discountTiming: timing }, works: [{}] }));
    const f = (y: number) => 1.02 ** (y - 2026) / 1.04 ** (y - 2026 + delta);
    return [step(r, 'separate').pv.financial, cents(1000 * f(2028) - 930 * f(2035))];
  };
  it.each([['end', 1], ['mid', 0.5], ['start', 0]] as const)('%s: δ = %s', (timing, delta) => {
    const [got, want] = pv(timing, delta);
    expect(got).toBe(want);
  });
});

describe('windows are clipped to the horizon', () => {
  it('a work planned in B with maxAdvanceYears 3 and in L with maxDeferYears 3 keeps windows inside B … L', () => {
    const r = run(build({
      works: [{ plannedYear: 2026, maxAdvanceYears: 3, maxDeferYears: 1 }, { plannedYear: 2035, maxAdvanceYears: 1, maxDeferYears: 3 }],
    }));
    expect(step(r, 'bundled').works.map((w) => w.inputs.window)).toEqual([[2026, 2027], [2034, 2035]]);
  });

  it('so a bundle of a work planned in L with a deferrable partner never lands after L', () => {
    // tender 100 saved by bundling; r = 0 and D = 0 so no residual: every year in the window costs the same;
    // fewest years moved: both in 2035 would move W1 by 1, W1's year moves W2 by 1 — the tie rule takes the
    // earlier year in work-id order (W1 2034). Never 2036, although maxDeferYears would allow it.
    const r = run(build({
      settings: { tenderFixed: 100 },
      works: [{ quantity: 0, plannedYear: 2034, maxDeferYears: 5 }, { quantity: 0, plannedYear: 2035, maxDeferYears: 5, maxAdvanceYears: 1 }],
    }));
    expect(plan(r, 'bundled')).toEqual([[2034, ['W1', 'W2']]]);
  });
});
