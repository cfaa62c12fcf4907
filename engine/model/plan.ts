// Which works form a project, and in which year: per step and bundleMode (MODEL.md "Bundling
// modes"). The optimiser itself lives in ./optimal-exact.ts and ./optimal-heuristic.ts.
import type { BundleMode } from '../scenario/schema';
import type { ModelContext } from './context';
import { byString } from './context';
import { groupObjective } from './costs';
import { exactPlan } from './optimal-exact';
import { heuristicPlan } from './optimal-heuristic';
import type { ResolvedWork } from './resolve';
import type { OptimiserInfo } from './result';
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
    for (const w of ws) projects.push({ neighbourhood: nbh, year: w.plannedYear, works: [w] });
    info.push({ id: nbh, works: ws.length, method: 'none' });
  }
  return { projects: sortProjects(projects), info };
}

export function planBundled(ctx: ModelContext, works: readonly ResolvedWork[], mode: BundleMode, choice: OptimiserChoice = 'auto'): Plan {
  if (mode === 'none') return planSeparate(works);
  checkBundles(ctx, works);
  const counts = bundleCounts(works);
  const projects: PlannedProject[] = [];
  const info: Plan['info'] = [];
  for (const [nbh, ws] of byNeighbourhood(works)) {
    const units = unitsOf(ctx, ws, counts);
    if (mode === 'manual') {
      for (const u of units) projects.push({ neighbourhood: nbh, year: manualYear(ctx, u), works: u.works });
      info.push({ id: nbh, works: ws.length, method: 'manual' });
      continue;
    }
    const exact = choice === 'exact' || (choice === 'auto' && ws.length <= exactLimit);
    const groups = exact ? exactPlan(ctx, units) : heuristicPlan(ctx, units);
    for (const g of groups) projects.push({ neighbourhood: nbh, year: g.year, works: g.works });
    info.push({ id: nbh, works: ws.length, method: exact ? 'exact' : 'heuristic' });
  }
  return { projects: sortProjects(projects), info };
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
