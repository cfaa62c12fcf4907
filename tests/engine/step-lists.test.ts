// A step's projects and work plans are built when first read: compute() works out the totals the
// first screen shows from a pass that builds no list, and the lists come from a second pass with the
// same operations. Whatever order the lists are read in, the result is byte for byte the one a
// reader of everything in key order gets.
import { describe, expect, it } from 'vitest';
import { compute } from '../../engine/compute';
import { buildExample } from '../../scenarios/example';
import { generateCity } from '../../scenarios/generate-city';

const at = { computedAt: '2026-01-01T00:00:00.000Z' };
const json = (r: unknown) => JSON.stringify(r);

describe("a step's lists", () => {
  const city = generateCity({ seed: 3, neighbourhoods: 6, worksPerNeighbourhood: 300, horizonYears: 40 });

  it('are not built by compute, and are kept once read', () => {
    const r = compute(city, at);
    for (const s of r.steps) {
      expect(Object.getOwnPropertyDescriptor(s, 'projects')?.get).toBeTypeOf('function');
      expect(Object.getOwnPropertyDescriptor(s, 'works')?.get).toBeTypeOf('function');
    }
    expect(Object.keys(r.steps[0]!)).toEqual(['id', 'pv', 'breakdown', 'projects', 'works', 'parties', 'extra', 'societalCash']);
    const works = r.steps[1]!.works;
    expect(works).toHaveLength(city.works.length);
    expect(r.steps[1]!.works).toBe(works);
    expect(Object.getOwnPropertyDescriptor(r.steps[1]!, 'works')?.value).toBe(works);
  });

  it('are the same read in any order, on the example and on a city', () => {
    for (const scenario of [buildExample(), city]) {
      const inOrder = json(compute(scenario, at));
      const r = compute(scenario, at);
      // Backwards, works before projects, and a view that reads the lists before them.
      void r.neighbourhoods;
      for (const s of [...r.steps].reverse()) void [s.works, s.projects];
      expect(json(r)).toBe(inOrder);
    }
  });

  it('sum to the step totals', () => {
    const r = compute(city, at);
    for (const s of r.steps) {
      const projects = s.projects.reduce((a, p) => a + p.pv.financial, 0);
      const replacements = s.works.reduce((a, w) => a + w.pv.replacements.financial, 0);
      // Each list entry is rounded to the cent, the total once: they agree to a cent per entry.
      expect(Math.abs(projects - s.breakdown.projects.financial)).toBeLessThanOrEqual(s.projects.length * 0.005 + 0.01);
      expect(Math.abs(replacements - s.breakdown.replacements.financial)).toBeLessThanOrEqual(s.works.length * 0.005 + 0.01);
    }
  });
});
