// The count of projects re-planning changed (engine/held-plan, shown on the page) equals a plain
// count by joined text keys, on the example and a generated city, for moves that keep the plan and
// moves that change it.
import { describe, expect, it } from 'vitest';
import { compute } from '../../../engine/compute';
import { projectsChanged } from '../../../engine/held-plan';
import type { ComputeResult } from '../../../engine/model/result';
import type { Scenario } from '../../../engine/scenario/schema';
import { buildExample } from '../../../scenarios/example';
import { generateCity } from '../../../scenarios/generate-city';

/** The reference: every project as one text key (ids here hold no "|" or ","). */
function joinedKeyCount(a: ComputeResult, b: ComputeResult): number {
  const key = (p: { neighbourhood: string; year: number; works: string[] }) => `${p.neighbourhood}|${p.year}|${p.works.join(',')}`;
  const before = new Set(a.steps[a.steps.length - 1]!.projects.map(key));
  return b.steps[b.steps.length - 1]!.projects.filter((p) => !before.has(key(p))).length;
}

const moved = (s: Scenario, m: Partial<Scenario['settings']>): Scenario => ({ ...s, settings: { ...s.settings, ...m } });

function results(s: Scenario): ComputeResult[] {
  return [
    {},
    { discountRate: s.settings.discountRate + 0.004 },
    { engineeringFixed: s.settings.engineeringFixed * 3, tenderFixed: s.settings.tenderFixed * 0.2 },
    { coordinationPerExtraParty: s.settings.coordinationPerExtraParty * 10, openingCostPerM2: s.settings.openingCostPerM2 * 0.1 },
  ].map((m) => compute(moved(s, m), { computedAt: 'x' }));
}

describe('projects changed by re-planning', () => {
  for (const [name, scenario] of [
    ['the example', buildExample()],
    ['a 2,000-work city', generateCity({ seed: 7, neighbourhoods: 8, worksPerNeighbourhood: 250, horizonYears: 40 })],
  ] as const) {
    it(`equals the engine's count on ${name}`, () => {
      const rs = results(scenario);
      let changed = 0;
      for (const a of rs) {
        for (const b of rs) {
          const n = projectsChanged(a, b);
          expect(n).toBe(joinedKeyCount(a, b));
          if (a === b) expect(n).toBe(0);
          changed += n;
        }
      }
      // The moves do change some plans, so the comparison is tested on both outcomes.
      expect(changed).toBeGreaterThan(0);
    });
  }

  it('tells apart projects that differ in year, neighbourhood or works only', () => {
    const base = compute(buildExample(), { computedAt: 'x' });
    const last = base.steps[base.steps.length - 1]!;
    const p = last.projects.find((x) => x.works.length > 1)!;
    const variants = [
      { ...p, year: p.year + 1 },
      { ...p, neighbourhood: `${p.neighbourhood}-b` },
      { ...p, works: p.works.slice(0, -1) },
      { ...p, works: [...p.works].reverse() },
    ];
    for (const v of variants) {
      const other = { ...base, steps: [...base.steps.slice(0, -1), { ...last, projects: last.projects.map((x) => (x === p ? v : x)) }] };
      expect(projectsChanged(base, other)).toBe(1);
      expect(projectsChanged(base, other)).toBe(joinedKeyCount(base, other));
    }
  });
});
