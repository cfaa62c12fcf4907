// Planning units: a manual bundle (a bundle id carried by two or more works) or a single work.
// Bundles never cross neighbourhoods; their windows must share a year and a Bundles-sheet year
// must lie in that shared window (input errors naming the works otherwise).
import { InputError, problem, type Problem } from '../problems';
import type { ModelContext } from './context';
import { byString } from './context';
import type { ResolvedWork } from './resolved-work';

export interface Unit {
  /** Works in id order. */
  works: ResolvedWork[];
  /** A single work without an effective bundle: alone it stays in its planned year. */
  lone: boolean;
  bundle: string | null;
  lo: number;
  hi: number;
  /** Bundles-sheet year, binding. */
  fixed: number | null;
}

/** Works grouped by neighbourhood, neighbourhoods in id order, works in id order. */
export function byNeighbourhood(works: readonly ResolvedWork[]): [string, ResolvedWork[]][] {
  const m = new Map<string, ResolvedWork[]>();
  for (const w of works) {
    let l = m.get(w.neighbourhood);
    if (!l) m.set(w.neighbourhood, (l = []));
    l.push(w);
  }
  for (const l of m.values()) l.sort((a, b) => byString(a.id, b.id));
  return [...m.entries()].sort((a, b) => byString(a[0], b[0]));
}

/** Checks bundles over all works of a step (a bundle across neighbourhoods is an error). */
export function checkBundles(ctx: ModelContext, works: readonly ResolvedWork[]): void {
  const members = new Map<string, ResolvedWork[]>();
  for (const w of works) if (w.bundle !== null) {
    let l = members.get(w.bundle);
    if (!l) members.set(w.bundle, (l = []));
    l.push(w);
  }
  const problems: Problem[] = [];
  for (const [id, ws] of [...members.entries()].sort((a, b) => byString(a[0], b[0]))) {
    if (ws.length < 2) continue;
    const list = ws.map((w) => w.id).sort(byString).join(', ');
    const first = ws.reduce((a, b) => (a.index < b.index ? a : b));
    const at = { sheet: 'works' as const, index: first.index, field: 'bundle' };
    if (new Set(ws.map((w) => w.neighbourhood)).size > 1) {
      problems.push(problem('bundle.neighbourhoods', { bundle: id, works: ws.map((w) => `${w.id} (${w.neighbourhood})`).sort(byString).join(', ') }, at));
      continue;
    }
    const lo = Math.max(...ws.map((w) => w.earliest));
    const hi = Math.min(...ws.map((w) => w.latest));
    if (lo > hi) problems.push(problem('bundle.noCommonYear', { bundle: id, works: ws.map((w) => `${w.id} ${w.earliest}–${w.latest}`).sort(byString).join(', ') }, at));
    const fixed = ctx.bundleYear.get(id);
    if (lo <= hi && fixed !== undefined && (fixed < lo || fixed > hi)) {
      const bi = ctx.scenario.bundles.findIndex((b) => b.id === id);
      problems.push(problem('bundle.yearOutsideWindow', { bundle: id, year: fixed, work: list, from: lo, to: hi },
        { sheet: 'bundles', index: bi, field: 'year' }));
    }
  }
  if (problems.length) throw new InputError(problems);
}

/** The units of one neighbourhood (works in id order), in order of their first work id. */
export function unitsOf(ctx: ModelContext, works: readonly ResolvedWork[], allWorks: ReadonlyMap<string, number>): Unit[] {
  const bundles = new Map<string, ResolvedWork[]>();
  const units: Unit[] = [];
  for (const w of works) {
    if (w.bundle !== null && (allWorks.get(w.bundle) ?? 0) >= 2) {
      let l = bundles.get(w.bundle);
      if (!l) {
        bundles.set(w.bundle, (l = []));
        units.push({ works: l, lone: false, bundle: w.bundle, lo: 0, hi: 0, fixed: ctx.bundleYear.get(w.bundle) ?? null });
      }
      l.push(w);
    } else {
      units.push({ works: [w], lone: true, bundle: null, lo: w.earliest, hi: w.latest, fixed: null });
    }
  }
  for (const u of units) if (!u.lone) {
    u.lo = Math.max(...u.works.map((w) => w.earliest));
    u.hi = Math.min(...u.works.map((w) => w.latest));
  }
  return units;
}

/** How many works carry each bundle id. */
export function bundleCounts(works: readonly ResolvedWork[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of works) if (w.bundle !== null) m.set(w.bundle, (m.get(w.bundle) ?? 0) + 1);
  return m;
}

/** Years a project of these units may take: a lone work alone only its planned year; otherwise the
 *  windows' intersection, or the one Bundles-sheet year in it. Empty: not allowed together. */
export function feasibleYears(units: readonly Unit[]): number[] {
  if (units.length === 1 && units[0]!.lone) return [units[0]!.works[0]!.plannedYear];
  let lo = -Infinity;
  let hi = Infinity;
  let fixed: number | null = null;
  for (const u of units) {
    if (u.lo > lo) lo = u.lo;
    if (u.hi < hi) hi = u.hi;
    if (u.fixed !== null) {
      if (fixed !== null && fixed !== u.fixed) return [];
      fixed = u.fixed;
    }
  }
  if (fixed !== null) return fixed >= lo && fixed <= hi ? [fixed] : [];
  const out: number[] = [];
  for (let t = lo; t <= hi; t++) out.push(t);
  return out;
}

export const movedYears = (works: readonly ResolvedWork[], t: number): number =>
  works.reduce((s, w) => s + Math.abs(t - w.plannedYear), 0);
