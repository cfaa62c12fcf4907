// The engine worker: validates and computes a scenario, reads or writes a workbook, or writes a
// results workbook, off the page's main thread, so a large scenario never freezes the interface.
// Same engine calls as the page's own synchronous path for small ones (./answer).
import '../../zod-jitless';
import { Answerer, follow, headFor, transferables } from './answer';
import type { ComputeAnswer, ComputeJob, PrepareJob } from './protocol';
import { computeScenario, takeReadCheck, type ComputeOutcome } from './engine';
import type { Scenario } from '../../../engine/scenario/schema';
import type { ReadProgress } from '../../../engine/workbook/read';
import { computeScenarioPooled, preparePool, wantsPool, warmPoolFor } from './pooled';
import { wallNow } from './timing';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ComputeJob | PrepareJob>) => void) | null;
  postMessage(m: ComputeAnswer, transfer?: Transferable[]): void;
};

const answerer = new Answerer();
// A workbook just read is computed at once, while the page is still taking in the scenario: its
// first compute job (the scenario unchanged) then takes this outcome instead of starting late.
let ahead: { outcome: Promise<ComputeOutcome>; start: number } | null = null;

/** The computation of a scenario just read: its validation is the read's own. */
const computeRead = (scenario: Scenario): Promise<ComputeOutcome> => {
  const checked = takeReadCheck(scenario);
  return wantsPool(scenario) ? computeScenarioPooled(scenario, checked) : Promise.resolve(computeScenario(scenario, checked));
};

/** Makes and sends the held-plan data of compute job `job` in a task of its own, after its head
 *  and rest have gone: a newer job that has come meanwhile runs first, and then none is made (the
 *  answerer keeps only the latest job's) and the page is told so. */
function holdLater(job: number): void {
  setTimeout(() => {
    const a = answerer.held(job);
    scope.postMessage(a, transferables(a));
  }, 0);
}

scope.onmessage = (e) => {
  if (e.data.kind === 'prepare') return void preparePool();
  const job = e.data;
  const start = wallNow();
  // `from`: when the computation began (for an outcome computed ahead, before this job came).
  // A rest's `start`: when its head was posted (the wait for a newer job's turn counts as work).
  const post = (a: ComputeAnswer, from = start) => {
    if (a.kind === 'compute' || a.kind === 'read' || a.kind === 'rest') {
      const end = a.kind === 'compute' ? from + (a.outcome.ms ?? 0)
        : a.kind === 'rest' ? wallNow() - (a.phases ? a.phases.views + a.phases.pack : 0) : wallNow() - (a.phases?.pack ?? 0);
      a.at = { start: from, end, posted: wallNow() };
    }
    scope.postMessage(a, transferables(a));
  };
  // The head as soon as the result is computed; its rest built and packed after it, then the data
  // the page holds the result's plan with (./held; holding waits for the rest as well).
  const answer = (o: ComputeOutcome, from = start) => {
    post(answerer.packed(job.job, o, job.kind === 'compute' ? headFor(job) : undefined), from);
    const posted = wallNow();
    follow(answerer.rest(job.job), (a) => post(a, posted), () => holdLater(job.job));
  };
  if (job.kind === 'compute') {
    const early = ahead;
    ahead = null;
    const scenario = answerer.scenarioOf(job);
    const unchanged = 'patch' in job && Object.keys(job.patch.changed).length === 0;
    // A large scenario plans on a pool of planning workers (./pooled).
    if (early && unchanged) void early.outcome.then((o) => answer(o, early.start));
    else if (wantsPool(scenario)) void computeScenarioPooled(scenario).then((o) => answer(o));
    else answer(computeScenario(scenario));
    return;
  }
  ahead = null;
  const tell = (progress: ReadProgress) => scope.postMessage({ kind: 'progress', job: job.job, progress });
  if (job.kind === 'read') {
    // A read job is this worker's first (./jobs): nothing else comes while the pool loads.
    void warmPoolFor(job.bytes.byteLength).then(() => {
      const { answer, outcome } = answerer.read(job, tell);
      post(answer);
      if (outcome.ok) ahead = { start: wallNow(), outcome: computeRead(outcome.scenario) };
    });
    return;
  }
  post(answerer.answer(job, tell));
};
