// The resolved works of each project of a step, for the views that walk a step's projects with
// their works (allocation, capital charges). A city step has 50,000 works: looking each up by id in
// a map of 50,000 cost more than all the views' arithmetic (measured: 3–5 times the time of taking
// the works evaluate kept with each project), so the id map is only the fallback.
import type { ResolvedWork } from '../model/resolve';
import { costedWorks } from '../model/lines';
import type { ProjectResult, StepResult, WorkPlan } from '../model/result';

/** Project j's works are `order[start[j]]` … `order[start[j + 1] − 1]`, in the project's order. */
export interface Members {
  order: ResolvedWork[];
  start: Int32Array;
  /** The work of plan k: works[k] when the plans are in the order of `works`. */
  workOf(k: number, plan: WorkPlan): ResolvedWork;
}

const cache = new WeakMap<StepResult['projects'], { works: readonly ResolvedWork[]; plans: StepResult['works']; members: Members }>();

export function membersOf(works: readonly ResolvedWork[], step: Pick<StepResult, 'projects' | 'works'>): Members {
  const hit = cache.get(step.projects);
  if (hit && hit.works === works && hit.plans === step.works) return hit.members;
  let index: Map<string, ResolvedWork> | undefined;
  const byId = () => (index ??= new Map(works.map((w) => [w.id, w])));
  const { order, start } = costedMembers(step.projects) ?? lookedUpMembers(step.projects, byId());
  // The plans are in the order of the step's works (id order) when they cover them exactly.
  const plans = step.works;
  let aligned = plans.length === works.length;
  for (let k = 0; aligned && k < plans.length; k++) aligned = works[k]!.id === plans[k]!.work;
  const workOf = aligned ? (k: number) => works[k]! : (_: number, plan: WorkPlan) => byId().get(plan.work) as ResolvedWork;
  const members = { order, start, workOf };
  cache.set(step.projects, { works, plans, members });
  return members;
}

/** Each project's works as evaluate costed them (engine/model/lines): undefined when a project
 *  has none or they are not its works by id. */
function costedMembers(projects: readonly ProjectResult[]): Omit<Members, 'workOf'> | undefined {
  const order: ResolvedWork[] = [];
  const start = new Int32Array(projects.length + 1);
  for (let j = 0; j < projects.length; j++) {
    const p = projects[j]!;
    const costed = costedWorks(p) as readonly ResolvedWork[] | undefined;
    if (costed === undefined || costed.length !== p.works.length) return undefined;
    for (let m = 0; m < costed.length; m++) {
      const w = costed[m]!;
      if (w.id !== p.works[m] || typeof w.lifetimeYears !== 'number') return undefined;
      order.push(w);
    }
    start[j + 1] = order.length;
  }
  return { order, start };
}

function lookedUpMembers(projects: readonly ProjectResult[], ws: Map<string, ResolvedWork>): Omit<Members, 'workOf'> {
  const order: ResolvedWork[] = [];
  const start = new Int32Array(projects.length + 1);
  projects.forEach((p, j) => {
    for (const id of p.works) order.push(ws.get(id) as ResolvedWork);
    start[j + 1] = order.length;
  });
  return { order, start };
}
