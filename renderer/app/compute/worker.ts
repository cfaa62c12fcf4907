// The engine worker: validates and computes a scenario, reads or writes a workbook, or writes a
// results workbook, off the page's main thread, so a large scenario never freezes the interface.
// Same engine calls as the page's own synchronous path for small ones (./answer).
import '../../zod-jitless';
import { answerJob, transferables } from './answer';
import type { ComputeAnswer, ComputeJob } from './protocol';
import { computeScenarioPooled, wantsPool } from './pooled';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ComputeJob>) => void) | null;
  postMessage(m: ComputeAnswer, transfer?: Transferable[]): void;
};

// Project cost lines are built on first read; the structured clone of postMessage reads them,
// so they are built here in the worker rather than on the page.
scope.onmessage = (e) => {
  const m = e.data;
  // A large scenario plans on a pool of planning workers (./pooled).
  if (m.kind === 'compute' && wantsPool(m.scenario)) {
    void computeScenarioPooled(m.scenario).then((outcome) => scope.postMessage({ kind: 'compute', job: m.job, outcome }));
    return;
  }
  const a = answerJob(m);
  scope.postMessage(a, transferables(a));
};
