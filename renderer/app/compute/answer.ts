// What the engine worker answers to each job: one function, so Node tests run exactly the
// worker's code path (Node has no Web Worker) and the worker file stays a thin shell.
import { computeScenario, readScenarioBytes, writeScenarioBytes } from './engine';
import type { ComputeAnswer, ComputeJob } from './protocol';
import { resultsWorkbookBytes } from './results-export';

export function answerJob(m: ComputeJob): ComputeAnswer {
  switch (m.kind) {
    case 'read': return { kind: 'read', job: m.job, outcome: readScenarioBytes(m.bytes) };
    case 'write': return { kind: 'write', job: m.job, bytes: writeScenarioBytes(m.scenario, m.lang) };
    case 'results': return { kind: 'results', job: m.job, bytes: resultsWorkbookBytes(m.request) };
    case 'compute': return { kind: 'compute', job: m.job, outcome: computeScenario(m.scenario) };
  }
}

/** The buffers an answer can hand over instead of copying (a results workbook can be many MB). */
export function transferables(a: ComputeAnswer): ArrayBuffer[] {
  return a.kind === 'results' && a.bytes.buffer instanceof ArrayBuffer ? [a.bytes.buffer] : [];
}
