// Uncertain inputs as a reader knows them (engine/uncertainty/labels): kept per scenario, so the
// memoised panels beside a moving slider get the same lookup for the same scenario.
import type { Scenario } from '../../engine/scenario/schema';
import { inputNamesOf, type InputNames } from '../../engine/uncertainty/labels';

const cache = new WeakMap<Scenario, InputNames>();

export function inputNames(scenario: Scenario): InputNames {
  let names = cache.get(scenario);
  if (!names) cache.set(scenario, (names = inputNamesOf(scenario)));
  return names;
}
