// A step's work plans read once into columns for the views that walk every plan (per
// neighbourhood, capital charges). The plans are in id order, not in the order they were made in,
// so visiting 50,000 plan objects costs a cache miss each (measured: more than the views' own
// arithmetic); the columns are visited in order. Kept per plans list, so steps with one plan and
// both views share one read.
import type { WorkPlan } from './result';

export interface PlanColumns {
  work: string[];
  neighbourhood: string[];
  /** First execution year t. */
  year: Int32Array;
}

const known = new WeakMap<readonly WorkPlan[], PlanColumns>();

export function planColumns(plans: readonly WorkPlan[]): PlanColumns {
  let c = known.get(plans);
  if (!c) {
    const K = plans.length;
    c = { work: new Array<string>(K), neighbourhood: new Array<string>(K), year: new Int32Array(K) };
    for (let k = 0; k < K; k++) {
      const w = plans[k]!;
      c.work[k] = w.work;
      c.neighbourhood[k] = w.neighbourhood;
      c.year[k] = w.year;
    }
    known.set(plans, c);
  }
  return c;
}
