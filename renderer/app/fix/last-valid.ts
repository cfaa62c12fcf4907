// The last result of each open scenario that did compute. An edit that breaks the inputs then
// leaves that result on screen, dimmed and marked as out of date, instead of a blank dashboard.
// Kept outside the views because the dashboard unmounts while the user edits in Inputs.
import type { Scenario } from '../../../engine/scenario/schema';
import type { ComputeOutcome } from '../compute/engine';

export interface LastValid {
  outcome: Extract<ComputeOutcome, { ok: true }>;
  scenario: Scenario;
}

const byDoc = new Map<string, LastValid>();

/** Remembers an ok outcome, or returns the one remembered when this one failed. */
export function lastValid(docId: string, outcome: ComputeOutcome, scenario: Scenario): LastValid | null {
  if (outcome.ok) {
    byDoc.set(docId, { outcome, scenario });
    return null;
  }
  return byDoc.get(docId) ?? null;
}

/** The result to show beside the inputs: the current one, or the last that computed, out of date. */
export function liveResult(docId: string, outcome: ComputeOutcome, scenario: Scenario): { result: LastValid['outcome']['result']; outdated: boolean } | null {
  if (outcome.ok) {
    byDoc.set(docId, { outcome, scenario });
    return { result: outcome.result, outdated: false };
  }
  const kept = byDoc.get(docId);
  return kept ? { result: kept.outcome.result, outdated: true } : null;
}
