// The optimiser above 8 works per neighbourhood: a deterministic greedy sweep, roughly
// O(n · active groups · window). Start from the manual plan (every unit its own project: manual
// bundles at their best year, other works in their planned year), take units in order of window
// start (then planned year, then first work id) and let each join the open group with the largest
// saving, if any; then sweep the groups once more letting overlapping groups merge while that saves.
// Every merge lowers the total, so the plan is never worse than manual; a work left alone never
// moves. A group is "open" while its window can still meet the next unit's.
import type { ModelContext } from './context';
import { byString } from './context';
import { lifeCycleObjectiveOf, singleDisruption, singleFinancial } from './costs';
import type { PlannedGroup } from './optimal-exact';
import type { ResolvedWork } from './resolved-work';
import { factorAt } from './time';
import type { Unit } from './units';

const tieEuro = 0.005;

interface Group {
  works: ResolvedWork[];
  lone: boolean;
  lo: number;
  hi: number;
  fixed: number | null;
  direct: number;
  sumDays: number;
  maxDays: number;
  looseArea: number;
  streets: Map<string, number>;
  parties: Set<string>;
  // Plain arrays, not typed ones: a typed array of more than a few numbers gets its own buffer
  // outside the heap, which costs more to create (and to collect) than the few years it holds.
  /** Per year lo..hi: Σ life-cycle objective + PV of deferral. */
  extra: number[];
  /** Per year lo..hi: Σ |t − planned|. */
  moved: number[];
  year: number;
  cost: number;
  order: number;
  /** The unit groups this group was merged from. */
  units: Group[];
}

export function heuristicPlan(ctx: ModelContext, units: readonly Unit[]): PlannedGroup[] {
  const groups = units.map((u, i) => unitGroup(ctx, u, i));
  const byId = (a: Group, b: Group) => byString(a.works[0]!.id, b.works[0]!.id);
  groups.sort((a, b) => a.lo - b.lo || minPlanned(a) - minPlanned(b) || byId(a, b));
  let order = 0;
  for (const g of groups) g.order = order++;
  // Greedy joins depend on the order units arrive in; three fixed orders (window start, planned
  // year, window end) and the cheapest result (ties: the first) cover each other's blind spots.
  let best = sweep(ctx, groups);
  let bestCost = total(best);
  if (groups.length <= maxMultiOrder) {
    for (const ordered of [
      [...groups].sort((a, b) => minPlanned(a) - minPlanned(b) || byId(a, b)),
      [...groups].sort((a, b) => a.hi - b.hi || minPlanned(a) - minPlanned(b) || byId(a, b)),
    ]) {
      const plan = sweep(ctx, ordered);
      const c = total(plan);
      if (c < bestCost - 1e-9) {
        best = plan;
        bestCost = c;
      }
    }
  }
  if (groups.length <= maxMultiOrder) best = relocate(ctx, best);
  return best.map((g) => ({ year: g.year, works: g.works }));
}

/**
 * Local search after the sweeps: take one unit out of its group and leave it alone or put it in
 * another group, whenever that lowers the total; repeat (at most a few rounds) until nothing moves.
 * Catches the typical greedy mistake of a unit that joined early what a later group suits better.
 */
function relocate(ctx: ModelContext, start: Group[]): Group[] {
  let groups = start.slice().sort((a, b) => a.lo - b.lo || a.order - b.order);
  for (let round = 0; round < 4; round++) {
    let changed = false;
    for (let gi = 0; gi < groups.length; gi++) {
      const g = groups[gi]!;
      if (g.units.length < 2) continue;
      const sorted = [...g.units].sort(byOrder);
      for (const u of sorted) {
        // The group without u: its cost first, the group itself only when the move is made.
        const restCost = foldCost(ctx, sorted, u);
        if (restCost === null) continue;
        // u alone, or u joining another group h
        let bestDelta = restCost + u.cost - g.cost;
        let target = -1;
        for (let hi = 0; hi < groups.length; hi++) {
          if (hi === gi) continue;
          const h = groups[hi]!;
          if (h.hi < u.lo || h.lo > u.hi) continue;
          const c = mergedCost(ctx, h, u);
          if (c === null) continue;
          const delta = restCost + c - g.cost - h.cost;
          if (delta < bestDelta - 1e-9) {
            bestDelta = delta;
            target = hi;
          }
        }
        if (bestDelta >= -1e-6) continue;
        const rest = fold(ctx, sorted.filter((x) => x !== u))!;
        if (target >= 0) {
          const joined = merge(ctx, groups[target]!, u);
          if (joined === null || rest.cost + joined.cost - g.cost - groups[target]!.cost >= -1e-6) continue;
          groups[target] = joined;
          groups[gi] = rest;
        } else {
          groups[gi] = rest;
          groups.push(u);
        }
        changed = true;
        break; // g changed: move on to the next group
      }
    }
    if (!changed) break;
    groups = groups.sort((a, b) => a.lo - b.lo || a.order - b.order);
  }
  return groups;
}

/**
 * Rebuilds a group from unit groups (merge order: by order, so the result is deterministic). The
 * same as merging them one by one in that order — the same sums in the same order, so the very same
 * numbers — but in one pass: the local search folds every group once per unit it tries to move,
 * and building each intermediate group was most of the optimiser's time on the example.
 */
function fold(ctx: ModelContext, units: Group[]): Group | null {
  const sorted = [...units].sort(byOrder);
  const first = sorted[0];
  if (first === undefined || sorted.length === 1) return first ?? null;
  // merge() refuses an empty common window, two different Bundles-sheet years, or a Bundles-sheet
  // year outside the window; windows only shrink, so checking the final window is the same.
  let lo = first.lo;
  let hi = first.hi;
  let fixed = first.fixed;
  for (const u of sorted) {
    if (u.lo > lo) lo = u.lo;
    if (u.hi < hi) hi = u.hi;
    if (u.fixed !== null) {
      if (fixed !== null && fixed !== u.fixed) return null;
      fixed = u.fixed;
    }
  }
  if (lo > hi || (fixed !== null && (fixed < lo || fixed > hi))) return null;
  const n = hi - lo + 1;
  const extra: number[] = [];
  const moved: number[] = [];
  for (let i = 0; i < n; i++) {
    extra.push(first.extra[lo + i - first.lo] as number);
    moved.push(first.moved[lo + i - first.lo] as number);
  }
  const g: Group = {
    works: first.works.slice(), lone: false, lo, hi, fixed,
    direct: first.direct, sumDays: first.sumDays, maxDays: first.maxDays, looseArea: first.looseArea,
    streets: new Map(first.streets), parties: new Set(first.parties), extra, moved, year: lo, cost: Infinity,
    order: first.order, units: first.units.slice(),
  };
  for (let j = 1; j < sorted.length; j++) {
    const b = sorted[j]!;
    for (const [k, v] of b.streets) if (v > (g.streets.get(k) ?? -1)) g.streets.set(k, v);
    for (const p of b.parties) g.parties.add(p);
    g.direct = g.direct + b.direct;
    g.sumDays = g.sumDays + b.sumDays;
    g.maxDays = Math.max(g.maxDays, b.maxDays);
    g.looseArea = g.looseArea + b.looseArea;
    for (let i = 0; i < n; i++) {
      extra[i] = (extra[i] as number) + (b.extra[lo + i - b.lo] as number);
      moved[i] = (moved[i] as number) + (b.moved[lo + i - b.lo] as number);
    }
    for (const w of b.works) g.works.push(w);
    for (const u of b.units) g.units.push(u);
    if (b.order < g.order) g.order = b.order;
  }
  if (!choose(ctx, g, baseCost(ctx, g))) return null;
  return g;
}

const byOrder = (a: Group, b: Group): number => a.order - b.order;

// Scratch space of foldCost (the optimiser runs single-threaded, one call at a time).
const scratchStreets = new Map<string, number>();
const scratchParties = new Set<string>();
let scratchExtra = new Float64Array(64);
let scratchMoved = new Int32Array(64);

/**
 * fold(ctx, sorted without skip)?.cost without building that group: the same aggregates and
 * per-year sums in the same order, so the very same number. The local search asks it for every
 * unit of every group and builds the group only for a move it makes. `sorted`: by order.
 */
function foldCost(ctx: ModelContext, sorted: readonly Group[], skip: Group): number | null {
  let first: Group | undefined;
  let count = 0;
  let lo = 0;
  let hi = 0;
  let fixed: number | null = null;
  for (const u of sorted) {
    if (u === skip) continue;
    if (count++ === 0) {
      first = u;
      lo = u.lo;
      hi = u.hi;
      fixed = u.fixed;
      continue;
    }
    if (u.lo > lo) lo = u.lo;
    if (u.hi < hi) hi = u.hi;
    if (u.fixed !== null) {
      if (fixed !== null && fixed !== u.fixed) return null;
      fixed = u.fixed;
    }
  }
  if (first === undefined) return null;
  if (count === 1) return first.cost;
  if (lo > hi || (fixed !== null && (fixed < lo || fixed > hi))) return null;
  const n = hi - lo + 1;
  if (scratchExtra.length < n) {
    scratchExtra = new Float64Array(n);
    scratchMoved = new Int32Array(n);
  }
  const extra = scratchExtra;
  const moved = scratchMoved;
  for (let i = 0; i < n; i++) {
    extra[i] = first.extra[lo + i - first.lo] as number;
    moved[i] = first.moved[lo + i - first.lo] as number;
  }
  scratchStreets.clear();
  scratchParties.clear();
  for (const [k, v] of first.streets) scratchStreets.set(k, v);
  for (const p of first.parties) scratchParties.add(p);
  let direct = first.direct;
  let sumDays = first.sumDays;
  let maxDays = first.maxDays;
  let looseArea = first.looseArea;
  for (const b of sorted) {
    if (b === skip || b === first) continue;
    for (const [k, v] of b.streets) if (v > (scratchStreets.get(k) ?? -1)) scratchStreets.set(k, v);
    for (const p of b.parties) scratchParties.add(p);
    direct = direct + b.direct;
    sumDays = sumDays + b.sumDays;
    maxDays = Math.max(maxDays, b.maxDays);
    looseArea = looseArea + b.looseArea;
    for (let i = 0; i < n; i++) {
      extra[i] = (extra[i] as number) + (b.extra[lo + i - b.lo] as number);
      moved[i] = (moved[i] as number) + (b.moved[lo + i - b.lo] as number);
    }
  }
  const k = baseCost(ctx, { works: first.works, direct, sumDays, maxDays, looseArea, streets: scratchStreets, parties: scratchParties });
  const from = fixed ?? lo;
  const to = fixed ?? hi;
  const year = pickYear(ctx, k, extra, moved, lo, from, to);
  return factorAt(ctx.tl, year) * k + (extra[year - lo] as number);
}

/** Above this many units per neighbourhood only the window-start order runs (speed). */
const maxMultiOrder = 200;

const total = (gs: readonly Group[]): number => gs.reduce((a, g) => a + g.cost, 0);

function sweep(ctx: ModelContext, ordered: readonly Group[]): Group[] {
  // Pass 1: each unit, in the given order, joins the open group whose merge saves most.
  const inLoOrder = ordered.every((g, i) => i === 0 || ordered[i - 1]!.lo <= g.lo);
  const open: Group[] = [];
  const done: Group[] = [];
  for (const u of ordered) {
    if (inLoOrder) retire(open, done, u.lo);
    const pick = bestMerge(ctx, open, u);
    if (pick) open[open.indexOf(pick.with)] = pick.merged;
    else open.push(u);
  }
  done.push(...open);

  // Pass 2: the groups, by window start, may merge with overlapping groups while that saves.
  done.sort((a, b) => a.lo - b.lo || a.order - b.order);
  const open2: Group[] = [];
  const final: Group[] = [];
  for (const g of done) {
    retire(open2, final, g.lo);
    const pick = bestMerge(ctx, open2, g);
    if (pick) open2[open2.indexOf(pick.with)] = pick.merged;
    else open2.push(g);
  }
  final.push(...open2);
  return final;
}

function minPlanned(g: Group): number {
  let m = Infinity;
  for (const w of g.works) if (w.plannedYear < m) m = w.plannedYear;
  return m;
}

function retire(open: Group[], done: Group[], from: number): void {
  for (let i = 0; i < open.length; ) {
    if (open[i]!.hi < from) done.push(open.splice(i, 1)[0]!);
    else i++;
  }
}

function bestMerge(ctx: ModelContext, open: readonly Group[], u: Group): { with: Group; merged: Group } | null {
  let best: Group | null = null;
  let bestGain = 1e-9;
  for (const g of open) {
    const cost = mergedCost(ctx, g, u);
    if (cost === null) continue;
    const gain = g.cost + u.cost - cost;
    if (gain > bestGain + 1e-9) {
      bestGain = gain;
      best = g;
    }
  }
  if (best === null) return null;
  // The merged group's year follows the tie rule (fewer years moved within €0.005), so its cost may
  // sit a fraction above the minimum: merge only if it still saves.
  const merged = merge(ctx, best, u);
  if (merged === null || best.cost + u.cost - merged.cost <= 1e-9) return null;
  return { with: best, merged };
}

/** The merged group's best cost, without building it (the sweep tries many pairs, keeps few). */
function mergedCost(ctx: ModelContext, a: Group, b: Group): number | null {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  if (lo > hi) return null;
  if (a.fixed !== null && b.fixed !== null && a.fixed !== b.fixed) return null;
  const fixed = a.fixed ?? b.fixed;
  if (fixed !== null && (fixed < lo || fixed > hi)) return null;
  const s = ctx.settings;
  let area = a.looseArea + b.looseArea;
  for (const v of a.streets.values()) area += v;
  for (const [k, v] of b.streets) {
    const have = a.streets.get(k);
    area += have === undefined ? v : Math.max(0, v - have);
  }
  let parties = a.parties.size;
  for (const p of b.parties) if (!a.parties.has(p)) parties++;
  const direct = a.direct + b.direct;
  const sumDays = a.sumDays + b.sumDays;
  const maxDays = Math.max(a.maxDays, b.maxDays);
  const days = maxDays + s.sequentialShare * (sumDays - maxDays);
  let k = direct + s.engineeringFixed + s.engineeringRate * direct + s.tenderFixed + s.participationFixed
    + s.siteFixed + s.sitePerDay * days + s.openingCostPerM2 * area + s.coordinationPerExtraParty * Math.max(0, parties - 1);
  if (ctx.societal) k += days * (ctx.disruptionPerDay.get(a.works[0]!.neighbourhood) ?? 0);
  let min = Infinity;
  const from = fixed ?? lo;
  const to = fixed ?? hi;
  for (let t = from; t <= to; t++) {
    const c = factorAt(ctx.tl, t) * k + (a.extra[t - a.lo] as number) + (b.extra[t - b.lo] as number);
    if (c < min) min = c;
  }
  return min;
}

function unitGroup(ctx: ModelContext, u: Unit, order: number): Group {
  const w0 = u.works[0]!;
  const lo = u.lone ? w0.earliest : u.lo;
  const hi = u.lone ? w0.latest : u.hi;
  const g: Group = {
    works: u.works.slice(), lone: u.lone, lo, hi, fixed: u.fixed,
    direct: 0, sumDays: 0, maxDays: 0, looseArea: 0, streets: new Map(), parties: new Set(),
    extra: zeros(hi - lo + 1), moved: zeros(hi - lo + 1),
    year: lo, cost: Infinity, order, units: [],
  };
  g.units.push(g);
  for (const w of u.works) {
    g.direct += w.direct;
    g.sumDays += w.durationDays;
    if (w.durationDays > g.maxDays) g.maxDays = w.durationDays;
    if (w.streetKey === null) g.looseArea += w.openedArea;
    else if (w.openedArea > (g.streets.get(w.streetKey) ?? -1)) g.streets.set(w.streetKey, w.openedArea);
    g.parties.add(w.party);
    // Once per work, not per year of its window.
    const financial = singleFinancial(ctx, w);
    const disruption = singleDisruption(w, ctx.disruptionPerDay.get(w.neighbourhood) ?? 0);
    for (let t = lo; t <= hi; t++) {
      const i = t - lo;
      const def = t > w.plannedYear ? w.deferralCostPerYear * (t - w.plannedYear) : 0;
      g.extra[i] = (g.extra[i] as number) + lifeCycleObjectiveOf(ctx, w, t, financial, disruption) + factorAt(ctx.tl, t) * def;
      g.moved[i] = (g.moved[i] as number) + Math.abs(t - w.plannedYear);
    }
  }
  choose(ctx, g, baseCost(ctx, g));
  return g;
}

/** The year-independent part of a project's cost (base prices): all but deferral. */
function baseCost(ctx: ModelContext, g: Pick<Group, 'works' | 'direct' | 'sumDays' | 'maxDays' | 'looseArea' | 'streets' | 'parties'>): number {
  const s = ctx.settings;
  let area = g.looseArea;
  for (const a of g.streets.values()) area += a;
  const days = g.maxDays + s.sequentialShare * (g.sumDays - g.maxDays);
  let k = g.direct + s.engineeringFixed + s.engineeringRate * g.direct + s.tenderFixed + s.participationFixed
    + s.siteFixed + s.sitePerDay * days + s.openingCostPerM2 * area
    + s.coordinationPerExtraParty * Math.max(0, g.parties.size - 1);
  if (ctx.societal) k += days * (ctx.disruptionPerDay.get(g.works[0]!.neighbourhood) ?? 0);
  return k;
}

/** Picks the group's year: cheapest; within €0.005 fewer years moved, then earlier. */
function choose(ctx: ModelContext, g: Group, k: number): boolean {
  let from = g.lo;
  let to = g.hi;
  if (g.lone && g.works.length === 1) from = to = g.works[0]!.plannedYear;
  else if (g.fixed !== null) {
    if (g.fixed < g.lo || g.fixed > g.hi) return false;
    from = to = g.fixed;
  }
  if (from > to) return false;
  g.year = pickYear(ctx, k, g.extra, g.moved, g.lo, from, to);
  g.cost = factorAt(ctx.tl, g.year) * k + (g.extra[g.year - g.lo] as number);
  return true;
}

/** The year in from..to (from ≤ to) of lowest factor(t)·k + extra[t − lo]; among those within
 *  €0.005 of it, fewest years moved, then earliest. Two passes, no arrays: it runs for every merge
 *  the sweeps try. */
function pickYear(ctx: ModelContext, k: number, extra: ArrayLike<number>, moved: ArrayLike<number>, lo: number, from: number, to: number): number {
  let min = Infinity;
  for (let t = from; t <= to; t++) min = Math.min(min, factorAt(ctx.tl, t) * k + (extra[t - lo] as number));
  let pick = -1;
  for (let t = from; t <= to; t++) {
    if (factorAt(ctx.tl, t) * k + (extra[t - lo] as number) > min + tieEuro) continue;
    if (pick < 0 || (moved[t - lo] as number) < (moved[pick - lo] as number)) pick = t;
  }
  return pick;
}

function merge(ctx: ModelContext, a: Group, b: Group): Group | null {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  if (lo > hi) return null;
  if (a.fixed !== null && b.fixed !== null && a.fixed !== b.fixed) return null;
  const fixed = a.fixed ?? b.fixed;
  if (fixed !== null && (fixed < lo || fixed > hi)) return null;
  const streets = new Map(a.streets);
  for (const [k, v] of b.streets) if (v > (streets.get(k) ?? -1)) streets.set(k, v);
  const parties = new Set(a.parties);
  for (const p of b.parties) parties.add(p);
  const n = hi - lo + 1;
  const extra: number[] = [];
  const moved: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = lo + i;
    extra.push((a.extra[t - a.lo] as number) + (b.extra[t - b.lo] as number));
    moved.push((a.moved[t - a.lo] as number) + (b.moved[t - b.lo] as number));
  }
  const g: Group = {
    works: a.works.concat(b.works), lone: false, lo, hi, fixed,
    direct: a.direct + b.direct, sumDays: a.sumDays + b.sumDays, maxDays: Math.max(a.maxDays, b.maxDays),
    looseArea: a.looseArea + b.looseArea, streets, parties, extra, moved, year: lo, cost: Infinity,
    order: Math.min(a.order, b.order), units: a.units.concat(b.units),
  };
  if (!choose(ctx, g, baseCost(ctx, g))) return null;
  return g;
}

function zeros(n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(0);
  return out;
}
