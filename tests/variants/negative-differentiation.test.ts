// Issue 3: "with bundling it can cost more: report it, don't hide it" (MODEL.md: "A cheaper
// stand-alone variant can bundle worse; the differentiation saving may then be negative. It is
// reported as it is."). A variant that wins on its own because it opens less street, bundled with
// a work that opens more of the same street anyway: the opening saving vanishes in the bundle and
// only its higher direct cost is left.
import { describe, expect, it } from 'vitest';
import { compute } from '../../engine/compute';
import { summaryJsonText, toSummaryJson } from '../../engine/model/summary';
import { scenarioSchema, type Scenario } from '../../engine/scenario/schema';
import { zeroCosts } from '../engine/helpers';

function build(bundleMode: 'optimal' | 'none'): Scenario {
  return scenarioSchema.parse({
    // Horizon 2026–2030, r = 0; the only shared cost is opening the street at €10/m².
    settings: { baseYear: 2026, horizonYears: 5, ...zeroCosts, openingCostPerM2: 10, bundleMode },
    neighbourhoods: [{ id: 'N1' }],
    parties: [{ id: 'gem' }, { id: 'net' }],
    works: [
      // The other party's work opens the larger area A = 100 m².
      { id: 'K', neighbourhood: 'N1', party: 'net', plannedYear: 2026, quantity: 1, unitCost: 10_000, lifetimeYears: 10, street: 'Dorpsstraat', openedArea: 100 },
      { id: 'R', neighbourhood: 'N1', plannedYear: 2026, street: 'dorpsstraat', variantGroup: 'rain' },
    ],
    variants: [
      // generic: a_g = 80 m²; the other variant opens a_v = 20 m² and costs Y = €1,000 more direct.
      { id: 'gen', group: 'rain', party: 'gem', generic: true, quantity: 1, unitCost: 50_000, lifetimeYears: 10, openedArea: 80 },
      { id: 'lite', group: 'rain', party: 'gem', quantity: 1, unitCost: 51_000, lifetimeYears: 10, openedArea: 20 },
    ],
  });
}

// By hand. Executed in 2026 with T = 10 (longer than the 5-year horizon, so no replacement), the
// residual credit in 2030 is D × (2026 + 10 − 2030) / 10 = 0.6 D, so a work costs 0.4 D net.
//  K: 0.4 × 10,000 = 4,000.  R gen: 0.4 × 50,000 = 20,000.  R lite: 0.4 × 51,000 = 20,400.
// Per work alone (the variant choice): gen 20,000 + 80 × 10 = 20,800; lite 20,400 + 20 × 10 = 20,600
//  → lite is chosen, saving 200 against the generic variant ((80 − 20) × 10 = 600 > 0.4 × 1,000).
// separate:       4,000 + 1,000 (K opens 100) + 20,800                   = 25,800
// bundled:        one project {K, R gen}:  4,000 + 20,000 + 10 × max(100, 80) = 25,000
// differentiated: one project {K, R lite}: 4,000 + 20,400 + 10 × max(100, 20) = 25,400
// integrated = differentiated (no citizen maintenance).
// Savings: bundling 800, differentiation 25,000 − 25,400 = −400, citizen 0, total 400.
describe('a negative differentiation saving through bundling', () => {
  const r = compute(build('optimal'), { computedAt: '2026-01-01T00:00:00.000Z' });

  it('chooses the variant that is cheaper on its own', () => {
    expect(r.variants).toHaveLength(1);
    expect(r.variants![0]).toMatchObject({ work: 'R', generic: 'gen', chosen: 'lite', forced: false, saving: 200 });
    expect(r.variants![0]!.candidates.map((c) => [c.variant, c.pv])).toEqual([['gen', 20_800], ['lite', 20_600]]);
  });

  it('bundles both works in both steps, with the opening cost of the larger area', () => {
    for (const id of ['bundled', 'differentiated'] as const) {
      const step = r.steps.find((s) => s.id === id)!;
      expect(step.projects.map((p) => [p.works, p.year])).toEqual([[['K', 'R'], 2026]]);
      expect(step.projects[0]!.lines.find((l) => l.key === 'opening')!.nominal).toBe(1_000);
    }
  });

  it('reports the differentiation saving as negative in compute(), not clamped', () => {
    expect(r.steps.map((s) => [s.id, s.pv.financial])).toEqual([
      ['separate', 25_800], ['bundled', 25_000], ['differentiated', 25_400], ['integrated', 25_400],
    ]);
    expect(r.savings).toEqual({
      bundling: { financial: 800, societal: 800 },
      differentiation: { financial: -400, societal: -400 },
      citizen: { financial: 0, societal: 0 },
      total: { financial: 400, societal: 400 },
    });
  });

  it('reports it as negative in the --json summary too', () => {
    const json = toSummaryJson(r);
    expect(json.savings.differentiation).toEqual({ financial: -400, societal: -400 });
    expect(json.steps.map((s) => s.financialPV)).toEqual([25_800, 25_000, 25_400, 25_400]);
    expect(json.variants[0]).toMatchObject({ work: 'R', chosen: 'lite', saving: 200 });
    // And in the text `compute --json` prints.
    expect(JSON.parse(summaryJsonText(r)).savings.differentiation).toEqual({ financial: -400, societal: -400 });
  });

  it('without bundling the same choice saves what it saved alone (the invariant of issue 3)', () => {
    // bundleMode none: bundled = separate = 25,800; differentiated 4,000 + 1,000 + 20,600 = 25,600.
    const none = compute(build('none'), { computedAt: 'x' });
    expect(none.savings.differentiation).toEqual({ financial: 200, societal: 200 });
    expect(none.savings.bundling.financial).toBe(0);
  });
});
