// Results per neighbourhood: every step's PV and every saving, summed over the neighbourhoods, is
// the scenario's figure to the cent; each neighbourhood's figure is what the scenario of its own
// works alone gives (plans, costs and citizen tasks never cross a neighbourhood).
import { describe, expect, it } from 'vitest';
import { compute } from '../../engine/compute';
import type { ComputeResult } from '../../engine/model/result';
import { toSummaryJson } from '../../engine/model/summary';
import { scenarioSchema, type Scenario } from '../../engine/scenario/schema';
import { buildExample } from '../../scenarios/example';
import { generateCity } from '../../scenarios/generate-city';
import { smallScenario } from '../cofinancing/fixture';
import { rng, scenario } from '../engine/helpers';
import { build } from '../method/helpers';
import { twoPartyCase } from '../uncertainty/helpers';

const c = (x: number): number => Math.round(x * 100);
const at = 'fixed';

function randomCity(seed: number): Scenario {
  const r = rng(seed);
  const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const hoods = ['Noord', 'Oost', 'Zuid', 'West'];
  return scenario({
    settings: {
      discountRate: 0.0225, escalationRate: 0.015, horizonYears: 30, engineeringFixed: 12000, engineeringRate: 0.1,
      tenderFixed: 8000, participationFixed: 5000, siteFixed: 6000, sitePerDay: 350, openingCostPerM2: 45,
      coordinationPerExtraParty: 2500, discountTiming: pick(['end', 'mid', 'start']),
    },
    neighbourhoods: hoods.map((id, i) => ({ id, disruptionCostPerDay: 300 * (i + 1) })),
    parties: ['A', 'B', 'C', 'D'],
    works: Array.from({ length: 30 }, (_, i) => ({
      id: `W${String(i).padStart(2, '0')}`, neighbourhood: pick(hoods), party: pick(['A', 'B', 'C', 'D']),
      quantity: 1 + Math.floor(r() * 50), unitCost: Math.round(r() * 3000 * 100) / 100, durationDays: Math.floor(r() * 40),
      street: pick(['Kerkstraat', 'Molenweg', '', 'Dijk']), openedArea: Math.round(r() * 400), plannedYear: 2027 + Math.floor(r() * 8),
      maxAdvanceYears: Math.floor(r() * 3), maxDeferYears: Math.floor(r() * 3), deferralCostPerYear: Math.round(r() * 500),
      lifetimeYears: pick([7, 12, 30, 50]), annualOpex: Math.round(r() * 200),
    })),
  });
}

const cases: [string, () => Scenario][] = [
  ['the example', buildExample],
  ['the co-financing fixture', () => smallScenario()],
  ['the co-financing fixture under shapley', () => smallScenario({ allocationRule: 'shapley' })],
  ['the two-party case', twoPartyCase],
  ['a method-test build over two neighbourhoods', () => build({
    settings: { tenderFixed: 1000 }, neighbourhoods: [{ id: 'N1' }, { id: 'N2' }],
    works: [{ party: 'A' }, { party: 'B' }, { party: 'A', neighbourhood: 'N2', plannedYear: 2029 }, { party: 'C', neighbourhood: 'N2' }],
  })],
  ...[1, 2, 3].map((seed): [string, () => Scenario] => [`a random city (seed ${seed})`, () => randomCity(seed)]),
  ['a small generated city', () => generateCity({ neighbourhoods: 6, worksPerNeighbourhood: 25, horizonYears: 30 })],
];

function expectSums(r: ComputeResult): void {
  const nbs = r.neighbourhoods!;
  for (const [k, step] of r.steps.entries()) {
    for (const p of ['financial', 'societal'] as const) {
      expect(nbs.reduce((a, n) => a + c(n.steps[k]!.pv[p]), 0), `${step.id} ${p}`).toBe(c(step.pv[p]));
    }
    expect(nbs.reduce((a, n) => a + n.steps[k]!.works.length, 0)).toBe(step.works.length);
    expect(nbs.reduce((a, n) => a + n.steps[k]!.projects.length, 0)).toBe(step.projects.length);
    expect(nbs.reduce((a, n) => a + n.steps[k]!.moved.length, 0)).toBe(step.projects.reduce((a, p) => a + p.moved.length, 0));
  }
  for (const key of ['bundling', 'differentiation', 'citizen', 'total'] as const) {
    for (const p of ['financial', 'societal'] as const) {
      expect(nbs.reduce((a, n) => a + c(n.savings[key][p]), 0), `${key} ${p}`).toBe(c(r.savings[key][p]));
    }
  }
}

describe('neighbourhood results add up to the scenario', () => {
  it.each(cases)('%s: every step and saving to the cent', (_, make) => {
    const s = make();
    const r = compute(s, { computedAt: at });
    expect(r.neighbourhoods!.map((n) => n.id)).toEqual(s.neighbourhoods.map((n) => n.id).sort());
    expectSums(r);
    const j = toSummaryJson(r);
    expect(j.neighbourhoods.map((n) => n.steps.map((x) => x.financialPV))).toEqual(r.neighbourhoods!.map((n) => n.steps.map((x) => x.pv.financial)));
  });

  it.each([1, 2, 3])('random city %i: each neighbourhood is its own works alone, within a cent per project', (seed) => {
    const s = randomCity(seed);
    const r = compute(s, { computedAt: at });
    for (const n of r.neighbourhoods!) {
      const alone = scenarioSchema.parse({ ...s, works: s.works.filter((w) => w.neighbourhood === n.id) });
      const ra = compute(alone, { computedAt: at });
      for (const [k, st] of ra.steps.entries()) {
        const tolerance = 1 + st.projects.length;
        expect(Math.abs(c(n.steps[k]!.pv.financial) - c(st.pv.financial))).toBeLessThanOrEqual(tolerance);
        expect(Math.abs(c(n.steps[k]!.pv.societal) - c(st.pv.societal))).toBeLessThanOrEqual(tolerance);
        expect(n.steps[k]!.projects).toEqual(st.projects.map((p) => p.id));
      }
    }
  });

  it('the example: bundles, moved works, days and zelfbeheer hours per neighbourhood', () => {
    const r = compute(buildExample(), { computedAt: at });
    const bundled = r.steps[1]!;
    for (const n of r.neighbourhoods!) {
      const b = n.steps[1]!;
      const mine = bundled.projects.filter((p) => p.neighbourhood === n.id);
      expect(b.bundles).toEqual(mine.filter((p) => p.works.length > 1).map((p) => p.id));
      expect(b.disruptionDays).toBeCloseTo(mine.reduce((a, p) => a + p.days, 0), 9);
      const hours = (r.hours ?? []).filter((h) => h.neighbourhood === n.id);
      expect(n.steps[3]!.hours.resident).toBeCloseTo(hours.reduce((a, h) => a + h.residentHours, 0), 2);
      expect(n.steps[0]!.hours.resident).toBe(0);
    }
    expect(r.neighbourhoods!.some((n) => n.steps[3]!.hours.resident > 0)).toBe(true);
    expect(r.neighbourhoods!.some((n) => n.steps[1]!.bundles.length > 0)).toBe(true);
  });

  it('is built only when read', () => {
    const r = compute(buildExample(), { computedAt: at });
    expect(Object.getOwnPropertyDescriptor(r, 'neighbourhoods')?.get).toBeTypeOf('function');
    void r.neighbourhoods;
    expect(Object.getOwnPropertyDescriptor(r, 'neighbourhoods')?.get).toBeUndefined();
  });
});
