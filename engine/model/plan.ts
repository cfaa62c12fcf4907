// Which works form a project, and in which year: per step and bundleMode (MODEL.md "Bundling
// modes"). The optimiser itself lives in ./optimal-exact.ts and ./optimal-heuristic.ts.
import type { BundleMode } from '../scenario/schema';
import type { ModelContext } from './context';
import { byString } from './context';
import { groupObjective } from './costs';
import { exactPlan } from './optimal-exact';
import { heuristicPlan } from './optimal-heuristic';
import type { ResolvedWork } from './resolved-work';
import type { OptimiserInfo } from './steps';
import { bundleCounts, byNeighbourhood, checkBundles, feasibleYears, unitsOf, type Unit } from './units';

export interface PlannedProject {
  neighbourhood: string;
  year: number;
  /** In id order. */
  works: ResolvedWork[];
}

export interface Plan {
  projects: PlannedProject[];
  info: OptimiserInfo['neighbourhoods'];
  /** Per neighbourhood its works (id order) and projects, for planBundled's `reuse`. */
  neighbourhoods?: Map<string, { works: ResolvedWork[]; projects: PlannedProject[] }>;
}

/** Two plan costs closer than this are equal (MODEL.md: "within €0.005 of the best"). */
export const tieEuro = 0.005;
/** Up to this many works per neighbourhood the optimiser is exact. */
export const exactLimit = 8;

export type OptimiserChoice = 'auto' | 'exact' | 'heuristic';

export function planSeparate(works: readonly ResolvedWork[]): Plan {
  const projects: PlannedProject[] = [];
  const info: Plan['info'] = [];
  for (const [nbh, ws] of byNeighbourhood(works)) {
    // Made in sortProjects' order (neighbourhood, year, work id) by grouping the id-ordered works by
    // year: no sort of 50,000 projects for a city.
    const byYear = new Map<number, ResolvedWork[]>();
    for (const w of ws) {
      let l = byYear.get(w.plannedYear);
      if (!l) byYear.set(w.plannedYear, (l = []));
      l.push(w);
    }
    for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
      for (const w of byYear.get(year)!) projects.push({ neighbourhood: nbh, year, works: [w] });
    }
    info.push({ id: nbh, works: ws.length, method: 'none' });
  }
  return { projects, info };
}

/** Per neighbourhood, projects planned elsewhere (another thread, an earlier computation) for
 *  these very works, or undefined to plan them here. */
export type KnownPlans = (neighbourhood: string, works: ResolvedWork[]) => PlannedProject[] | undefined;

/**
 * `reuse`: a plan of the same scenario (the bundled step's, when planning the differentiated one).
 * A neighbourhood whose works are the very same objects as there is planned exactly as there —
 * each neighbourhood is planned on its own works only — so its projects are taken over instead of
 * optimised again: most neighbourhoods of a city keep their works when variants are chosen.
 */
export function planBundled(ctx: ModelContext, works: readonly ResolvedWork[], mode: BundleMode, choice: OptimiserChoice = 'auto', reuse?: Plan, known?: KnownPlans): Plan {
  if (mode === 'none') return planSeparate(works);
  checkBundles(ctx, works);
  const counts = bundleCounts(works);
  const projects: PlannedProject[] = [];
  const info: Plan['info'] = [];
  const neighbourhoods: NonNullable<Plan['neighbourhoods']> = new Map();
  for (const [nbh, ws] of byNeighbourhood(works)) {
    const before = reuse?.neighbourhoods?.get(nbh);
    let own: PlannedProject[];
    if (before !== undefined && sameObjects(before.works, ws)) own = before.projects;
    else own = known?.(nbh, ws) ?? planNeighbourhood(ctx, nbh, ws, counts, mode, choice);
    for (const p of own) projects.push(p);
    info.push({ id: nbh, works: ws.length, method: planMethod(mode, choice, ws.length) });
    neighbourhoods.set(nbh, { works: ws, projects: own });
  }
  return { projects: sortProjects(projects), info, neighbourhoods };
}

function planMethod(mode: BundleMode, choice: OptimiserChoice, works: number): Plan['info'][number]['method'] {
  if (mode === 'manual') return 'manual';
  return choice === 'exact' || (choice === 'auto' && works <= exactLimit) ? 'exact' : 'heuristic';
}

/** The projects of one neighbourhood (its works in id order): it is planned on its own works only,
 *  which is what lets neighbourhoods be planned apart, in any order or thread. `counts`: how many
 *  works carry each bundle id, over the step (checkBundles passed, so a bundle lies in one
 *  neighbourhood). */
export function planNeighbourhood(ctx: ModelContext, nbh: string, ws: ResolvedWork[], counts: ReadonlyMap<string, number>, mode: Exclude<BundleMode, 'none'>, choice: OptimiserChoice): PlannedProject[] {
  const units = unitsOf(ctx, ws, counts);
  if (mode === 'manual') return units.map((u) => ({ neighbourhood: nbh, year: manualYear(ctx, u), works: u.works }));
  const groups = planMethod(mode, choice, ws.length) === 'exact' ? exactPlan(ctx, units) : heuristicPlan(ctx, units);
  return groups.map((g) => ({ neighbourhood: nbh, year: g.year, works: g.works }));
}

export function sameObjects<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A manual bundle's year: the Bundles-sheet year, else the cheapest in the shared window (ties
 *  within €0.005: earliest). A lone work: its planned year. */
export function manualYear(ctx: ModelContext, u: Unit): number {
  const years = feasibleYears([u]);
  if (years.length === 1) return years[0]!;
  const costs = years.map((t) => groupObjective(ctx, u.works, t));
  const min = Math.min(...costs);
  const bestYear = years[costs.findIndex((c) => c <= min + tieEuro)]!;
  return bestYear;
}

function sortProjects(ps: PlannedProject[]): PlannedProject[] {
  for (const p of ps) p.works.sort((a, b) => byString(a.id, b.id));
  return ps.sort((a, b) => byString(a.neighbourhood, b.neighbourhood) || a.year - b.year || byString(a.works[0]!.id, b.works[0]!.id));
}
