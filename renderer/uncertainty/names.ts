// Uncertain inputs as a reader knows them: a variant by its name, a work by its id (the planning's
// own reference for it).
import type { Scenario } from '../../engine/scenario/schema';
import type { InputNames } from '../../engine/uncertainty/labels';
import { namesOf } from '../dashboard/names';

export function inputNames(scenario: Scenario): InputNames {
  const names = namesOf(scenario);
  return (kind, id) => (kind === 'variant' ? names('variants', id) : id);
}
