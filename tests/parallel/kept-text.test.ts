// The canonical text kept between computations (model/canonical SheetBytes) gives the very hash of
// a fresh one after every kind of edit: a chunk of rows is taken over only when its rows are the
// very objects of the last text, in the same places.
import { describe, expect, it } from 'vitest';
import { scenarioHash, scenarioHashAsync, scenarioHashKept, SheetBytes } from '../../engine/model/canonical';
import type { Scenario } from '../../engine/scenario/schema';
import { generateCity } from '../../scenarios/generate-city';

type Work = Scenario['works'][number];
const withWorks = (s: Scenario, works: Work[]): Scenario => ({ ...s, works });

describe('the canonical text kept between computations', () => {
  it('hashes as a fresh text after edits, additions, removals, new keys and reordering', async () => {
    const city = generateCity({ neighbourhoods: 6, worksPerNeighbourhood: 500 });
    const w = city.works[1234]!;
    const edits: Scenario[] = [
      city,
      withWorks(city, city.works.map((x) => (x === w ? { ...x, quantity: (x.quantity ?? 1) + 1 } : x))),
      // A key no other row has, inside a chunk that is otherwise unchanged.
      withWorks(city, city.works.map((x) => (x === w ? { ...x, bundle: 'nieuw' } : x))),
      withWorks(city, [...city.works, { ...w, id: 'A-eerst' }]),
      withWorks(city, city.works.filter((x) => x !== w)),
      withWorks(city, [...city.works].reverse()),
      withWorks(city, city.works.slice(0, 1500)),
      city,
    ];
    const kept = new SheetBytes();
    const keptAsync = new SheetBytes();
    const seen = new Set<string>();
    for (const s of edits) {
      const fresh = scenarioHash(s);
      expect(scenarioHashKept(s, kept)).toBe(fresh);
      expect(await scenarioHashAsync(s, keptAsync)).toBe(fresh);
      seen.add(fresh);
    }
    // Reordering keeps the hash (the works sheet is sorted by id), and so does going back to the
    // city; every other edit changes it.
    expect(seen.size).toBe(edits.length - 2);
  });
});
