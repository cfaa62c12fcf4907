// The engine worker: validates and computes a scenario, reads or writes a workbook, or writes a
// results workbook, off the page's main thread, so a large scenario never freezes the interface.
// Same engine calls as the page's own synchronous path for small ones (./answer).
import '../../zod-jitless';
import { answerJob, transferables } from './answer';
import type { ComputeAnswer, ComputeJob } from './protocol';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ComputeJob>) => void) | null;
  postMessage(m: ComputeAnswer, transfer?: Transferable[]): void;
};

// Project cost lines are built on first read; the structured clone of postMessage reads them,
// so they are built here in the worker rather than on the page.
scope.onmessage = (e) => {
  const a = answerJob(e.data);
  scope.postMessage(a, transferables(a));
};
