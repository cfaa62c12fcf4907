// Results per document state. A DocState is immutable, so its result is computed once and kept in
// a WeakMap: undo, switching scenarios and the comparison reuse results instead of recomputing.
import { applyWhatIf } from '../../dashboard/whatif';
import type { Scenario } from '../../../engine/scenario/schema';
import type { DocState } from '../state/documents';
import { computeScenario, type ComputeOutcome } from './engine';

const cache = new WeakMap<DocState, { effective: Scenario; outcome: ComputeOutcome }>();

export function resultFor(state: DocState): { effective: Scenario; outcome: ComputeOutcome } {
  const hit = cache.get(state);
  if (hit) return hit;
  const effective = applyWhatIf(state.scenario, state.whatIf);
  const entry = { effective, outcome: computeScenario(effective) };
  cache.set(state, entry);
  return entry;
}
