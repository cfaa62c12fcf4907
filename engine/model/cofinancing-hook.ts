// SEAM (H4's co-financing plugs in here): per step, amounts that move from a work's owner to a
// funder for an execution (first execution or replacement). Base prices, booked in the execution's
// year. The residual-value credit stays with the owner (compute() never moves it).
import type { ModelContext } from './context';
import type { ResolvedWork } from './resolve';
import type { StepId } from './result';

export interface Execution {
  work: ResolvedWork;
  year: number;
  /** Direct cost of this execution, base prices. */
  direct: number;
  kind: 'first' | 'replacement';
}

export interface Transfer {
  from: string;
  to: string;
  year: number;
  /** Base prices. */
  amount: number;
  work: string;
  rule: string;
}

/** `executions` is lazy: building it costs time on large scenarios without co-financing. Sorted by
 *  year, then work id. */
export function coFinance(_ctx: ModelContext, _step: StepId, _executions: () => Execution[]): Transfer[] {
  return [];
}
