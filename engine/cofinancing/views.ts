// Issue 4's views on a computed result: the allocation per project and party with its core check,
// co-financing per step, budgets, capital charges per step and fairness. Built after compute()
// from the same context and resolved works, so every figure ties to the step results.
import { toCents } from '../model/money';
import { checkBudgets } from '../budgets/check';
import { coFinancingOutcome } from '../model/cofinancing-hook';
import type { ModelContext } from '../model/context';
import { defineLazy } from '../model/lazy';
import type { ResolvedSteps, ResolvedWork } from '../model/resolve';
import type { ComputeResult, StepId, StepResult } from '../model/result';
import { allocationView } from './allocation-view';
import { capitalViews } from './capital-view';
import { coFinancingLines } from './summary';
import type {
  AllocationResult, BudgetsResult, CoFinancingStepResult, CoFinancingViews, FairnessResult,
} from './result';

const money = (v: number): number => toCents(v) / 100;

/**
 * Issue 4's views set on the result, the allocation (with its core check), capital charges and
 * fairness built when first read (engine/model/lazy): on a city they cost more than the four
 * steps' totals, and a what-if that reads only totals need not wait for them. JSON, structuredClone
 * and the dashboard read them like plain properties. Co-financing and budgets are cheap: set now.
 */
export function attachCoFinancingViews(ctx: ModelContext, resolved: ResolvedSteps, result: ComputeResult): ComputeResult {
  const integrated = result.steps.find((s) => s.id === 'integrated') as StepResult;
  let allocation: AllocationResult | undefined;
  const allocationOnce = (): AllocationResult => (allocation ??= allocationView(ctx, resolved.integrated, integrated));
  // Defined in the order of the CoFinancingViews interface, the JSON's key order.
  defineLazy(result, 'allocation', allocationOnce);
  result.cofinancing = result.steps.map((s) => coFinancingView(ctx, s.id));
  result.budgets = budgetsView(ctx, resolved.integrated, integrated);
  defineLazy(result, 'capitalCharges', () => capitalViews(ctx, resolved, result.steps));
  defineLazy(result, 'fairness', () => fairnessView(result, allocationOnce()));
  return result;
}

function esc(ctx: ModelContext, year: number): number {
  return ctx.tl.escal[year - ctx.tl.base] as number;
}

function coFinancingView(ctx: ModelContext, step: StepId): CoFinancingStepResult {
  const outcome = coFinancingOutcome(ctx, step);
  if (!outcome) return { step, flows: [], lines: [], rules: [] };
  return {
    step,
    flows: outcome.flows.map((f) => ({ ...f, amount: money(f.amount) })),
    lines: coFinancingLines(outcome.flows, ctx.parties),
    rules: outcome.rules.map((r) => ({ ...r, paid: money(r.paid) })),
  };
}

/** Nominal residual-value credit per party in the horizon's last year (not cash: left out of "needed"). */
function residualByParty(ctx: ModelContext, step: StepResult): Map<string, number> {
  const out = new Map<string, number>();
  const e = esc(ctx, ctx.tl.last);
  for (const w of step.works) out.set(w.party, (out.get(w.party) ?? 0) + w.residualBase * e);
  return out;
}

function budgetsView(ctx: ModelContext, _works: readonly ResolvedWork[], step: StepResult): BudgetsResult {
  let residual: Map<string, number> | undefined; // 50,000 works: summed only if a budget asks
  const cash = new Map(step.parties.map((p) => [p.party, p.cash]));
  const needed = (party: string, year: number): number => {
    const row = cash.get(party);
    if (!row || year < ctx.tl.base || year > ctx.tl.last) return 0;
    const v = row[year - ctx.tl.base] as number;
    return year === ctx.tl.last ? v - ((residual ??= residualByParty(ctx, step)).get(party) ?? 0) : v;
  };
  const check = checkBudgets(ctx.scenario.budgets ?? [], ctx.parties, needed);
  return { step: step.id, rows: check.rows, shortfalls: check.shortfalls };
}

function fairnessView(result: Omit<ComputeResult, keyof CoFinancingViews>, allocation: AllocationResult): FairnessResult {
  return {
    parties: result.parties.map((p) => {
      const sep = toCents(p.pv.separate), int = toCents(p.pv.integrated);
      return {
        party: p.id, separatePV: p.pv.separate, integratedPV: p.pv.integrated, saving: p.saving,
        loss: Math.max(0, int - sep) / 100, ownsWorks: p.ownsWorks, flagged: p.flagged,
      };
    }),
    outsideCore: allocation.projects.flatMap((p) => (p.violation ? [{ project: p.project, violation: p.violation }] : [])),
  };
}
