// Re-planning only what changed: after each edit, a computation that keeps the plan cache re-plans
// the edited neighbourhood only (a plan-relevant setting: every neighbourhood), and its result
// equals a full computation of the edited scenario to the byte.
import { describe, expect, it } from 'vitest';
import { compute } from '../../engine/compute';
import { computeIncremental, PlanCache } from '../../engine/compute-pool';
import { summaryJsonText } from '../../engine/model/summary';
import type { Scenario } from '../../engine/scenario/schema';
import { generateCity } from '../../scenarios/generate-city';
import { rng } from '../engine/helpers';
import { computedAt, seededBundles, testCases } from './scenarios';

/** Computes incrementally, checks it against a full computation, and returns how many
 *  neighbourhood plans this computation made. */
function step(cache: PlanCache, s: Scenario): number {
  const before = cache.stats.stored;
  const inc = computeIncremental(s, cache, { computedAt });
  const full = compute(s, { computedAt });
  expect(JSON.stringify(inc)).toBe(JSON.stringify(full));
  expect(summaryJsonText(inc)).toBe(summaryJsonText(full));
  return cache.stats.stored - before;
}

const editWork = (s: Scenario, id: string, change: Partial<Scenario['works'][number]>): Scenario =>
  ({ ...s, works: s.works.map((w) => (w.id === id ? { ...w, ...change } : w)) });
const withSettings = (s: Scenario, settings: Partial<Scenario['settings']>): Scenario => ({ ...s, settings: { ...s.settings, ...settings } });

describe('incremental planning', { timeout: 300_000 }, () => {
  for (const c of testCases()) {
    it(`equals a full computation, first and again: ${c.name}`, () => {
      const cache = new PlanCache();
      const first = step(cache, c.scenario);
      expect(step(cache, c.scenario)).toBe(0);
      if (c.scenario.settings.bundleMode !== 'none') expect(first).toBeGreaterThan(0);
    });
  }

  // A small city without variant groups: each neighbourhood is planned once (no variant steps).
  const city = generateCity({ neighbourhoods: 12, worksPerNeighbourhood: 60, variants: false });
  const nbhOf = (s: Scenario, id: string) => s.works.find((w) => w.id === id)!.neighbourhood;

  it('an edit to one work re-plans only its neighbourhood', () => {
    const cache = new PlanCache();
    expect(step(cache, city)).toBe(12);
    const w = city.works[137]!;
    expect(step(cache, editWork(city, w.id, { unitCost: (w.unitCost ?? 0) * 3 + 1 }))).toBe(1);
    expect(step(cache, editWork(city, w.id, { plannedYear: w.plannedYear + 1 }))).toBe(1);
    expect(step(cache, editWork(city, w.id, { maxDeferYears: w.maxDeferYears + 1 }))).toBe(1);
    // Back to the first scenario: only the last computation's plans are kept, so the edited
    // neighbourhood is planned once more, and nothing else.
    expect(step(cache, city)).toBe(1);
  });

  it('adding, removing and moving a work re-plans the neighbourhoods it touches', () => {
    const cache = new PlanCache();
    step(cache, city);
    const w = city.works[42]!;
    const other = city.neighbourhoods.find((n) => n.id !== w.neighbourhood)!.id;
    expect(step(cache, { ...city, works: [...city.works, { ...w, id: `${w.id}-nieuw` }] })).toBe(1);
    expect(step(cache, { ...city, works: city.works.filter((x) => x !== w) })).toBe(1);
    // Its own neighbourhood without it was planned just now: only the other one is new.
    expect(step(cache, editWork(city, w.id, { neighbourhood: other }))).toBe(1);
    const fresh = new PlanCache();
    step(fresh, city);
    expect(step(fresh, editWork(city, w.id, { neighbourhood: other }))).toBe(2);
    expect(nbhOf(city, w.id)).not.toBe(other);
  });

  it('a neighbourhood\'s disruption cost re-plans that neighbourhood; a shared-cost setting re-plans all', () => {
    const cache = new PlanCache();
    step(cache, city);
    const n = city.neighbourhoods[3]!;
    expect(step(cache, { ...city, neighbourhoods: city.neighbourhoods.map((x) => (x === n ? { ...x, disruptionCostPerDay: x.disruptionCostPerDay + 250 } : x)) })).toBe(1);
    const cache2 = new PlanCache();
    step(cache2, city);
    for (const settings of [
      { engineeringFixed: city.settings.engineeringFixed + 1000 }, { tenderFixed: city.settings.tenderFixed * 2 },
      { discountRate: city.settings.discountRate + 0.01 }, { optimizeFor: 'societal' as const },
    ]) {
      const c = new PlanCache();
      step(c, city);
      expect(step(c, withSettings(city, settings)), JSON.stringify(settings)).toBe(12);
    }
  });

  it('a Bundles-sheet year re-plans the bundle\'s neighbourhood only', () => {
    const s = seededBundles(1);
    const cache = new PlanCache();
    step(cache, s);
    const b = s.bundles.find((x) => x.year !== undefined) ?? s.bundles[0]!;
    const changed = { ...s, bundles: s.bundles.map((x) => (x === b ? { ...x, year: 2030 } : x)) };
    expect(step(cache, changed)).toBe(1);
  });

  it('a seeded sequence of edits on a city with variants: always equal to a full computation', () => {
    const rand = rng(7);
    const cache = new PlanCache();
    let s = generateCity({ neighbourhoods: 12, worksPerNeighbourhood: 60 });
    step(cache, s);
    for (let k = 0; k < 6; k++) {
      const w = s.works[Math.floor(rand() * s.works.length)]!;
      s = k === 3
        ? withSettings(s, { siteFixed: s.settings.siteFixed + 500 })
        : editWork(s, w.id, { quantity: (w.quantity ?? 1) * (1 + rand()), durationDays: Math.round(1 + rand() * 40) });
      const planned = step(cache, s);
      // One work's edit: its neighbourhood, in the steps where it is planned (bundled, and the
      // variant steps if its works differ there).
      if (k !== 3) expect(planned).toBeLessThanOrEqual(2);
    }
  });
});
