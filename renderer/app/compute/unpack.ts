// The page's side of a packed compute answer: the result decoded from its head (its large parts
// when first read), and its rest put in place when it comes. A part read before its rest came is
// computed on the page by the same engine (the same numbers, but seconds on a city): measured as
// "compute.onPage.<part>", so a test sees any reader that does it; the dashboard waits for the
// rest (../../dashboard/details) instead.
import { unpackResult, type PackedRest } from '../../../engine/transfer/result';
import type { ComputeResult } from '../../../engine/model/result';
import type { Scenario } from '../../../engine/scenario/schema';
import { markCame, markDropped, markFollowing } from '../../dashboard/details';
import { computeScenario, type ComputeOutcome } from './engine';
import type { PackedOutcome } from './protocol';
import { measure, recordSince } from './timing';

interface Slot {
  effective: Scenario;
  result: ComputeResult;
  fill(rest: PackedRest): void;
  /** The result computed on the page, once a part was read before the rest came. */
  onPage: ComputeResult | null;
}

export class Unpacker {
  private readonly slots = new Map<number, Slot>();

  /** The outcome of job `job`, computed for `effective`, from its head. */
  outcome(job: number, o: PackedOutcome, effective: Scenario): ComputeOutcome {
    if (!o.ok) return o;
    const slot = { effective, onPage: null } as Slot;
    const u = unpackResult(o.head, (name, pick) => pick(onPage(slot, name)), (part, ms) => {
      const end = performance.now();
      measure(`compute.decode.${part}`, end - ms, end);
    });
    slot.result = u.result;
    slot.fill = u.fill;
    this.slots.set(job, slot);
    markFollowing(u.result);
    return { ok: true, result: u.result, warnings: o.warnings, ms: o.ms };
  }

  /** The rest of job `job` arrived: false when that job's rest is no longer awaited. */
  rest(job: number, rest: PackedRest): boolean {
    const slot = this.slots.get(job);
    if (!slot) return false;
    this.slots.delete(job);
    slot.fill(rest);
    markCame(slot.result);
    return true;
  }

  /** The rest of job `job` will not come, or is no longer wanted. */
  drop(job: number): void {
    const slot = this.slots.get(job);
    if (!slot) return;
    this.slots.delete(job);
    markDropped(slot.result);
  }
}

function onPage(slot: Slot, name: string): ComputeResult {
  const t0 = performance.now();
  if (!slot.onPage) {
    const o = computeScenario(slot.effective);
    if (!o.ok) throw new Error(`the result's ${name} could not be computed on the page`);
    slot.onPage = o.result;
  }
  recordSince(`compute.onPage.${name}`, t0);
  return slot.onPage;
}
