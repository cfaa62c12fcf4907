// The benchmark city: seeded (same seed, same city), valid, and of the size issue 2 asks for.
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../engine/scenario/validate';
import { generateCity } from '../../scenarios/generate-city';

describe('synthetic city generator', () => {
  it('is deterministic per seed', () => {
    const a = generateCity({ seed: 7, neighbourhoods: 3, worksPerNeighbourhood: 40 });
    expect(generateCity({ seed: 7, neighbourhoods: 3, worksPerNeighbourhood: 40 })).toEqual(a);
    expect(generateCity({ seed: 8, neighbourhoods: 3, worksPerNeighbourhood: 40 }).works).not.toEqual(a.works);
  });

  it('gives a valid scenario with a variant group used in every neighbourhood', () => {
    const s = generateCity({ neighbourhoods: 5, worksPerNeighbourhood: 200 });
    expect(validateScenario(s).filter((p) => p.severity === 'error')).toEqual([]);
    for (const n of s.neighbourhoods) {
      expect(s.works.some((w) => w.neighbourhood === n.id && w.variantGroup === 'hemelwater')).toBe(true);
    }
  });

  it('defaults to 100 neighbourhoods of 500 works over a 50-year horizon', () => {
    const s = generateCity();
    expect(s.neighbourhoods).toHaveLength(100);
    expect(s.works).toHaveLength(50_000);
    expect(s.settings.horizonYears).toBe(50);
    const years = s.works.map((w) => w.plannedYear);
    expect(Math.min(...years)).toBe(s.settings.baseYear);
    expect(Math.max(...years)).toBe(s.settings.baseYear + 49);
  });
});
