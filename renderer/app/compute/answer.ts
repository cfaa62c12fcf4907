// What the engine worker answers to each job: one function, so Node tests run exactly the
// worker's code path (Node has no Web Worker) and the worker file stays a thin shell.
import { packedTransfers, packResult, type PackedResult } from '../../../engine/transfer/result';
import type { ComputeResult } from '../../../engine/model/result';
import type { ReadProgress } from '../../../engine/workbook/read';
import { computeScenario, readScenarioBytes, writeScenarioBytes } from './engine';
import type { ComputeAnswer, ComputeJob } from './protocol';
import { resultsWorkbookBytes } from './results-export';

/** Views the dashboard does not show at once: they follow the result in a 'views' answer, so the
 *  result itself reaches the page sooner. The party table's fairness check is shown at once. */
export const laterViews = ['capitalCharges', 'neighbourhoods'];

// The last result computed, for its views that follow.
let last: { job: number; result: ComputeResult; later: string[] } | null = null;

export function answerJob(m: ComputeJob, onProgress?: (p: ReadProgress) => void): ComputeAnswer {
  switch (m.kind) {
    case 'read': return { kind: 'read', job: m.job, outcome: readScenarioBytes(m.bytes, onProgress) };
    case 'write': return { kind: 'write', job: m.job, bytes: writeScenarioBytes(m.scenario, m.lang) };
    case 'results': return { kind: 'results', job: m.job, bytes: resultsWorkbookBytes(m.request) };
    case 'compute': {
      const o = computeScenario(m.scenario);
      if (!o.ok) return { kind: 'compute', job: m.job, outcome: o };
      const packed = packResult(o.result, laterViews);
      last = packed.later.length ? { job: m.job, result: o.result, later: packed.later } : null;
      return { kind: 'compute', job: m.job, outcome: { ok: true, packed, warnings: o.warnings, ms: o.ms } };
    }
  }
}

/** The views left out of the last compute answer, once built; null when none are owed. */
export function viewsAnswer(): ComputeAnswer | null {
  if (!last) return null;
  const { job, result, later } = last;
  last = null;
  const views: Record<string, unknown> = {};
  for (const k of later) views[k] = result[k as keyof ComputeResult];
  return { kind: 'views', job, views };
}

/** The buffers an answer can hand over instead of copying (a results workbook can be many MB). */
export function transferables(a: ComputeAnswer): ArrayBuffer[] {
  if (a.kind === 'compute' && a.outcome.ok) return packedTransfers(a.outcome.packed);
  return a.kind === 'results' && a.bytes.buffer instanceof ArrayBuffer ? [a.bytes.buffer] : [];
}

export type { PackedResult };
