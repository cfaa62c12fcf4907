// The engine worker: validates and computes a scenario, reads or writes a workbook, or writes a
// results workbook, off the page's main thread, so a large scenario never freezes the interface.
// Same engine calls as the page's own synchronous path for small ones (./answer).
import '../../zod-jitless';
import { Answerer, transferables } from './answer';
import type { ComputeAnswer, ComputeJob } from './protocol';
import { computeScenario, type ComputeOutcome } from './engine';
import type { Scenario } from '../../../engine/scenario/schema';
import type { ReadProgress } from '../../../engine/workbook/read';
import { computeScenarioPooled, wantsPool, warmPoolFor } from './pooled';
import { wallNow } from './timing';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ComputeJob>) => void) | null;
  postMessage(m: ComputeAnswer, transfer?: Transferable[]): void;
};

const answerer = new Answerer();
// A workbook just read is computed at once, while the page is still taking in the scenario: its
// first compute job (the scenario unchanged) then takes this outcome instead of starting late.
let ahead: { outcome: Promise<ComputeOutcome>; start: number } | null = null;

const computeOf = (scenario: Scenario): Promise<ComputeOutcome> =>
  wantsPool(scenario) ? computeScenarioPooled(scenario) : Promise.resolve(computeScenario(scenario));

/** Makes and sends the held-plan data of compute job `job` in a task of its own, after its answer
 *  has gone: a newer job that has come meanwhile runs first, and then none is made (the answerer
 *  keeps only the latest job's) and the page is told so. */
function holdLater(job: number): void {
  setTimeout(() => {
    const a = answerer.held(job);
    scope.postMessage(a, transferables(a));
  }, 0);
}

scope.onmessage = (e) => {
  const job = e.data;
  const start = wallNow();
  // `from`: when the computation began (for an outcome computed ahead, before this job came).
  const post = (a: ComputeAnswer, from = start) => {
    if (a.kind === 'compute' || a.kind === 'read') {
      const end = a.kind === 'compute' ? from + (a.outcome.ms ?? 0) : wallNow() - (a.phases?.pack ?? 0);
      a.at = { start: from, end, posted: wallNow() };
    }
    scope.postMessage(a, transferables(a));
  };
  if (job.kind === 'compute') {
    const early = ahead;
    ahead = null;
    const scenario = answerer.scenarioOf(job);
    const unchanged = 'patch' in job && Object.keys(job.patch.changed).length === 0;
    // The result first, then the data the page holds its plan with (./held).
    const answered = (o: ComputeOutcome, from = start) => {
      post(answerer.packed(job.job, o), from);
      holdLater(job.job);
    };
    // A large scenario plans on a pool of planning workers (./pooled).
    if (early && unchanged) void early.outcome.then((o) => answered(o, early.start));
    else if (wantsPool(scenario)) void computeScenarioPooled(scenario).then((o) => answered(o));
    else answered(computeScenario(scenario));
    return;
  }
  if (job.kind !== 'views') ahead = null;
  const tell = (progress: ReadProgress) => scope.postMessage({ kind: 'progress', job: job.job, progress });
  if (job.kind === 'read') {
    warmPoolFor(job.bytes.byteLength);
    const { answer, outcome } = answerer.read(job, tell);
    post(answer);
    if (outcome.ok) ahead = { start: wallNow(), outcome: computeOf(outcome.scenario) };
    return;
  }
  post(answerer.answer(job, tell));
};
