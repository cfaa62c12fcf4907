// MODEL.md "Bundling modes" as properties of every plan, for the exact optimiser (up to 8 works per
// neighbourhood) and the heuristic (more): each project lies in every member's window (clipped to the
// horizon); a work alone is in its planned year unless it is a manual bundle; works of one manual
// bundle share a project; a Bundles-sheet year binds; projects stay in one neighbourhood; every
// work is executed exactly once per step.
import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../../engine/scenario/schema';
import { build, run } from './helpers';
import { rng } from '../engine/helpers';

function randomScenario(seed: number, perNeighbourhood: number) {
  const r = rng(seed);
  const int = (a: number, b: number) => a + Math.floor(r() * (b - a + 1));
  const works: ScenarioInput['works'] = [];
  for (const nb of ['N1', 'N2']) {
    for (let i = 0; i < perNeighbourhood; i++) {
      const bundle = r() < 0.25 ? `B${nb}${int(1, 2)}` : undefined;
      works.push({
        id: `${nb}-${String(i).padStart(2, '0')}`, neighbourhood: nb, party: ['A', 'B', 'C'][int(0, 2)]!,
        plannedYear: int(2026, 2035), quantity: 1, unitCost: int(10, 200) * 1000, durationDays: int(5, 60),
        street: ['Markt', 'Dorpsstraat', undefined][int(0, 2)], openedArea: int(0, 500),
        maxAdvanceYears: int(0, 4), maxDeferYears: int(0, 4), lifetimeYears: int(8, 60),
        deferralCostPerYear: int(0, 5) * 1000, annualOpex: int(0, 3) * 100, ...(bundle ? { bundle } : {}),
      });
    }
  }
  // Bundles are dropped when their windows have no common year (that is an input error, tested elsewhere).
  const byBundle = new Map<string, typeof works>();
  for (const w of works) if (w.bundle) byBundle.set(w.bundle, [...(byBundle.get(w.bundle) ?? []), w]);
  for (const [, ws] of byBundle) {
    const lo = Math.max(...ws.map((w) => Math.max(2026, w.plannedYear - (w.maxAdvanceYears ?? 0))));
    const hi = Math.min(...ws.map((w) => Math.min(2035, w.plannedYear + (w.maxDeferYears ?? 0))));
    if (lo > hi) for (const w of ws) delete w.bundle;
  }
  return build({
    settings: {
      discountRate: 0.03, engineeringFixed: 20000, engineeringRate: 0.08, tenderFixed: 15000, siteFixed: 10000,
      sitePerDay: 400, openingCostPerM2: 30, coordinationPerExtraParty: 5000, optimizeFor: seed % 2 ? 'societal' : 'financial',
    },
    neighbourhoods: [{ id: 'N1', disruptionCostPerDay: 2000 }, { id: 'N2', disruptionCostPerDay: 500 }],
    works: works as Parameters<typeof build>[0]['works'],
  });
}

describe.each([[6, 'exact'], [14, 'heuristic']] as const)('plans with %i works per neighbourhood (%s)', (n, method) => {
  it.each([1, 2, 3, 4])('seed %i', (seed) => {
    const s = randomScenario(seed * 7919 + n, n);
    const r = run(s);
    expect(r.optimiser.neighbourhoods.map((x) => x.method)).toEqual([method, method]);
    const works = new Map(s.works.map((w) => [w.id, w]));
    const counts = new Map<string, number>();
    for (const w of s.works) if (w.bundle) counts.set(w.bundle, (counts.get(w.bundle) ?? 0) + 1);
    const bundled = r.steps.find((x) => x.id === 'bundled')!;
    const seen = new Map<string, number>();
    for (const p of bundled.projects) {
      const ws = p.works.map((id) => works.get(id)!);
      expect(new Set(ws.map((w) => w.neighbourhood))).toEqual(new Set([p.neighbourhood]));
      for (const w of ws) {
        seen.set(w.id, (seen.get(w.id) ?? 0) + 1);
        expect(p.year).toBeGreaterThanOrEqual(Math.max(2026, w.plannedYear - w.maxAdvanceYears));
        expect(p.year).toBeLessThanOrEqual(Math.min(2035, w.plannedYear + w.maxDeferYears));
      }
      const lone = ws.length === 1 && !(ws[0]!.bundle && (counts.get(ws[0]!.bundle) ?? 0) >= 2);
      if (lone) expect(p.year).toBe(ws[0]!.plannedYear);
    }
    expect([...seen.values()].every((c) => c === 1)).toBe(true);
    expect(seen.size).toBe(s.works.length);
    // every manual bundle (two or more works) is inside one project
    for (const [b, c] of counts) {
      if (c < 2) continue;
      const holders = bundled.projects.filter((p) => p.works.some((id) => works.get(id)!.bundle === b));
      expect(holders).toHaveLength(1);
    }
    // never worse than the manual plan in the optimised perspective
    const manual = run({ ...s, settings: { ...s.settings, bundleMode: 'manual' } }).steps.find((x) => x.id === 'bundled')!;
    const key = s.settings.optimizeFor === 'societal' ? 'societal' : 'financial';
    expect(bundled.pv[key]).toBeLessThanOrEqual(manual.pv[key] + 0.01);
  });
});
