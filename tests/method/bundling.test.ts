// MODEL.md "Bundling modes", by hand: the manual bundle year is the lowest PV in the optimizeFor
// perspective (the project plus its members' life cycles); `optimal` follows the same objective;
// ties go to the earlier years in work-id order; a work alone never moves; bundles never cross
// neighbourhoods.
import { describe, expect, it } from 'vitest';
import type { Perspective } from '../../engine/scenario/schema';
import { build, plan, run, step, type WorkIn } from './helpers';

// Two works of A planned 2030, may defer one year (f = 400/yr), D = 1000, T = 5, 10 days each;
// tender 100; disruption 100/day; r = 0; horizon 2026–2035.
//   together in 2030: project 2000 + 100 = 2100; replacements in 2035, each alone 1000 + 100 = 1100;
//     residual t_last 2035: 1000 × min(5, 2035 + 5 − 2035)/5 = 1000 each.
//     financial 2100 + 2200 − 2000 = 2300; disruption 12.5 days × 100 = 1250 + replacements 2 × 1000
//     → societal 5550.
//   together in 2031: 2100 + deferral 2 × 400 = 2900; no replacement (2036 > L); residual
//     1000 × (2036 − 2035)/5 = 200 each → financial 2500; societal 2500 + 1250 = 3750.
// So the financial perspective picks 2030 and the societal one 2031.
const pair = (bundle?: string): WorkIn[] => [1, 2].map(() => ({
  plannedYear: 2030, maxDeferYears: 1, deferralCostPerYear: 400, lifetimeYears: 5, durationDays: 10,
  ...(bundle ? { bundle } : {}),
}));
const scenarioFor = (mode: 'manual' | 'optimal', optimizeFor: Perspective, bundle?: string) => build({
  settings: { bundleMode: mode, optimizeFor, tenderFixed: 100 },
  neighbourhoods: [{ id: 'N1', disruptionCostPerDay: 100 }],
  works: pair(bundle),
});

describe('manual bundle year: lowest PV in the optimizeFor perspective', () => {
  it('financial: 2030 (2300 against 2500)', () => {
    const r = run(scenarioFor('manual', 'financial', 'X'));
    expect(plan(r, 'bundled')).toEqual([[2030, ['W1', 'W2']]]);
    expect(step(r, 'bundled').pv).toEqual({ financial: 2300, societal: 5550 });
  });
  it('societal: 2031 (3750 against 5550)', () => {
    const r = run(scenarioFor('manual', 'societal', 'X'));
    expect(plan(r, 'bundled')).toEqual([[2031, ['W1', 'W2']]]);
    expect(step(r, 'bundled').pv).toEqual({ financial: 2500, societal: 3750 });
  });
  it('equal costs in every year of the window: the earliest', () => {
    // No deferral cost, D = 0 (no residual), r = 0: 2030 and 2031 cost the same.
    const r = run(build({
      settings: { bundleMode: 'manual', tenderFixed: 100 },
      works: [{ quantity: 0, plannedYear: 2031, maxAdvanceYears: 1, bundle: 'X' }, { quantity: 0, plannedYear: 2030, maxDeferYears: 2, bundle: 'X' }],
    }));
    expect(plan(r, 'bundled')).toEqual([[2030, ['W1', 'W2']]]);
  });
});

describe('optimal uses the same objective', () => {
  it('financial: together in 2030; separate would cost 2 × 1100 + 2 × 1100 − 2000 = 2400', () => {
    const r = run(scenarioFor('optimal', 'financial'));
    expect(step(r, 'separate').pv.financial).toBe(2400);
    expect(plan(r, 'bundled')).toEqual([[2030, ['W1', 'W2']]]);
    expect(r.savings.bundling.financial).toBe(100);
  });
  it('societal: together in 2031 (3750; apart 2400 + 2 × 1000 + 2 × 1000 = 6400)', () => {
    const r = run(scenarioFor('optimal', 'societal'));
    expect(step(r, 'separate').pv.societal).toBe(6400);
    expect(plan(r, 'bundled')).toEqual([[2031, ['W1', 'W2']]]);
    expect(r.savings.bundling).toEqual({ financial: -100, societal: 2650 });
  });
});

describe('optimal tie rules', () => {
  // W1 planned 2028 (may defer 2), W2 planned 2030 (may advance 2); D = 0 (no residual), r = 0, tender 100.
  // Together costs 100 in 2028, 2029 and 2030 (apart 200). Every year moves 2 years in total and gives
  // one project, so the earlier years in work-id order decide: W1's year 2028.
  const works: WorkIn[] = [
    { id: 'W1', quantity: 0, plannedYear: 2028, maxDeferYears: 2 },
    { id: 'W2', quantity: 0, plannedYear: 2030, maxAdvanceYears: 2 },
  ];
  it('takes the earlier years in work-id order', () => {
    const r = run(build({ settings: { tenderFixed: 100 }, works }));
    expect(plan(r, 'bundled')).toEqual([[2028, ['W1', 'W2']]]);
  });
  it('whatever the row order', () => {
    const r = run(build({ settings: { tenderFixed: 100 }, works: [...works].reverse() }));
    expect(plan(r, 'bundled')).toEqual([[2028, ['W1', 'W2']]]);
  });
  it('ids are ordered as plain strings: "W10" before "W9" (the year vector starts with W10, both 2028 < 2030)', () => {
    const named: WorkIn[] = [{ ...works[0]!, id: 'W9' }, { ...works[1]!, id: 'W10' }];
    const r = run(build({ settings: { tenderFixed: 100 }, works: named }));
    expect(plan(r, 'bundled')).toEqual([[2028, ['W10', 'W9']]]);
  });
});

describe('optimal: who may move', () => {
  it('a work alone stays in its planned year, even when deferring it alone would be cheaper (r = 5%)', () => {
    const r = run(build({ settings: { discountRate: 0.05 }, works: [{ plannedYear: 2028, maxDeferYears: 3 }] }));
    expect(plan(r, 'bundled')).toEqual([[2028, ['W1']]]);
  });
  it('bundles never cross neighbourhoods, whatever they would save', () => {
    const r = run(build({
      settings: { tenderFixed: 1000 },
      neighbourhoods: [{ id: 'N1' }, { id: 'N2' }],
      works: [{ neighbourhood: 'N1' }, { neighbourhood: 'N2' }],
    }));
    expect(step(r, 'bundled').projects.map((p) => [p.neighbourhood, p.works])).toEqual([['N1', ['W1']], ['N2', ['W2']]]);
    expect(r.savings.bundling.financial).toBe(0);
  });
  it('bundleMode none: the bundled step equals separate', () => {
    const r = run(build({ settings: { bundleMode: 'none', tenderFixed: 100 }, works: [{}, { maxAdvanceYears: 1 }] }));
    expect(plan(r, 'bundled')).toEqual(plan(r, 'separate'));
    expect(r.savings.bundling).toEqual({ financial: 0, societal: 0 });
  });
});
