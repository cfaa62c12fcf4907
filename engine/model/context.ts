// What every engine module needs about one scenario, computed once: the timeline, the party order
// (ties and splits follow the Parties sheet), disruption cost per neighbourhood, Bundles-sheet years.
import type { Scenario, Settings } from '../scenario/schema';
import { makeTimeline, type Timeline } from './time';

export interface ModelContext {
  scenario: Scenario;
  settings: Settings;
  tl: Timeline;
  /** Party ids in Parties-sheet order. */
  parties: string[];
  partyOrder: Map<string, number>;
  disruptionPerDay: Map<string, number>;
  /** Bundles-sheet years by bundle id. */
  bundleYear: Map<string, number>;
  /** Optimise (and choose manual bundle years) on the societal perspective. */
  societal: boolean;
}

export function makeContext(scenario: Scenario): ModelContext {
  const parties = scenario.parties.map((p) => p.id);
  const partyOrder = new Map(parties.map((p, i) => [p, i]));
  const disruptionPerDay = new Map(scenario.neighbourhoods.map((n) => [n.id, n.disruptionCostPerDay]));
  const bundleYear = new Map<string, number>();
  for (const b of scenario.bundles ?? []) if (b.year !== undefined) bundleYear.set(b.id, b.year);
  return {
    scenario,
    settings: scenario.settings,
    tl: makeTimeline(scenario.settings),
    parties,
    partyOrder,
    disruptionPerDay,
    bundleYear,
    societal: scenario.settings.optimizeFor === 'societal',
  };
}

/** Plain string order (ids are case-sensitive, MODEL.md). */
export const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Sorts party ids in Parties-sheet order (unknown ones last, by id). */
export function sortParties(ctx: ModelContext, ids: Iterable<string>): string[] {
  const big = Number.MAX_SAFE_INTEGER;
  return [...ids].sort((a, b) => (ctx.partyOrder.get(a) ?? big) - (ctx.partyOrder.get(b) ?? big) || byString(a, b));
}
