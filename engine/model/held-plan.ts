// A plan taken from an earlier result and held while only amounts change (MODEL.md "Uncertainty":
// the projects, their years and the variant choices stay; the numbers move). compute() costs it
// with its own evaluation, so a held plan's result is exact for that plan, not an estimate; only
// the optimiser is skipped, which is most of the time a city takes.
import type { Plan, PlannedProject } from './plan';
import type { ResolvedWork } from './resolved-work';
import type { OptimiserInfo, StepId } from './steps';

export interface HeldProject {
  neighbourhood: string;
  year: number;
  /** Work ids, in id order. */
  works: string[];
}

export interface HeldPlan {
  /** The projects of the steps that plan (bundled, differentiated, integrated). */
  steps: Partial<Record<StepId, HeldProject[]>>;
  /** The bundled step's optimiser report, carried over unchanged. */
  info: OptimiserInfo['neighbourhoods'];
  /** Per variant work id, the variant chosen: held by forcing it. */
  variants: Record<string, string>;
}

/** The held plan of `step` over this step's resolved works; throws when a work is missing (the
 *  works changed, so the plan cannot be held). */
export function heldPlanFor(held: HeldPlan, step: StepId, works: readonly ResolvedWork[]): Plan {
  const projects = held.steps[step];
  if (!projects) throw new Error(`no held plan for step ${step}`);
  const byId = new Map(works.map((w) => [w.id, w]));
  let count = 0;
  const out: PlannedProject[] = projects.map((p) => ({
    neighbourhood: p.neighbourhood,
    year: p.year,
    works: p.works.map((id) => {
      const w = byId.get(id);
      if (!w) throw new Error(`work ${id} is not in the held plan`);
      count += 1;
      return w;
    }),
  }));
  if (count !== works.length) throw new Error('the works changed: the plan cannot be held');
  return { projects: out, info: held.info };
}
