// What re-planning changed, for the notice under the headline: how many projects of the new plan
// are not in the held one (a project is its neighbourhood, year and works, over the integrated
// step). The same count as engine/held-plan's projectsChanged, found without building a text key
// per project: the held plan's projects are looked up by their first work and compared field by
// field, so a city's 30,000 projects cost a map of 30,000 entries rather than 60,000 joined
// strings just before the notice is drawn.
import type { ComputeResult, ProjectResult } from '../../engine/model/result';

type Plan = Pick<ProjectResult, 'neighbourhood' | 'year' | 'works'>;

const integrated = (r: ComputeResult): Plan[] => r.steps[r.steps.length - 1]!.projects;

function byFirstWork(projects: readonly Plan[]): Map<string, Plan[]> {
  const out = new Map<string, Plan[]>();
  for (const p of projects) {
    const first = p.works[0] ?? '';
    const list = out.get(first);
    if (list) list.push(p); else out.set(first, [p]);
  }
  return out;
}

function same(a: Plan, b: Plan): boolean {
  if (a.year !== b.year || a.neighbourhood !== b.neighbourhood || a.works.length !== b.works.length) return false;
  for (let i = 0; i < a.works.length; i++) if (a.works[i] !== b.works[i]) return false;
  return true;
}

/** How many projects of `after`'s plan are not in `before`'s. */
export function projectsChanged(before: ComputeResult, after: ComputeResult): number {
  const held = byFirstWork(integrated(before));
  let n = 0;
  for (const p of integrated(after)) {
    if (!held.get(p.works[0] ?? '')?.some((q) => same(q, p))) n += 1;
  }
  return n;
}
