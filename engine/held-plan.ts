// Holding a plan: the result of a scenario whose amounts moved, for the plan of an earlier result
// (its projects, their years and its variant choices). A what-if slider shows this while it moves;
// the re-planned result follows when it stops. Exact for the held plan: compute() itself costs it,
// only the optimiser and the variant ranking are skipped.
import { computePrepared, prepareCompute } from './compute';
import { scenarioHash } from './model/canonical';
import type { HeldPlan } from './model/held-plan';
import { stepIds, type ComputeOptions, type ComputeResult } from './model/result';
import type { Scenario } from './scenario/schema';

export type { HeldPlan } from './model/held-plan';

/** The plan of a result, to hold. */
export function heldPlanOf(result: ComputeResult): HeldPlan {
  const steps: HeldPlan['steps'] = {};
  result.steps.forEach((s, k) => {
    if (stepIds[k] === 'separate') return;
    steps[s.id] = s.projects.map((p) => ({ neighbourhood: p.neighbourhood, year: p.year, works: p.works }));
  });
  const variants: Record<string, string> = {};
  for (const c of result.variants ?? []) variants[c.work] = c.chosen;
  return { steps, info: result.optimiser.neighbourhoods, variants };
}

/** The scenario with the held variant choices forced in the works' variant column. */
function forceVariants(scenario: Scenario, held: HeldPlan): Scenario {
  if (Object.keys(held.variants).length === 0) return scenario;
  return {
    ...scenario,
    works: scenario.works.map((w) => {
      const v = held.variants[w.id];
      return v === undefined || w.variant === v ? w : { ...w, variant: v };
    }),
  };
}

/** compute() of `scenario` for the held plan. Throws when the plan does not fit the scenario's
 *  works (a work added, removed or moved to another neighbourhood). */
export function computeHeld(scenario: Scenario, held: HeldPlan, options: Omit<ComputeOptions, 'plan'> = {}): ComputeResult {
  const forced = forceVariants(scenario, held);
  // meta.input is the hash of the scenario as given, not as forced: hashed once (a city's takes ~0.4 s).
  const r = computePrepared(prepareCompute(forced), { ...options, plan: held }, undefined, undefined, scenarioHash(scenario));
  if (forced === scenario) return r;
  // The report says what the user chose: a choice held by forcing it was not forced by them.
  const own = new Map(scenario.works.map((w) => [w.id, w.variant !== undefined && w.variant.trim() !== '']));
  r.variants = (r.variants ?? []).map((c) => ({ ...c, forced: own.get(c.work) ?? false }));
  return r;
}

type PlannedProject = Pick<ComputeResult['steps'][number]['projects'][number], 'neighbourhood' | 'year' | 'works'>;

const integratedProjects = (r: ComputeResult): PlannedProject[] => r.steps[r.steps.length - 1]!.projects;

function sameProject(a: PlannedProject, b: PlannedProject): boolean {
  if (a.year !== b.year || a.neighbourhood !== b.neighbourhood || a.works.length !== b.works.length) return false;
  for (let i = 0; i < a.works.length; i++) if (a.works[i] !== b.works[i]) return false;
  return true;
}

/** How many projects of `b`'s plan are not in `a`'s (a project is its neighbourhood, year and
 *  works), over the integrated step: what re-planning changed. `a`'s projects are looked up by
 *  their first work and compared field by field: no text key per project (a city has ~30,000,
 *  counted on the page just before the notice is drawn), and no ids that collide when joined. */
export function projectsChanged(a: ComputeResult, b: ComputeResult): number {
  const held = new Map<string, PlannedProject[]>();
  for (const p of integratedProjects(a)) {
    const first = p.works[0] ?? '';
    const list = held.get(first);
    if (list) list.push(p); else held.set(first, [p]);
  }
  let n = 0;
  for (const p of integratedProjects(b)) {
    if (!held.get(p.works[0] ?? '')?.some((q) => sameProject(q, p))) n += 1;
  }
  return n;
}
