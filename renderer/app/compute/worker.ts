// The engine worker: validates and computes a scenario, reads or writes a workbook, or writes a
// results workbook, off the page's main thread, so a large scenario never freezes the interface.
// Same engine calls as the page's own synchronous path for small ones (./answer).
import '../../zod-jitless';
import { Answerer, transferables } from './answer';
import type { ComputeAnswer, ComputeJob } from './protocol';
import { computeScenario } from './engine';
import { computeScenarioPooled, wantsPool } from './pooled';
import { wallNow } from './timing';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ComputeJob>) => void) | null;
  postMessage(m: ComputeAnswer, transfer?: Transferable[]): void;
};

const answerer = new Answerer();

scope.onmessage = (e) => {
  const job = e.data;
  const start = wallNow();
  const post = (a: ComputeAnswer) => {
    if (a.kind === 'compute' || a.kind === 'read') a.at = { start, end: a.kind === 'compute' ? start + (a.outcome.ms ?? 0) : wallNow(), posted: wallNow() };
    scope.postMessage(a, transferables(a));
  };
  if (job.kind === 'compute') {
    // A large scenario plans on a pool of planning workers (./pooled).
    const scenario = answerer.scenarioOf(job);
    if (wantsPool(scenario)) {
      void computeScenarioPooled(scenario).then((o) => post(answerer.packed(job.job, o)));
      return;
    }
    post(answerer.packed(job.job, computeScenario(scenario)));
    return;
  }
  post(answerer.answer(job, (progress) => scope.postMessage({ kind: 'progress', job: job.job, progress })));
};
