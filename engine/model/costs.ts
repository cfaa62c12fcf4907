// The project cost table and a work's life cycle (MODEL.md "Works and projects"), at base prices.
// Every project cost falls in the project's year, so its PV is factor(t) × base amount.
import type { ModelContext } from './context';
import { sortParties } from './context';
import type { ResolvedWork } from './resolved-work';
import type { Settings } from '../scenario/schema';
import { factorAt, factorSum } from './time';

export interface ProjectCost {
  direct: number;
  engineering: number;
  tender: number;
  participation: number;
  site: number;
  opening: number;
  coordination: number;
  deferral: number;
  disruption: number;
  days: number;
  sumDays: number;
  maxDays: number;
  /** Owner parties in Parties-sheet order. */
  parties: string[];
  /** engineering + tender + participation + site + opening + coordination. */
  shared: number;
  /** direct + shared + deferral. */
  financial: number;
}

/** Costs of the works executed together in `year` (base prices). Deferral only when asked: a
 *  replacement is never charged deferral. */
export function projectCost(ctx: ModelContext, works: readonly ResolvedWork[], year: number, deferral = true): ProjectCost {
  if (works.length === 1) return oneWorkCost(ctx, works[0]!, year, deferral);
  const parties = new Set<string>();
  const c = groupCost(ctx, works, year, deferral, parties);
  c.parties = sortParties(ctx, parties);
  return c;
}

/** projectCost of several works, its parties collected in `parties` and left unsorted in the
 *  result (sorting them is most of the cost when only the shared cost is wanted). */
function groupCost(ctx: ModelContext, works: readonly ResolvedWork[], year: number, deferral: boolean, parties: Set<string>): ProjectCost {
  const s = ctx.settings;
  let direct = 0;
  let sumDays = 0;
  let maxDays = 0;
  let def = 0;
  let looseArea = 0;
  const streets = new Map<string, number>();
  for (const w of works) {
    direct += w.direct;
    sumDays += w.durationDays;
    if (w.durationDays > maxDays) maxDays = w.durationDays;
    if (deferral && year > w.plannedYear) def += w.deferralCostPerYear * (year - w.plannedYear);
    if (w.streetKey === null) looseArea += w.openedArea;
    else if (w.openedArea > (streets.get(w.streetKey) ?? -1)) streets.set(w.streetKey, w.openedArea);
    parties.add(w.party);
  }
  let area = looseArea;
  for (const a of streets.values()) area += a;
  const days = maxDays + s.sequentialShare * (sumDays - maxDays);
  const engineering = works.length ? s.engineeringFixed + s.engineeringRate * direct : 0;
  const tender = works.length ? s.tenderFixed : 0;
  const participation = works.length ? s.participationFixed : 0;
  const site = works.length ? s.siteFixed + s.sitePerDay * days : 0;
  const opening = s.openingCostPerM2 * area;
  const coordination = s.coordinationPerExtraParty * Math.max(0, parties.size - 1);
  const disruption = days * (works.length ? ctx.disruptionPerDay.get(works[0]!.neighbourhood) ?? 0 : 0);
  const shared = groupShared(s, works.length > 0, direct, days, area, parties.size);
  return {
    direct, engineering, tender, participation, site, opening, coordination, deferral: def, disruption,
    days, sumDays, maxDays, parties: [], shared, financial: direct + shared + def,
  };
}

/** The shared cost of a project of several works (or none) from its sums: engineering + tender +
 *  participation + site + opening + coordination. One formula for groupCost and for the core
 *  check's coalitions (cofinancing/allocation-view), which must give the very same doubles. */
export function groupShared(s: Settings, any: boolean, direct: number, days: number, area: number, parties: number): number {
  const engineering = any ? s.engineeringFixed + s.engineeringRate * direct : 0;
  const tender = any ? s.tenderFixed : 0;
  const participation = any ? s.participationFixed : 0;
  const site = any ? s.siteFixed + s.sitePerDay * days : 0;
  const opening = s.openingCostPerM2 * area;
  const coordination = s.coordinationPerExtraParty * Math.max(0, parties - 1);
  return engineering + tender + participation + site + opening + coordination;
}

/** The shared cost of a project of one work: engineering + tender + participation + site + opening
 *  (oneWorkCost's, singleFinancial's and the core check's one-work coalitions'). */
export function oneWorkShared(s: Settings, w: ResolvedWork): number {
  const engineering = s.engineeringFixed + s.engineeringRate * w.direct;
  const site = s.siteFixed + s.sitePerDay * w.durationDays;
  const opening = s.openingCostPerM2 * w.openedArea;
  return engineering + s.tenderFixed + s.participationFixed + site + opening;
}

/** The common case (every separate project, every replacement) without sets and maps. */
function oneWorkCost(ctx: ModelContext, w: ResolvedWork, year: number, deferral: boolean): ProjectCost {
  const s = ctx.settings;
  const days = w.durationDays;
  const engineering = s.engineeringFixed + s.engineeringRate * w.direct;
  const site = s.siteFixed + s.sitePerDay * days;
  const opening = s.openingCostPerM2 * w.openedArea;
  const def = deferral && year > w.plannedYear ? w.deferralCostPerYear * (year - w.plannedYear) : 0;
  const shared = oneWorkShared(s, w);
  return {
    direct: w.direct, engineering, tender: s.tenderFixed, participation: s.participationFixed, site, opening,
    coordination: 0, deferral: def, disruption: days * (ctx.disruptionPerDay.get(w.neighbourhood) ?? 0),
    days, sumDays: days, maxDays: days, parties: [w.party], shared, financial: w.direct + shared + def,
  };
}

/** Shared cost of a project holding only these works in its year (the allocation game's c(S)). */
export function sharedCost(ctx: ModelContext, works: readonly ResolvedWork[], year: number): number {
  if (works.length === 1) return oneWorkCost(ctx, works[0]!, year, false).shared;
  return groupCost(ctx, works, year, false, new Set()).shared;
}

const singleCache = new WeakMap<ResolvedWork, ProjectCost>();

/** The work alone as a project without deferral: what each replacement costs (base prices). */
export function singleCost(ctx: ModelContext, w: ResolvedWork): ProjectCost {
  let c = singleCache.get(w);
  if (c === undefined) {
    c = projectCost(ctx, [w], w.plannedYear, false);
    singleCache.set(w, c);
  }
  return c;
}

/** singleCost(ctx, w).financial, worked out without building or caching the cost object: the
 *  same operations in the same order (oneWorkCost), so the very same number. The costing and the
 *  optimiser ask it for every work of every plan; a WeakMap of 50,000 cost objects cost more to
 *  look up and to collect than these few multiplications. */
export function singleFinancial(ctx: ModelContext, w: ResolvedWork): number {
  return w.direct + oneWorkShared(ctx.settings, w) + 0;
}

/** singleCost(ctx, w).disruption, `perDay` being the disruption cost per day of w's neighbourhood. */
export function singleDisruption(w: ResolvedWork, perDay: number): number {
  return w.durationDays * perDay;
}

/** Σ factor over the replacement years t+T, t+2T, ... inside the horizon (lifeCyclePV's sum). */
export function replacementFactor(ctx: ModelContext, w: ResolvedWork, t: number): number {
  const tl = ctx.tl;
  let f = 0;
  for (let y = t + w.lifetimeYears; y <= tl.last; y += w.lifetimeYears) f += factorAt(tl, y);
  return f;
}

/** PV of a work's opex when first executed in t: the current opex through t, the new one after. */
export function opexPV(ctx: ModelContext, w: ResolvedWork, t: number): number {
  const tl = ctx.tl;
  return w.currentOpex * factorSum(tl, tl.base, t) + w.annualOpex * factorSum(tl, t + 1, tl.last);
}

/** Replacement years t+T, t+2T, ... inside the horizon. */
export function replacementYears(ctx: ModelContext, w: ResolvedWork, t: number): number[] {
  const out: number[] = [];
  for (let y = t + w.lifetimeYears; y <= ctx.tl.last; y += w.lifetimeYears) out.push(y);
  return out;
}

/** Residual value credited in B+H−1 (base prices, ≤ 0): D × min(T, max(0, t_last+T−(B+H−1)))/T. */
export function residualBase(ctx: ModelContext, w: ResolvedWork, t: number): number {
  const T = w.lifetimeYears;
  const last = ctx.tl.last;
  const tLast = t + Math.floor((last - t) / T) * T;
  const remaining = Math.min(T, Math.max(0, tLast + T - last));
  return remaining === 0 ? 0 : -(w.direct * remaining) / T;
}

export interface LifeCyclePV {
  replacements: number;
  replacementsDisruption: number;
  opex: number;
  residual: number;
}

/** PV of the life cycle of a work first executed in t (everything but the first execution). */
export function lifeCyclePV(ctx: ModelContext, w: ResolvedWork, t: number, single: ProjectCost = singleCost(ctx, w)): LifeCyclePV {
  const f = replacementFactor(ctx, w, t);
  return {
    replacements: f * single.financial,
    replacementsDisruption: f * single.disruption,
    opex: opexPV(ctx, w, t),
    residual: residualBase(ctx, w, t) * factorAt(ctx.tl, ctx.tl.last),
  };
}

/** lifeCycleObjective without a cost or life-cycle object: `financial` and `disruption` are the
 *  work's single cost (singleFinancial, singleDisruption). The same sums in the same order. */
export function lifeCycleObjectiveOf(ctx: ModelContext, w: ResolvedWork, t: number, financial: number, disruption: number): number {
  const f = replacementFactor(ctx, w, t);
  const v = f * financial + opexPV(ctx, w, t) + residualBase(ctx, w, t) * factorAt(ctx.tl, ctx.tl.last);
  return v + (ctx.societal ? f * disruption : 0);
}

/** The optimiser's objective for one work's life cycle, in the optimizeFor perspective. */
export function lifeCycleObjective(ctx: ModelContext, w: ResolvedWork, t: number, single?: ProjectCost): number {
  const lc = lifeCyclePV(ctx, w, t, single);
  return lc.replacements + lc.opex + lc.residual + (ctx.societal ? lc.replacementsDisruption : 0);
}

/**
 * THE cost function of planning: PV (optimizeFor perspective) of executing these works together
 * in `year`, plus their life cycles. A neighbourhood's plan costs the sum over its projects.
 */
export function groupObjective(ctx: ModelContext, works: readonly ResolvedWork[], year: number): number {
  const c = projectCost(ctx, works, year);
  let v = factorAt(ctx.tl, year) * (c.financial + (ctx.societal ? c.disruption : 0));
  for (const w of works) v += lifeCycleObjective(ctx, w, year);
  return v;
}
