// Results per neighbourhood: each step's present value split over the neighbourhoods so that they
// add up to the step total to the cent (MODEL.md's rounding rule: each part rounded, then corrected
// one cent at a time by largest remainder, ties in id order). Savings are integer-
// cent differences of those parts, so they add up to the scenario's savings exactly as well.
import { byString, type ModelContext } from './context';
import type { Evaluation } from './evaluate';
import { extraStreams } from './extra-streams';
import { fromCents, roundQuantity, splitExact } from './money';
import { stepIds, type Amounts, type ComputeResult, type NeighbourhoodResult, type NeighbourhoodStep, type StepId } from './result';

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
  for (const s of r.steps) for (const w of s.works) ids.add(w.neighbourhood);
  for (const t of ctx.scenario.citizenMaintenance) ids.add(t.neighbourhood);
  return [...ids].sort(byString);
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

    const rows: NeighbourhoodStep[] = ids.map((_, i) => ({
      step: id,
      pv: { financial: fromCents(cents[id].financial[i] as number), societal: fromCents(cents[id].societal[i] as number) },
      works: [], projects: [], bundles: [], moved: [], disruptionDays: 0,
      hours: id === 'integrated'
        ? { contractor: hours2(hoursAfter[i] as number), resident: hours2(residentHours[i] as number) }
        : { contractor: hours2(hoursBefore[i] as number), resident: 0 },
    }));
    for (const w of step.works) rows[index.get(w.neighbourhood)!]!.works.push(w.work);
    for (const p of step.projects) {
      const row = rows[index.get(p.neighbourhood)!]!;
      row.projects.push(p.id);
      if (p.works.length > 1) row.bundles.push(p.id);
      for (const m of p.moved) row.moved.push(m);
      row.disruptionDays += p.days;
    }
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
