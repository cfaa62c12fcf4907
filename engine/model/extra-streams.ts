// SEAM (H3's citizen maintenance plugs in here): yearly cost streams per party that are not
// projects, per step. Amounts are base prices per horizon year (index 0 = baseYear); compute()
// escalates, discounts and books them on the party, and adds the societal-only part (valued
// volunteer time) to the societal perspective.
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

export function extraStreams(_ctx: ModelContext, _step: StepId): ExtraStream[] {
  return [];
}
