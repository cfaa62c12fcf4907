// The data the held-plan evaluator is made from, for one result: gathered by the engine worker
// right after it answers a compute job (a city's takes a few hundred ms), so the page only makes
// the evaluator from it. No React or page state here: the worker imports it.
import type { ComputeResult } from '../../../engine/model/result';
import { rangedSettingKeys, type Scenario } from '../../../engine/scenario/schema';
import { planStructure } from '../../../engine/uncertainty/fixed-plan';
import { gatherPlanData, type PlanData } from '../../../engine/uncertainty/plan-data';
import { whatIfNumberKeys } from '../../dashboard/whatif';

export const amountKeys: ReadonlySet<string> = new Set<string>(whatIfNumberKeys);

/** The scenario with every amount the what-if panel moves an input: a wide range around its
 *  value, so any value the panel gives is inside it. */
export function heldScenario(scenario: Scenario): Scenario {
  const settingRanges = { ...scenario.settingRanges };
  for (const k of rangedSettingKeys) {
    if (!amountKeys.has(k)) continue;
    const v = scenario.settings[k];
    settingRanges[k] = { ...settingRanges[k], low: Math.min(0, v), high: Math.max(1e12, v) };
  }
  return { ...scenario, settingRanges };
}

/** The evaluator's data for `result`'s plan, with the what-if amounts as inputs. */
export function heldPlanData(scenario: Scenario, result: ComputeResult): PlanData {
  return gatherPlanData(planStructure(heldScenario(scenario), result));
}
