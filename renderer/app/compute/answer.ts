// What the engine worker answers to each job: one object per worker, so Node tests run exactly
// the worker's code path (Node has no Web Worker) and the worker file stays a thin shell. It keeps
// what a worker keeps between jobs: the last scenario received (the page then sends only what
// changed) and the last result (its views are asked for after it).
import { packedTransfers, packResult, unbuiltViews, type PackedResult } from '../../../engine/transfer/result';
import type { ComputeResult } from '../../../engine/model/result';
import type { Scenario } from '../../../engine/scenario/schema';
import type { ReadProgress } from '../../../engine/workbook/read';
import { dataTransfers, packData } from '../../../engine/transfer/data';
import { computeScenario, readScenarioBytes, writeScenarioBytes, type ComputeOutcome, type ReadOutcome } from './engine';
import type { ComputeAnswer, ComputeJob } from './protocol';
import { resultsWorkbookBytes } from './results-export';
import { applyPatch } from './scenario-patch';
import { heldPlanData } from './held-data';
import { planDataTransfers, type PlanData } from '../../../engine/uncertainty/plan-data';

/** Views the dashboard does not show at once: the page may ask for them once it has shown the
 *  result (a 'views' job), so the result reaches the page sooner. None today: the first screen
 *  shows the party table's fairness check, the cash-flow chart's capital charges and the map's
 *  neighbourhoods, and a view read before it came is computed on the page (seconds on a city). */
export const laterViews: string[] = [];

export class Answerer {
  private last: { job: number; result: ComputeResult; later: string[] } | null = null;
  private received: Scenario | null = null;
  /** The compute job whose held-plan data is still to be made (see held), with its scenario and,
   *  once answered, its result. */
  private toHold: { job: number; scenario: Scenario; result: ComputeResult | null } | null = null;

  answer(m: ComputeJob, onProgress?: (p: ReadProgress) => void): ComputeAnswer {
    switch (m.kind) {
      case 'read': return this.read(m, onProgress).answer;
      case 'write': return { kind: 'write', job: m.job, bytes: writeScenarioBytes(m.scenario, m.lang) };
      case 'results': return { kind: 'results', job: m.job, bytes: resultsWorkbookBytes(m.request) };
      case 'compute': return this.compute(m);
      case 'views': return { kind: 'views', job: m.job, views: this.views(m.job) };
    }
  }

  /** A read job's answer, and the outcome it packs. */
  read(m: Extract<ComputeJob, { kind: 'read' }>, onProgress?: (p: ReadProgress) => void): { answer: ComputeAnswer; outcome: ReadOutcome } {
    const outcome = readScenarioBytes(m.bytes, onProgress);
    // The page may keep this worker for the scenario's computation and send only changes.
    this.received = outcome.scenario ?? null;
    const t0 = performance.now();
    const packed = packData(outcome);
    return { answer: { kind: 'read', job: m.job, outcome: packed, phases: { pack: performance.now() - t0 } }, outcome };
  }

  private compute(m: Extract<ComputeJob, { kind: 'compute' }>): ComputeAnswer {
    return this.packed(m.job, computeScenario(this.scenarioOf(m)));
  }

  /** The scenario a compute job stands for; kept, as the base of the next job's patch. */
  scenarioOf(m: Extract<ComputeJob, { kind: 'compute' }>): Scenario {
    // The page patches only a scenario it sent this very worker before.
    const scenario = 'patch' in m ? applyPatch(this.received!, m.patch) : m.scenario;
    this.received = scenario;
    this.toHold = { job: m.job, scenario, result: null };
    // A newer job: the last result's views will not be asked for, and its heap is better freed.
    this.last = null;
    return scenario;
  }

  /** The answer to compute job `job` (computed here or on the planning pool): the result packed. */
  packed(job: number, o: ComputeOutcome): ComputeAnswer {
    if (!o.ok) return { kind: 'compute', job, outcome: o };
    if (this.toHold?.job === job) this.toHold.result = o.result;
    const t0 = performance.now();
    buildViews(o.result, laterViews);
    const t1 = performance.now();
    const packed = packResult(o.result, laterViews);
    this.last = packed.later.length ? { job, result: o.result, later: packed.later } : null;
    const phases = { views: t1 - t0, pack: performance.now() - t1 };
    return { kind: 'compute', job, outcome: { ok: true, packed, warnings: o.warnings, ms: o.ms }, phases };
  }

  /** The held-plan data of compute job `job`'s result, to send after its answer (the page then
   *  makes the evaluator without gathering it). Its data is null when none was made: a newer job
   *  came first (the page then no longer waits for it), or the computation failed. */
  held(job: number): Extract<ComputeAnswer, { kind: 'held' }> {
    const h = this.toHold;
    if (h?.job !== job || h.result === null) return { kind: 'held', job, data: null, ms: 0 };
    this.toHold = null;
    const t0 = performance.now();
    let data: PlanData | null = null;
    try {
      data = heldPlanData(h.scenario, h.result);
    } catch {
      // Not thrown for a result of this scenario; should it be, the page re-plans instead of holding.
    }
    return { kind: 'held', job, data, ms: performance.now() - t0 };
  }

  /** The views left out of compute job `job`'s answer; null when this worker no longer holds its
   *  result. */
  private views(job: number): Record<string, unknown> | null {
    if (this.last?.job !== job) return null;
    const { result, later } = this.last;
    this.last = null;
    const views: Record<string, unknown> = {};
    for (const k of later) views[k] = result[k as keyof ComputeResult];
    return views;
  }
}

/** One job answered by a worker of its own (no state kept between jobs). */
export function answerJob(m: ComputeJob): ComputeAnswer {
  return new Answerer().answer(m);
}

/** Builds the result's views that are sent with it (built when first read), to time them apart. */
function buildViews(result: ComputeResult, later: readonly string[]): void {
  for (const k of unbuiltViews(result, Object.keys(result))) if (!later.includes(k)) void result[k as keyof ComputeResult];
}

/** The buffers an answer can hand over instead of copying (a results workbook can be many MB). */
export function transferables(a: ComputeAnswer): ArrayBuffer[] {
  if (a.kind === 'compute' && a.outcome.ok) return packedTransfers(a.outcome.packed);
  if (a.kind === 'read') return dataTransfers(a.outcome);
  if (a.kind === 'held') return a.data ? planDataTransfers(a.data) : [];
  return a.kind === 'results' && a.bytes.buffer instanceof ArrayBuffer ? [a.bytes.buffer] : [];
}

export type { PackedResult };
