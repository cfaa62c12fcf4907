// Results per neighbourhood: each step's present value split over the neighbourhoods so that they
// add up to the step total to the cent (MODEL.md's rounding rule: each part rounded, then corrected
// one cent at a time by largest remainder, ties in id order). Savings are integer-
// cent differences of those parts, so they add up to the scenario's savings exactly as well.
import { byString, type ModelContext } from './context';
import type { Evaluation } from './evaluate';
import { extraStreams } from './extra-streams';
import { fromCents, roundQuantity, splitExact } from './money';
import { planColumns, type PlanColumns } from './plan-columns';
import {
  stepIds, type Amounts, type ComputeResult, type NeighbourhoodResult, type NeighbourhoodStep, type ProjectResult, type StepId, type StepResult,
  type WorkPlan,
} from './result';

export interface NeighbourhoodSource {
  ctx: ModelContext;
  /** The evaluation behind each step (steps with one plan share one). */
  evaluations: Record<StepId, Evaluation>;
}

const hours2 = (h: number): number => roundQuantity(h, 2);

/** Every neighbourhood of the sheet and any other id a work or task names, in id order (plain
 *  string order): the result must not depend on row order, so neither may the cent corrections. */
function neighbourhoodOrder(ctx: ModelContext, r: ComputeResult): string[] {
  const ids = new Set(ctx.scenario.neighbourhoods.map((n) => n.id));
  const seen = new Set<PlanColumns>(); // steps with one plan share their works list
  for (const s of r.steps) {
    const c = planColumns(s.works);
    if (seen.has(c)) continue;
    seen.add(c);
    let last: string | undefined; // works come in id order, mostly a neighbourhood at a time
    for (const nb of c.neighbourhood) if (nb !== last) ids.add((last = nb));
  }
  for (const t of ctx.scenario.citizenMaintenance) ids.add(t.neighbourhood);
  return [...ids].sort(byString);
}

/** What a step's rows list per neighbourhood: its works, projects, bundles, moved works and
 *  disruption days, in step order. */
interface Listed {
  works: string[][];
  projects: string[][];
  bundles: string[][];
  moved: ProjectResult['moved'][];
  days: number[];
}

/** Each list sized first and then filled: growing 100 lists by 50,000 pushes per step left more
 *  garbage than lists. */
function listByNeighbourhood(step: StepResult, plans: PlanColumns, index: Map<string, number>, N: number): Listed {
  const at = cachedIndex(index);
  const nWorks = new Int32Array(N), nProjects = new Int32Array(N), nBundles = new Int32Array(N), nMoved = new Int32Array(N);
  const workAt = new Int32Array(plans.work.length);
  plans.neighbourhood.forEach((nb, k) => { const i = (workAt[k] = at(nb)); nWorks[i]!++; });
  const projectAt = new Int32Array(step.projects.length);
  step.projects.forEach((p, k) => {
    const i = (projectAt[k] = at(p.neighbourhood));
    nProjects[i]!++;
    if (p.works.length > 1) nBundles[i]!++;
    nMoved[i]! += p.moved.length;
  });
  const sized = <T>(n: Int32Array): T[][] => Array.from(n, (len) => new Array<T>(len));
  const out: Listed = { works: sized(nWorks), projects: sized(nProjects), bundles: sized(nBundles), moved: sized(nMoved), days: new Array<number>(N).fill(0) };
  nWorks.fill(0); nProjects.fill(0); nBundles.fill(0); nMoved.fill(0);
  plans.work.forEach((work, k) => { const i = workAt[k]!; out.works[i]![nWorks[i]!++] = work; });
  step.projects.forEach((p, k) => {
    const i = projectAt[k]!;
    out.projects[i]![nProjects[i]!++] = p.id;
    if (p.works.length > 1) out.bundles[i]![nBundles[i]!++] = p.id;
    for (const m of p.moved) out.moved[i]![nMoved[i]!++] = m;
    out.days[i] = (out.days[i] as number) + p.days;
  });
  return out;
}

/** index.get for a run of equal keys looked up once. */
function cachedIndex(index: Map<string, number>): (id: string) => number {
  let last: string | undefined, at = 0;
  return (id) => (id === last ? at : (at = index.get((last = id))!));
}

export function neighbourhoodResults(src: NeighbourhoodSource, r: ComputeResult): NeighbourhoodResult[] {
  const { ctx } = src;
  const tl = ctx.tl;
  const ids = neighbourhoodOrder(ctx, r);
  const index = new Map(ids.map((id, i) => [id, i]));
  const N = ids.length;
  const names = new Map(ctx.scenario.neighbourhoods.map((n) => [n.id, n.name]));
  const cents: Record<StepId, { financial: number[]; societal: number[] }> = {} as never;
  const detail: Record<StepId, NeighbourhoodStep[]> = {} as never;
  const lists = new Map<readonly ProjectResult[], Map<readonly WorkPlan[], Listed>>();

  // Zelfbeheer hours over the horizon: contractor hours without residents before `integrated`.
  const hoursBefore = new Float64Array(N);
  const hoursAfter = new Float64Array(N);
  const residentHours = new Float64Array(N);
  for (const h of r.hours ?? []) {
    const i = index.get(h.neighbourhood);
    if (i === undefined) continue;
    hoursBefore[i] = (hoursBefore[i] as number) + h.contractorHoursBefore;
    hoursAfter[i] = (hoursAfter[i] as number) + h.contractorHours;
    residentHours[i] = (residentHours[i] as number) + h.residentHours;
  }

  for (const step of r.steps) {
    const id = step.id;
    const fin = new Array<number>(N).fill(0);
    const soc = new Array<number>(N).fill(0);
    for (const [nb, v] of src.evaluations[id].byNeighbourhood) {
      const i = index.get(nb)!;
      fin[i] = (fin[i] as number) + v.financial;
      soc[i] = (soc[i] as number) + v.financial + v.disruption;
    }
    for (const x of extraStreams(ctx, id)) {
      // A stream without a neighbourhood (none today) would go to the first one: the totals must hold.
      const i = x.neighbourhood === undefined ? 0 : index.get(x.neighbourhood) ?? 0;
      let f = 0;
      let s = 0;
      for (let y = 0; y < tl.length; y++) {
        f += (x.financial[y] ?? 0) * (tl.factor[y] as number);
        s += (x.societal[y] ?? 0) * (tl.factor[y] as number);
      }
      fin[i] = (fin[i] as number) + f;
      soc[i] = (soc[i] as number) + f + s;
    }
    // Co-financing transfers move money between parties within a year: they net to zero in a step
    // total and so add nothing to any neighbourhood's total.
    cents[id] = {
      financial: N ? splitExact(Math.round(step.pv.financial * 100), fin) : [],
      societal: N ? splitExact(Math.round(step.pv.societal * 100), soc) : [],
    };

    // Steps with one plan share their works and projects: listed once, copied for the next.
    let listed = lists.get(step.projects)?.get(step.works);
    const copy = listed !== undefined;
    if (!listed) {
      listed = listByNeighbourhood(step, planColumns(step.works), index, N);
      if (!lists.has(step.projects)) lists.set(step.projects, new Map());
      lists.get(step.projects)!.set(step.works, listed);
    }
    const l = listed;
    const rows: NeighbourhoodStep[] = ids.map((_, i) => ({
      step: id,
      pv: { financial: fromCents(cents[id].financial[i] as number), societal: fromCents(cents[id].societal[i] as number) },
      works: copy ? l.works[i]!.slice() : l.works[i]!,
      projects: copy ? l.projects[i]!.slice() : l.projects[i]!,
      bundles: copy ? l.bundles[i]!.slice() : l.bundles[i]!,
      moved: copy ? l.moved[i]!.slice() : l.moved[i]!,
      disruptionDays: l.days[i] as number,
      hours: id === 'integrated'
        ? { contractor: hours2(hoursAfter[i] as number), resident: hours2(residentHours[i] as number) }
        : { contractor: hours2(hoursBefore[i] as number), resident: 0 },
    }));
    detail[id] = rows;
  }

  const diff = (i: number, a: StepId, b: StepId): Amounts => ({
    financial: fromCents((cents[a].financial[i] as number) - (cents[b].financial[i] as number)),
    societal: fromCents((cents[a].societal[i] as number) - (cents[b].societal[i] as number)),
  });
  return ids.map((id, i) => ({
    id,
    name: names.get(id) ?? '',
    steps: stepIds.map((s) => detail[s][i]!),
    savings: {
      bundling: diff(i, 'separate', 'bundled'),
      differentiation: diff(i, 'bundled', 'differentiated'),
      citizen: diff(i, 'differentiated', 'integrated'),
      total: diff(i, 'separate', 'integrated'),
    },
  }));
}
