// What the engine worker answers to each job: one object per worker, so Node tests run exactly
// the worker's code path (Node has no Web Worker) and the worker file stays a thin shell. It keeps
// what a worker keeps between jobs: the last scenario received (the page then sends only what
// changed) and the last result (its rest is sent after its head).
import { packedTransfers, packHead, packRest, unbuiltViews, type HeadChoice, type PackedHead } from '../../../engine/transfer/result';
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

/** What the dashboard's first screen reads (the headline, the badges, the waterfall, the cash
 *  flow): the result's head, sent as soon as it is computed; the rest (the lists and the views the
 *  lower sections read) follows. */
export const firstScreen: HeadChoice = {
  parts: ['scenario', 'currency', 'meta', 'settings', 'years', 'savings', 'parties', 'optimiser', 'warnings', 'cofinancing', 'budgets'],
  projectsOf: [],
};

/** The head of a compute job's answer: after a held plan, with the integrated step's projects,
 *  which the re-planned notice counts against the held plan's. */
export const headFor = (m: Extract<ComputeJob, { kind: 'compute' }>): HeadChoice =>
  (m.withPlan ? { ...firstScreen, projectsOf: ['integrated'] } : firstScreen);

export class Answerer {
  private last: { job: number; result: ComputeResult; head: PackedHead } | null = null;
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
    return this.packed(m.job, computeScenario(this.scenarioOf(m)), headFor(m));
  }

  /** The scenario a compute job stands for; kept, as the base of the next job's patch. */
  scenarioOf(m: Extract<ComputeJob, { kind: 'compute' }>): Scenario {
    // The page patches only a scenario it sent this very worker before.
    const scenario = 'patch' in m ? applyPatch(this.received!, m.patch) : m.scenario;
    this.received = scenario;
    this.toHold = { job: m.job, scenario, result: null };
    // A newer job: the last result's rest is no longer wanted, and its heap is better freed.
    this.last = null;
    return scenario;
  }

  /** The answer to compute job `job` (computed here or on the planning pool): the result's head
   *  packed; its rest is then to be sent (`rest`). */
  packed(job: number, o: ComputeOutcome, choice = firstScreen): ComputeAnswer {
    if (!o.ok) return { kind: 'compute', job, outcome: o };
    if (this.toHold?.job === job) this.toHold.result = o.result;
    const t0 = performance.now();
    const head = packHead(o.result, choice);
    this.last = { job, result: o.result, head };
    return { kind: 'compute', job, outcome: { ok: true, head, warnings: o.warnings, ms: o.ms }, phases: { pack: performance.now() - t0 } };
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

  /** The rest of compute job `job`'s result, built in steps (a view each, then the packing): a
   *  newer job taken in between ends it (no answer), as does a job whose head was not sent. */
  *rest(job: number): Generator<void, ComputeAnswer | null> {
    const last = this.last;
    if (last?.job !== job) return null;
    let views = 0;
    for (const k of unbuiltViews(last.result, last.head.rest)) {
      yield;
      if (this.last !== last) return null;
      const t0 = performance.now();
      void last.result[k as keyof ComputeResult];
      views += performance.now() - t0;
    }
    yield;
    if (this.last !== last) return null;
    const t0 = performance.now();
    const rest = packRest(last.result, last.head);
    this.last = null;
    return { kind: 'rest', job, rest, phases: { views, pack: performance.now() - t0 } };
  }
}

/** Runs the steps of a result's rest with a pause between them, so a newer job can come in first,
 *  and posts the rest when it is built; `then` runs after the last step, rest posted or not. */
export function follow(steps: Generator<void, ComputeAnswer | null>, post: (a: ComputeAnswer) => void, then?: () => void): void {
  const step = () => {
    const s = steps.next();
    if (!s.done) return void setTimeout(step, 0);
    if (s.value) post(s.value);
    then?.();
  };
  setTimeout(step, 0);
}

/** One job answered by a worker of its own (no state kept between jobs). */
export function answerJob(m: ComputeJob): ComputeAnswer {
  return new Answerer().answer(m);
}

/** The buffers an answer can hand over instead of copying (a results workbook can be many MB). */
export function transferables(a: ComputeAnswer): ArrayBuffer[] {
  if (a.kind === 'compute' && a.outcome.ok) return packedTransfers(a.outcome.head);
  if (a.kind === 'rest') return packedTransfers(a.rest);
  if (a.kind === 'read') return dataTransfers(a.outcome);
  if (a.kind === 'held') return a.data ? planDataTransfers(a.data) : [];
  return a.kind === 'results' && a.bytes.buffer instanceof ArrayBuffer ? [a.bytes.buffer] : [];
}

