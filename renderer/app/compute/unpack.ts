// The page's side of a packed compute answer: the result decoded (its large parts when first
// read), and the views asked for after it put in place when they come. A view read
// before it came (the party view opened in the instant after a re-plan) is computed on the page by
// the same engine: slower, but the same numbers.
import { unpackResult } from '../../../engine/transfer/result';
import type { Scenario } from '../../../engine/scenario/schema';
import { computeScenario, type ComputeOutcome } from './engine';
import type { PackedOutcome } from './protocol';
import { measure, recordSince } from './timing';

interface Slot { views: Record<string, unknown> | null; effective: Scenario }

/** Views of this many recent jobs are awaited; an older job's worker was ended, they never come. */
const keep = 4;

export class Unpacker {
  private readonly slots = new Map<number, Slot>();

  /** The outcome of job `job`, computed for `effective`. */
  outcome(job: number, o: PackedOutcome, effective: Scenario): ComputeOutcome {
    if (!o.ok) return o;
    const slot: Slot = { views: null, effective };
    this.slots.set(job, slot);
    for (const k of this.slots.keys()) if (this.slots.size > keep) this.slots.delete(k);
    const result = unpackResult(o.packed, (k) => view(slot, k), (part, ms) => {
      const end = performance.now();
      measure(`compute.decode.${part}`, end - ms, end);
    });
    return { ok: true, result, warnings: o.warnings, ms: o.ms };
  }

  /** The views of job `job` arrived. */
  views(job: number, views: Record<string, unknown> | null): void {
    const slot = this.slots.get(job);
    if (!slot || views === null) return;
    slot.views = views;
    this.slots.delete(job);
  }
}

function view(slot: Slot, key: string): unknown {
  if (slot.views && key in slot.views) return slot.views[key];
  const t0 = performance.now();
  const o = computeScenario(slot.effective);
  recordSince(`compute.onPage.${key}`, t0);
  return o.ok ? o.result[key as keyof typeof o.result] : undefined;
}
