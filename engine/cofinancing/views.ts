// Issue 4's views on a computed result: the allocation per project and party with its core check,
// co-financing per step, budgets, capital charges per step and fairness. Built after compute()
// from the same context and resolved works, so every figure ties to the step results.
import { coreViolation } from '../allocation/core';
import { toCents } from '../model/money';
import { checkBudgets } from '../budgets/check';
import { capitalCharges, type Activation, type ExistingAsset, type YearAmount } from '../capital/charges';
import { coFinancingOutcome } from '../model/cofinancing-hook';
import type { ModelContext } from '../model/context';
import { sharedCost, singleCost } from '../model/costs';
import { deferralByParty } from '../model/evaluate';
import { extraStreams } from '../model/extra-streams';
import { defineLazy } from '../model/lazy';
import type { ResolvedSteps, ResolvedWork } from '../model/resolve';
import type { ComputeResult, ProjectResult, StepId, StepResult } from '../model/result';
import { maxGameParties } from '../allocation/game';
import { coFinancingLines } from './summary';
import type {
  AllocationResult, BudgetsResult, CapitalChargesStepResult, CoFinancingStepResult, CoFinancingViews, FairnessResult,
  ProjectAllocationResult,
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
  defineLazy(result, 'capitalCharges', () => result.steps.map((s) => capitalView(ctx, resolved[s.id], s)));
  defineLazy(result, 'fairness', () => fairnessView(result, allocationOnce()));
  return result;
}

// Steps without variants share one works array: index it once (a city has 50,000 works).
const indexes = new WeakMap<readonly ResolvedWork[], Map<string, ResolvedWork>>();

function byId(works: readonly ResolvedWork[]): Map<string, ResolvedWork> {
  let m = indexes.get(works);
  if (!m) {
    m = new Map();
    for (const w of works) m.set(w.id, w);
    indexes.set(works, m);
  }
  return m;
}

function esc(ctx: ModelContext, year: number): number {
  return ctx.tl.escal[year - ctx.tl.base] as number;
}

function allocationView(ctx: ModelContext, works: readonly ResolvedWork[], step: StepResult): AllocationResult {
  const ws = byId(works);
  const projects: ProjectAllocationResult[] = [];
  for (const p of step.projects) {
    if (p.parties.length < 2) continue;
    const members = p.works.map((id) => ws.get(id) as ResolvedWork);
    let inCore: boolean | null = null;
    let violation = null;
    if (p.parties.length <= maxGameParties) {
      const n = p.parties.length, e = esc(ctx, p.year);
      // c(S) nominal, like the allocation it is compared with.
      const table = new Float64Array(1 << n);
      const bits = members.map((w) => 1 << p.parties.indexOf(w.party));
      for (let m = 1; m < table.length; m++) {
        table[m] = e * sharedCost(ctx, members.filter((_, k) => (m & (bits[k] as number)) !== 0), p.year);
      }
      const cents = p.parties.map((q) => toCents(p.allocation.find((a) => a.party === q)?.amount ?? 0));
      violation = coreViolation(table, cents, p.parties);
      inCore = violation === null;
    }
    projects.push({
      step: step.id, project: p.id, neighbourhood: p.neighbourhood, year: p.year, shared: p.shared,
      parties: p.allocation.map((a) => ({ party: a.party, amount: a.amount })), inCore, violation,
    });
  }
  return { rule: ctx.settings.allocationRule, projects };
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
  const residual = residualByParty(ctx, step);
  const cash = new Map(step.parties.map((p) => [p.party, p.cash]));
  const needed = (party: string, year: number): number => {
    const row = cash.get(party);
    if (!row || year < ctx.tl.base || year > ctx.tl.last) return 0;
    const v = row[year - ctx.tl.base] as number;
    return year === ctx.tl.last ? v - (residual.get(party) ?? 0) : v;
  };
  const check = checkBudgets(ctx.scenario.budgets ?? [], ctx.parties, needed);
  return { step: step.id, rows: check.rows, shortfalls: check.shortfalls };
}

function capitalView(ctx: ModelContext, works: readonly ResolvedWork[], step: StepResult): CapitalChargesStepResult {
  const tl = ctx.tl;
  const ws = byId(works);
  const outcome = coFinancingOutcome(ctx, step.id);
  const received = new Map<string, number>();
  const contributions: YearAmount[] = [];
  for (const f of outcome?.flows ?? []) {
    const k = `${f.work}\u0000${f.year}`;
    received.set(k, (received.get(k) ?? 0) + f.amount);
    contributions.push({ party: f.funder, year: f.year, amount: f.amount });
  }
  // Without co-financing (the common case) no key strings are built for 100,000 executions.
  const got = (work: string, year: number) => (received.size === 0 ? 0 : received.get(`${work}\u0000${year}`) ?? 0);

  const activations: Activation[] = [];
  const existing: ExistingAsset[] = [];
  // Running costs summed per party and year first: a city has 50,000 works × 50 years.
  const H = tl.length;
  const runningBy = new Map<string, Float64Array>();
  const runningRow = (party: string): Float64Array => {
    let row = runningBy.get(party);
    if (!row) runningBy.set(party, (row = new Float64Array(H)));
    return row;
  };
  const addRunning = (party: string, i: number, amount: number) => {
    const row = runningRow(party);
    row[i] = (row[i] as number) + amount;
  };
  for (const p of step.projects) {
    for (const a of sharedPerWork(ws, p)) {
      const w = a.work;
      activations.push({ work: w.id, party: w.party, year: p.year, lifetimeYears: w.lifetimeYears,
        amount: w.direct * esc(ctx, p.year) + a.shared - got(w.id, p.year) });
    }
    // Not p.lines: reading them builds all nine lines of every project of every step.
    for (const d of deferralByParty(p)) if (d.amount !== 0) addRunning(d.party, p.year - tl.base, d.amount);
  }
  for (const plan of step.works) {
    const w = ws.get(plan.work) as ResolvedWork;
    if (plan.replacementYears.length) {
      const single = singleCost(ctx, w);
      for (const y of plan.replacementYears) {
        activations.push({ work: w.id, party: w.party, year: y, lifetimeYears: w.lifetimeYears,
          amount: (w.direct + single.shared) * esc(ctx, y) - got(w.id, y) });
      }
    }
    const split = plan.year - tl.base; // current opex through t, the new asset's after
    if (w.currentOpex !== 0 || w.annualOpex !== 0) {
      const row = runningRow(w.party); // once per work, not per year (50,000 works × 50 years)
      for (let i = 0; i < H; i++) {
        const opex = i <= split ? w.currentOpex : w.annualOpex;
        if (opex !== 0) row[i] = (row[i] as number) + opex * (tl.escal[i] as number);
      }
    }
    if (w.bookValue > 0) existing.push({ work: w.id, party: w.party, bookValue: w.bookValue, plannedYear: w.plannedYear, executedIn: plan.year });
  }
  for (const x of extraStreams(ctx, step.id)) {
    for (let i = 0; i < H; i++) {
      const v = x.financial[i] ?? 0;
      if (v !== 0) addRunning(x.party, i, v * (tl.escal[i] as number));
    }
  }
  const running: YearAmount[] = [];
  for (const [party, row] of runningBy) row.forEach((amount, i) => { if (amount !== 0) running.push({ party, year: tl.base + i, amount }); });
  const rows = capitalCharges({
    baseYear: tl.base, horizonYears: tl.length, interestRate: ctx.settings.interestRate, parties: ctx.parties,
    activations, existing, running, contributions,
  });
  return { step: step.id, rows };
}

/** The shared costs allocated to each party spread over its works in the project pro rata direct
 *  cost (equally when they have none), nominal. */
function sharedPerWork(ws: Map<string, ResolvedWork>, p: ProjectResult): { work: ResolvedWork; shared: number }[] {
  if (p.works.length === 1) {
    // A one-work project (every project of `separate`): its owner's whole allocation is this work's.
    const w = ws.get(p.works[0]!) as ResolvedWork;
    const a = p.allocation[0]!;
    return [{ work: w, shared: w.direct > 0 ? (a.amount * w.direct) / w.direct : a.amount }];
  }
  const members = p.works.map((id) => ws.get(id) as ResolvedWork);
  const out: { work: ResolvedWork; shared: number }[] = [];
  for (const a of p.allocation) {
    const own = members.filter((w) => w.party === a.party);
    const sum = own.reduce((s, w) => s + w.direct, 0);
    for (const w of own) out.push({ work: w, shared: sum > 0 ? (a.amount * w.direct) / sum : a.amount / own.length });
  }
  return out;
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
