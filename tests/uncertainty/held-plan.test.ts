// The plan held while a what-if slider moves: the page's fast headline (the compiled fixed-plan
// evaluator, through the compute store's Holder) must equal compute() of the same scenario with the
// plan forced, to the cent, and compute() with the plan forced must be compute() itself whenever
// re-planning would keep that plan. All steps, savings and parties.
import { describe, expect, it } from 'vitest';
import { compute } from '../../engine/compute';
import { computeHeld, heldPlanOf, projectsChanged } from '../../engine/held-plan';
import type { ComputeResult } from '../../engine/model/result';
import type { Scenario } from '../../engine/scenario/schema';
import { Holder } from '../../renderer/app/compute/held';
import { heldView } from '../../renderer/dashboard/live';
import { buildExample } from '../../scenarios/example';
import { generateCity } from '../../scenarios/generate-city';

const at = 'x';
const cents = (x: number) => Math.round(x * 100);
const figures = (r: ComputeResult) => ({
  steps: r.steps.map((s) => ({ id: s.id, pv: s.pv, breakdown: s.breakdown, parties: s.parties, projects: s.projects.length })),
  savings: r.savings,
  parties: r.parties,
});
const planOf = (r: ComputeResult) => JSON.stringify([r.steps.map((s) => s.projects.map((p) => [p.year, p.works])), r.variants?.map((c) => c.chosen)]);
const moved = (s: Scenario, m: Partial<Scenario['settings']>): Scenario => ({ ...s, settings: { ...s.settings, ...m } });

/** The moves a workshop makes: discount rate, shared costs, the sequential share. */
const moves = (s: Scenario): Partial<Scenario['settings']>[] => [
  { discountRate: s.settings.discountRate + 0.004 },
  { engineeringFixed: s.settings.engineeringFixed * 1.4, tenderFixed: s.settings.tenderFixed * 0.7 },
  { sequentialShare: Math.min(1, s.settings.sequentialShare + 0.1), sitePerDay: s.settings.sitePerDay * 1.2 },
  { coordinationPerExtraParty: s.settings.coordinationPerExtraParty * 3, openingCostPerM2: s.settings.openingCostPerM2 * 0.5 },
];

function check(s: Scenario) {
  const base = compute(s, { computedAt: at });
  const held = heldPlanOf(base);
  // Holding the plan at the scenario's own values is compute() itself.
  expect(figures(computeHeld(s, held, { computedAt: at }))).toEqual(figures(base));
  const holder = new Holder();
  let same = 0;
  for (const m of moves(s)) {
    const next = moved(s, m);
    const forced = computeHeld(next, held, { computedAt: at });
    expect(planOf(forced)).toBe(planOf(base));
    // The page's fast headline against compute() with the plan forced. The compiled evaluator adds
    // in another order than compute()'s ledger (per project, not per party and year), so on a
    // city's 10^10-cent totals it may land one cent off; compute() with the plan forced is exact.
    expect(holder.hold(s, base, next)).toBe(true);
    const v = heldView();
    if (v?.kind !== 'held') throw new Error('no held view');
    const near = (got: readonly number[], want: number[]) => got.forEach((x, i) => expect(Math.abs(x - want[i]!)).toBeLessThanOrEqual(1));
    near(v.cents.financial, forced.steps.map((st) => cents(st.pv.financial)));
    near(v.cents.societal, forced.steps.map((st) => cents(st.pv.societal)));
    near([v.cents.financial[0] - v.cents.financial[3]], [cents(forced.savings.total.financial)]);
    const full = compute(next, { computedAt: at });
    if (planOf(full) === planOf(base)) {
      same += 1;
      expect(figures(forced)).toEqual(figures(full));
      expect(projectsChanged(forced, full)).toBe(0);
    } else expect(projectsChanged(forced, full)).toBeGreaterThan(0);
  }
  return same;
}

describe('the plan held while amounts move', () => {
  it('equals compute() with the plan forced on the example, and compute() where the plan stays', () => {
    expect(check(buildExample())).toBeGreaterThan(0);
  });

  it('equals compute() with the plan forced on a 2,000-work generated city', () => {
    check(generateCity({ seed: 7, neighbourhoods: 8, worksPerNeighbourhood: 250, horizonYears: 40 }));
  }, 120_000);

  it('is not held when a setting that changes the plan moves', () => {
    const s = buildExample();
    const base = compute(s, { computedAt: at });
    const holder = new Holder();
    expect(holder.hold(s, base, moved(s, { bundleMode: s.settings.bundleMode === 'none' ? 'optimal' : 'none' }))).toBe(false);
    expect(holder.hold(s, base, moved(s, { allocationRule: s.settings.allocationRule === 'direct' ? 'equal' : 'direct' }))).toBe(false);
    expect(holder.hold(s, base, { ...s, works: s.works.slice(1) })).toBe(false);
  });
});
