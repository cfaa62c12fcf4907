// The held-plan evaluator the page makes from the data the compute worker gathered (sent after the
// result, its buffers transferred) gives exactly the cents of fixedPlanModel, the evaluator the
// uncertainty panel compiles from the scenario and result itself, for every move of the what-if
// amounts: on the example and on a 2,000-work generated city.
import { describe, expect, it } from 'vitest';
import { compute } from '../../engine/compute';
import type { Scenario } from '../../engine/scenario/schema';
import { fixedPlanModel, planEvaluator } from '../../engine/uncertainty/compiled-plan';
import type { PlanData } from '../../engine/uncertainty/plan-data';
import { Answerer, transferables } from '../../renderer/app/compute/answer';
import { heldScenario } from '../../renderer/app/compute/held-data';
import { Holder } from '../../renderer/app/compute/held';
import { heldView } from '../../renderer/dashboard/live';
import { buildExample } from '../../scenarios/example';
import { generateCity } from '../../scenarios/generate-city';

/** The worker's answers to one compute job: the result, then the held-plan data as the page gets it. */
function workerData(s: Scenario): PlanData {
  const answerer = new Answerer();
  const answer = answerer.answer({ kind: 'compute', job: 1, scenario: s });
  expect(answer.kind === 'compute' && answer.outcome.ok).toBe(true);
  const held = answerer.held(1);
  if (held.data === null) throw new Error('no held data');
  const buffers = transferables(held);
  expect(buffers.length).toBeGreaterThan(10);
  const got = structuredClone(held, { transfer: buffers });
  // Transferred, not copied: the worker's arrays are emptied.
  expect(held.data.quantity.byteLength).toBe(0);
  if (got.kind !== 'held' || got.data === null) throw new Error('no held data');
  return got.data;
}

/** What-if moves of the amounts, as inputs in the model's order (others at their base). */
function moves(s: Scenario, model: ReturnType<typeof fixedPlanModel>): Float64Array[] {
  const factors = [1, 1.37, 0.61, 2.5, 0];
  return factors.map((f, n) => Float64Array.from(model.inputs, (inp) => {
    if (inp.kind !== 'setting') return inp.base;
    if (inp.key === 'discountRate') return s.settings.discountRate + 0.003 * (n - 2);
    if (inp.key === 'sequentialShare') return Math.min(1, s.settings.sequentialShare * f);
    return s.settings[inp.key] * f;
  }));
}

function check(s: Scenario): void {
  const data = workerData(s);
  const held = heldScenario(s);
  const reference = fixedPlanModel(held, compute(s));
  expect(Array.from(data.base)).toEqual(Array.from(reference.base));
  expect(data.settingInputs.map((x) => x.key)).toEqual(reference.inputs.filter((i) => i.kind === 'setting').map((i) => i.id));
  const evaluate = planEvaluator(data);
  for (const values of moves(s, reference)) expect(evaluate(values)).toEqual(reference.evaluate(values));
}

describe('held-plan data made in the compute worker', () => {
  it('gives the cents of fixedPlanModel on the example', () => {
    check(buildExample());
  });

  it('gives the cents of fixedPlanModel on a 2,000-work generated city', () => {
    check(generateCity({ seed: 5, neighbourhoods: 4, worksPerNeighbourhood: 500, horizonYears: 40 }));
  }, 120_000);

  it('is not made for a job that a newer one replaced (the page is told so)', () => {
    const answerer = new Answerer();
    const s = buildExample();
    answerer.answer({ kind: 'compute', job: 1, scenario: s });
    answerer.answer({ kind: 'compute', job: 2, scenario: s });
    expect(answerer.held(1)).toEqual({ kind: 'held', job: 1, data: null, ms: 0 });
    expect(answerer.held(2).data).not.toBeNull();
    expect(answerer.held(2).data).toBeNull();
  });
});

describe('the page holding a worker result', () => {
  const s = buildExample();
  const moved = { ...s, settings: { ...s.settings, tenderFixed: s.settings.tenderFixed * 2 } };
  /** A holder told that the worker sends the result's data, and a move held before it came. */
  const movedEarly = () => {
    const counts = { gathered: 0 };
    const holder = new Holder(() => { counts.gathered += 1; });
    const result = compute(s);
    holder.expect(result);
    expect(holder.hold(s, result, moved)).toBe(true);
    return { holder, result, counts };
  };

  it('waits for the data instead of gathering it, then shows the numbers', () => {
    const { holder, result, counts } = movedEarly();
    expect(heldView()).toEqual({ kind: 'waiting', source: result });
    holder.adopt(result, workerData(s));
    const v = heldView();
    expect(v?.kind).toBe('held');
    const reference = fixedPlanModel(heldScenario(s), result);
    const values = Float64Array.from(reference.inputs, (i) => (i.kind === 'setting' ? moved.settings[i.key] : i.base));
    if (v?.kind === 'held') expect(v.cents).toEqual(reference.evaluate(values));
    expect(counts.gathered).toBe(0);
  });

  it('does not hold a result whose data the worker did not make, and does not gather it either', () => {
    const { holder, result, counts } = movedEarly();
    holder.adopt(result, null);
    expect(heldView()).toBeNull();
    expect(holder.hold(s, result, moved)).toBe(false);
    expect(counts.gathered).toBe(0);
  });
});
