// SEAM (H3's citizen maintenance plugs in here): yearly cost streams per party that are not
// projects, per step. Amounts are base prices per horizon year (index 0 = baseYear); compute()
// escalates, discounts and books them on the party, and adds the societal-only part (valued
// volunteer time) to the societal perspective.
import { citizenStreams } from '../citizen/plan';
import type { ModelContext } from './context';
import type { StepId } from './result';

export interface ExtraStream {
  key: string;
  party: string;
  neighbourhood?: string;
  label: string;
  /** Financial cost per horizon year, base prices. */
  financial: Float64Array;
  /** Societal-only cost per horizon year (no party pays it), base prices. */
  societal: Float64Array;
}

/** H3: citizen maintenance (engine/citizen): contractor maintenance in every step before
 *  `integrated`, zelfbeheer with its costs and valued volunteer time in `integrated`. */
export function extraStreams(ctx: ModelContext, step: StepId): ExtraStream[] {
  // Kept per computation, one list before `integrated` and one in it: the step totals and the
  // capital view of every step read them (read-only).
  const integrated = step === 'integrated';
  let both = kept.get(ctx);
  if (!both) kept.set(ctx, (both = new Map()));
  let streams = both.get(integrated);
  if (!streams) both.set(integrated, (streams = citizenStreams(ctx.scenario, integrated)));
  return streams;
}

const kept = new WeakMap<ModelContext, Map<boolean, ExtraStream[]>>();
