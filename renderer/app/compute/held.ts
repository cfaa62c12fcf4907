// The fast answer to a what-if on a big scenario: while only amounts move (the shared-cost and
// money settings of the what-if panel), the headline is the exact result for the plan on screen,
// costed on the page by the compiled fixed-plan evaluator in a few milliseconds; the re-planned
// result follows from the worker once the slider stops. A small external store so the headline
// can show it without the app passing it down.
//
// The evaluator's data (./held-data) for a result the worker computed is gathered by the worker
// and arrives just after the result; the page never gathers it for such a result (on a city that
// is a main-thread task of a second). A slider moved before it came shows the plan held with its
// amounts marked as following, and the numbers once the data is there.
import type { ComputeResult } from '../../../engine/model/result';
import type { Scenario } from '../../../engine/scenario/schema';
import { planEvaluator } from '../../../engine/uncertainty/compiled-plan';
import type { PlanData } from '../../../engine/uncertainty/plan-data';
import type { StepCents } from '../../../engine/uncertainty/saving';
import { projectsChanged } from '../../../engine/held-plan';
import { heldView as view, publishHeld as publish } from '../../dashboard/live';
import { amountKeys, heldPlanData } from './held-data';
import { recordSince } from './timing';

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
interface Model { source: ComputeResult; data: PlanData; evaluate: (values: ArrayLike<number>) => StepCents }

export class Holder {
  private model: Model | null = null;
  /** Data per result, as it arrived from the worker (kept with the result: undo returns to it). */
  private readonly data = new WeakMap<ComputeResult, PlanData>();
  /** Results whose data the worker sends: never gathered on the page. */
  private readonly coming = new WeakSet<ComputeResult>();
  /** Results whose data the worker did not make (a newer job came first): not held, re-planned. */
  private readonly dropped = new WeakSet<ComputeResult>();
  /** The move shown as waiting for its result's data. */
  private waiting: { source: ComputeResult; next: Scenario } | null = null;

  /** `compiled`: told each time the page gathers an evaluator's data itself (the store counts them). */
  constructor(private readonly compiled: () => void = () => {}) {}

  /** The held headline for `next`, or false when the plan cannot be held. */
  hold(sourceScenario: Scenario, source: ComputeResult, next: Scenario): boolean {
    if (!onlyAmountsMoved(sourceScenario, next) || this.dropped.has(source)) return false;
    const model = this.modelOf(sourceScenario, source);
    if (!model) {
      this.waiting = { source, next };
      publish({ kind: 'waiting', source });
      return true;
    }
    this.waiting = null;
    publish({ kind: 'held', source, cents: evaluateFor(model, next) });
    return true;
  }

  /** `source` came from the worker, which sends its data next (see adopt). */
  expect(source: ComputeResult): void {
    this.coming.add(source);
  }

  /** The worker's data for `source` arrived (null: it was not made, a newer job came first; a
   *  move shown as waiting for it is then no longer held). */
  adopt(source: ComputeResult, data: PlanData | null): void {
    this.coming.delete(source);
    if (data === null) {
      this.dropped.add(source);
      if (this.waiting?.source === source) this.clear();
      return;
    }
    this.data.set(source, data);
    const w = this.waiting;
    const v = view();
    if (w?.source !== source || v?.kind !== 'waiting' || v.source !== source) return;
    this.waiting = null;
    publish({ kind: 'held', source, cents: evaluateFor(this.modelOf(null, source)!, w.next) });
  }

  /** The evaluator for `source`'s plan: from its data, gathered here only for a result not from
   *  the worker; null while the worker's data is still to come. */
  private modelOf(sourceScenario: Scenario | null, source: ComputeResult): Model | null {
    if (this.model?.source === source) return this.model;
    let data = this.data.get(source);
    if (!data) {
      if (this.coming.has(source) || sourceScenario === null) return null;
      const t0 = performance.now();
      data = heldPlanData(sourceScenario, source);
      recordSince('held.compile', t0);
      this.compiled();
    }
    const t0 = performance.now();
    this.model = { source, data, evaluate: planEvaluator(data) };
    recordSince('held.make', t0);
    return this.model;
  }

  /** The re-planned result arrived for a state that was held. */
  replanned(result: ComputeResult): void {
    const v = view();
    if (v?.kind === 'waiting') return this.clear();
    if (v?.kind !== 'held') return;
    const saving = (p: 'financial' | 'societal') => Math.round(result.savings.total[p] * 100) - (v.cents[p][0] - v.cents[p][3]);
    publish({
      kind: 'replanned', result, changed: projectsChanged(v.source, result),
      savingDiff: { financial: saving('financial') / 100, societal: saving('societal') / 100 },
    });
  }

  /** Nothing held any more (a computation that was not a held what-if). */
  clear(): void {
    this.waiting = null;
    const k = view()?.kind;
    if (k === 'held' || k === 'waiting') publish(null);
  }
}

/** The four steps for `next`'s amounts: the plan's inputs at their base, the moved settings put in. */
function evaluateFor(model: Model, next: Scenario): StepCents {
  const values = model.data.base.slice();
  for (const { key, j } of model.data.settingInputs) values[j] = next.settings[key] as number;
  return model.evaluate(values);
}
