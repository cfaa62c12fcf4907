// Entry points the engine calls: the citizen-maintenance plans of a scenario (checked, computed
// once per scenario) and their cost streams per step.
import { InputError, hasErrors } from '../problems';
import type { Scenario } from '../scenario/schema';
import { citizenStream, hoursBudget, planCitizenMaintenance, type CitizenStream, type CitizenTaskPlan, type HoursBudgetRow } from './streams';
import { validateCitizen } from './validate';

type CitizenInput = Pick<Scenario, 'settings' | 'citizenMaintenance' | 'neighbourhoods' | 'parties'>;

const cache = new WeakMap<object, CitizenTaskPlan[]>();

/** The plans of every task; an InputError when the sheet has errors. */
export function citizenPlans(scenario: CitizenInput): CitizenTaskPlan[] {
  const hit = cache.get(scenario);
  if (hit) return hit;
  const problems = validateCitizen(scenario);
  if (hasErrors(problems)) throw new InputError(problems.filter((p) => p.severity === 'error'));
  const plans = planCitizenMaintenance(scenario.citizenMaintenance, scenario.settings);
  cache.set(scenario, plans);
  return plans;
}

/** The task streams of one step: `integrated` has zelfbeheer, every earlier step contractor only. */
export function citizenStreams(scenario: CitizenInput, integrated: boolean): CitizenStream[] {
  if (scenario.citizenMaintenance.length === 0) return [];
  return citizenPlans(scenario).map((p) => citizenStream(p, integrated));
}

/** The hours budget per neighbourhood (Neighbourhoods-sheet order) and year. */
export function citizenHours(scenario: CitizenInput): HoursBudgetRow[] {
  if (scenario.citizenMaintenance.length === 0) return [];
  return hoursBudget(citizenPlans(scenario), scenario.neighbourhoods.map((n) => n.id));
}
