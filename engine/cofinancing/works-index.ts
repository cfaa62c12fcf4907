// The resolved works of a step's projects and plans, for the views that walk them (allocation,
// capital charges). A city step has 50,000 works: looking each up by id in a map of 50,000 cost
// more than all the views' arithmetic (measured: 3–5 times the time of taking the works evaluate
// kept with each project), so the id map is only the fallback.
import { costedWorks } from '../model/lines';
import type { ResolvedWork } from '../model/resolve';
import type { ProjectResult } from '../model/result';

export interface StepWorks {
  /** A project's works in its order. */
  ofProject(p: ProjectResult): readonly ResolvedWork[];
  /** The work of the step's plan k, by its id. */
  ofPlan(k: number, work: string): ResolvedWork;
}

export function stepWorks(works: readonly ResolvedWork[]): StepWorks {
  let index: Map<string, ResolvedWork> | undefined;
  const byId = () => (index ??= new Map(works.map((w) => [w.id, w])));
  return {
    ofProject(p) {
      // The very objects evaluate costed the project from (engine/model/lines), when it kept them.
      const costed = costedWorks(p) as readonly ResolvedWork[] | undefined;
      let ok = costed !== undefined && costed.length === p.works.length;
      for (let m = 0; ok && m < p.works.length; m++) ok = costed![m]!.id === p.works[m] && typeof costed![m]!.lifetimeYears === 'number';
      return ok ? costed! : p.works.map((id) => byId().get(id) as ResolvedWork);
    },
    ofPlan(k, work) {
      // The plans are in the order of the step's works (id order) when they cover them exactly.
      const w = works[k];
      return w !== undefined && w.id === work ? w : (byId().get(work) as ResolvedWork);
    },
  };
}
