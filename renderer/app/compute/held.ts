// The fast answer to a what-if on a big scenario: while only amounts move (the shared-cost and
// money settings of the what-if panel), the headline is the exact result for the plan on screen,
// costed on the page by the compiled fixed-plan evaluator in a few milliseconds; the re-planned
// result follows from the worker once the slider stops. A small external store so the headline
// can show it without the app passing it down.
import type { ComputeResult } from '../../../engine/model/result';
import { rangedSettingKeys, type Scenario } from '../../../engine/scenario/schema';
import { fixedPlanModel } from '../../../engine/uncertainty/compiled-plan';
import type { FixedPlanModel } from '../../../engine/uncertainty/fixed-plan';
import { projectsChanged } from '../../../engine/held-plan';
import { whatIfNumberKeys } from '../../dashboard/whatif';
import { heldView as view, publishHeld as publish } from '../../dashboard/live';
import { recordSince } from './timing';

const amountKeys = new Set<string>(whatIfNumberKeys);

/** Whether `next` differs from `before` only in what-if amounts: then the plan can be held. Every
 *  list (works, variants, citizen maintenance, ...) must be the very same object. */
export function onlyAmountsMoved(before: Scenario, next: Scenario): boolean {
  for (const k of Object.keys(next) as (keyof Scenario)[]) {
    if (k === 'settings' || k === 'settingRanges') continue;
    if (next[k] !== before[k]) return false;
  }
  for (const k of Object.keys(next.settings) as (keyof Scenario['settings'])[]) {
    if (next.settings[k] !== before.settings[k] && !amountKeys.has(k)) return false;
  }
  return true;
}

/** The evaluator for one result's plan, with every what-if amount as an input. */
interface Model { source: ComputeResult; model: FixedPlanModel }

export class Holder {
  private model: Model | null = null;

  /** `compiled`: told each time an evaluator is compiled (the store counts them). */
  constructor(private readonly compiled: () => void = () => {}) {}

  /** The held headline for `next`, or false when the plan cannot be held. */
  hold(sourceScenario: Scenario, source: ComputeResult, next: Scenario): boolean {
    if (!onlyAmountsMoved(sourceScenario, next)) return false;
    this.prepare(sourceScenario, source);
    const { model } = this.model!;
    const values = Float64Array.from(model.inputs, (inp) => (inp.kind === 'setting' ? next.settings[inp.key] : inp.base));
    publish({ kind: 'held', source, cents: model.evaluate(values) });
    return true;
  }

  /** Compiles the evaluator for a result's plan unless it is already there. On a city this takes
   *  most of a second, so the store calls it when the page is idle after a result arrives rather
   *  than letting the first move of a slider pay for it. */
  prepare(sourceScenario: Scenario, source: ComputeResult): void {
    if (this.model?.source !== source) {
      // Every amount the panel moves becomes an input: a wide range around its value.
      const settingRanges = { ...sourceScenario.settingRanges };
      for (const k of rangedSettingKeys) {
        if (!amountKeys.has(k)) continue;
        const v = sourceScenario.settings[k];
        settingRanges[k] = { ...settingRanges[k], low: Math.min(0, v), high: Math.max(1e12, v) };
      }
      const t0 = performance.now();
      this.model = { source, model: fixedPlanModel({ ...sourceScenario, settingRanges }, source) };
      recordSince('held.compile', t0);
      this.compiled();
    }
  }

  /** The re-planned result arrived for a state that was held. */
  replanned(result: ComputeResult): void {
    const v = view();
    if (v?.kind !== 'held') return;
    const saving = (p: 'financial' | 'societal') => Math.round(result.savings.total[p] * 100) - (v.cents[p][0] - v.cents[p][3]);
    publish({
      kind: 'replanned', result, changed: projectsChanged(v.source, result),
      savingDiff: { financial: saving('financial') / 100, societal: saving('societal') / 100 },
    });
  }

  /** Nothing held any more (a computation that was not a held what-if). */
  clear(): void {
    if (view()?.kind === 'held') publish(null);
  }
}
