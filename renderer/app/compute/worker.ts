// The engine worker: validates and computes a scenario, or reads or writes a workbook, off the
// page's main thread, so a large scenario never freezes the interface. Same engine calls as the page's own
// synchronous path for small ones.
import '../../zod-jitless';
import { computeScenario, readScenarioBytes, writeScenarioBytes } from './engine';
import type { ComputeAnswer, ComputeJob } from './protocol';

const scope = self as unknown as { onmessage: ((e: MessageEvent<ComputeJob>) => void) | null; postMessage(m: ComputeAnswer): void };

scope.onmessage = (e) => {
  const m = e.data;
  // Project cost lines are built on first read; the structured clone of postMessage reads them,
  // so they are built here in the worker rather than on the page.
  if (m.kind === 'read') scope.postMessage({ kind: 'read', job: m.job, outcome: readScenarioBytes(m.bytes) });
  else if (m.kind === 'write') scope.postMessage({ kind: 'write', job: m.job, bytes: writeScenarioBytes(m.scenario, m.lang) });
  else scope.postMessage({ kind: 'compute', job: m.job, outcome: computeScenario(m.scenario) });
};
