// SEAM (co-financing plugs in here): per step, amounts that move from a work's owner to a funder for
// an execution (first execution or replacement). Base prices, booked in the execution's year. The
// residual-value credit stays with the owner (compute() never moves it). The rules themselves live
// in engine/cofinancing; the outcome per step is kept so the result views report the same flows.
import { applyCoFinancing, type CoFinancingOutcome } from '../cofinancing/apply';
import { InputError, problem } from '../problems';
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

const outcomes = new WeakMap<ModelContext, Map<StepId, CoFinancingOutcome>>();
const byExecutions = new WeakMap<() => Execution[], CoFinancingOutcome>();

/** The co-financing outcome (nominal flows) computed for this context and step, if any. */
export function coFinancingOutcome(ctx: ModelContext, step: StepId): CoFinancingOutcome | undefined {
  return outcomes.get(ctx)?.get(step);
}

/** `executions` is lazy: building it costs time on large scenarios without co-financing. Sorted by
 *  year, then work id. */
export function coFinance(ctx: ModelContext, step: StepId, executions: () => Execution[]): Transfer[] {
  const rules = ctx.scenario.coFinancing ?? [];
  if (rules.length === 0) return [];
  // Validation reports an unknown funder; compute() may run without it (what-if edits), so guard.
  const unknown = rules.flatMap((r, index) => (ctx.partyOrder.has(r.funder) ? [] : [
    problem('ref.unknownFunder', { id: r.funder }, { sheet: 'coFinancing', index, field: 'funder' }),
  ]));
  if (unknown.length) throw new InputError(unknown);
  const tl = ctx.tl;
  const esc = (year: number) => tl.escal[year - tl.base] as number;
  // Steps that share a plan share its executions (the same function), so they share the outcome:
  // the rules depend on nothing else.
  let outcome = byExecutions.get(executions);
  if (!outcome) {
    // Caps are nominal: the rules work on escalated amounts; transfers go back to base prices.
    outcome = applyCoFinancing(rules, executions().map((e) => ({
      work: e.work.id, party: e.work.party, year: e.year, direct: e.direct * esc(e.year), tags: e.work.tags,
      replacement: e.kind === 'replacement',
    })));
    byExecutions.set(executions, outcome);
  }
  let perStep = outcomes.get(ctx);
  if (!perStep) outcomes.set(ctx, (perStep = new Map()));
  perStep.set(step, outcome);
  return outcome.flows.map((f) => ({ from: f.owner, to: f.funder, year: f.year, amount: f.amount / esc(f.year), work: f.work, rule: f.rule }));
}
