// The worked example of docs/method.md ("Worked example"): every number printed there is checked here.
import { describe, expect, it } from 'vitest';
import { compute } from '../../engine/compute';
import { scenario } from './helpers';

export const workedExample = () => scenario({
  settings: {
    discountRate: 0, horizonYears: 10, engineeringRate: 0.1, tenderFixed: 20000, siteFixed: 5000, sitePerDay: 500,
    sequentialShare: 0.25, openingCostPerM2: 50, coordinationPerExtraParty: 2000, bundleMode: 'optimal',
  },
  neighbourhoods: [{ id: 'Kern', disruptionCostPerDay: 1000 }],
  parties: ['Gemeente', 'Net'],
  works: [
    { id: 'R', neighbourhood: 'Kern', party: 'Gemeente', quantity: 1, unitCost: 100000, durationDays: 20,
      street: 'Kerkstraat', openedArea: 400, plannedYear: 2028, maxDeferYears: 2, deferralCostPerYear: 1000, lifetimeYears: 40 },
    { id: 'S', neighbourhood: 'Kern', party: 'Net', quantity: 1, unitCost: 60000, durationDays: 30,
      street: 'Kerkstraat', openedArea: 300, plannedYear: 2030, maxAdvanceYears: 2, lifetimeYears: 40 },
  ],
});

describe('docs/method.md worked example', () => {
  const r = compute(workedExample(), { computedAt: 'x' });
  it('separate: 165,000 + 121,000 − 135,000 residual = 151,000; societal + 50,000 disruption', () => {
    const sep = r.steps[0]!;
    expect(sep.projects.map((p) => [p.works[0], p.year, p.shared, p.financial, p.disruption]))
      .toEqual([['R', 2028, 65000, 165000, 20000], ['S', 2030, 61000, 121000, 30000]]);
    expect(sep.works.map((w) => w.residualBase)).toEqual([-82500, -52500]);
    expect(sep.pv).toEqual({ financial: 151000, societal: 201000 });
  });
  it('bundled: one project in 2030 (R deferred two years), 102,500; societal 137,500', () => {
    const b = r.steps[1]!;
    expect(b.projects).toHaveLength(1);
    const p = b.projects[0]!;
    expect([p.year, p.works, p.days, p.shared, p.financial, p.disruption]).toEqual([2030, ['R', 'S'], 35, 80500, 242500, 35000]);
    expect(b.pv).toEqual({ financial: 102500, societal: 137500 });
    expect(p.allocation).toEqual([{ party: 'Gemeente', amount: 50312.5 }, { party: 'Net', amount: 30187.5 }]);
  });
  it('savings and parties', () => {
    expect(r.savings.bundling).toEqual({ financial: 48500, societal: 63500 });
    expect(r.savings.total).toEqual({ financial: 48500, societal: 63500 });
    expect(r.parties.map((p) => [p.id, p.pv.separate, p.pv.integrated, p.saving, p.flagged])).toEqual([
      ['Gemeente', 82500, 64812.5, 17687.5, false],
      ['Net', 68500, 37687.5, 30812.5, false],
    ]);
  });
});
