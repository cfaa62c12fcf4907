// compute(scenario): the four steps of MODEL.md, pure and deterministic. Planning per step, costing
// per plan (shared by steps with the same plan), then the step's own additions (extra streams such
// as citizen maintenance, co-financing transfers), then rounding: step PVs first, savings as integer-
// cent differences, per-party figures split to the cent.
import pkg from '../package.json';
import { problem, type Problem } from './problems';
import type { Scenario } from './scenario/schema';
import { implementedRules } from './model/allocate';
import { scenarioHash } from './model/canonical';
import { coFinance } from './model/cofinancing-hook';
import { makeContext, type ModelContext } from './model/context';
import { evaluatePlan, type Evaluation } from './model/evaluate';
import { extraStreams } from './model/extra-streams';
import { assertFinite, checkLazyViews } from './model/finite';
import { fromCents, roundMoney, splitExact, toCents } from './model/money';
import { heldPlanFor } from './model/held-plan';
import { planBundled, planSeparate, type Plan } from './model/plan';
import { resolveAll, variantOutcome, type ResolvedSteps, type ResolvedWork } from './model/resolve';
import { defineLazy } from './model/lazy';
import { neighbourhoodResults } from './model/neighbourhoods';
import { citizenHours } from './citizen/plan';
import { attachCoFinancingViews } from './cofinancing/views';
import {
  stepIds, type Amounts, type ComputeOptions, type ComputeResult, type ExtraStreamResult, type PartyResult,
  type StepId, type StepResult,
} from './model/result';

export const methodVersion = '1' as const;
export const appVersion: string = (pkg as { version: string }).version;

/** A scenario's context and resolved works: what planning needs before compute can go on. */
export interface Prepared {
  scenario: Scenario;
  ctx: ModelContext;
  resolved: ResolvedSteps;
}

export function prepareCompute(scenario: Scenario): Prepared {
  const ctx = makeContext(scenario);
  return { scenario, ctx, resolved: resolveAll(ctx) };
}

export function compute(scenario: Scenario, options: ComputeOptions = {}): ComputeResult {
  return computePrepared(prepareCompute(scenario), options);
}

/** Steps planned and costed before compute goes on: a caller whose planning runs on other threads
 *  costs the separate step (which waits for no optimiser) and the bundled one meanwhile. */
export interface EarlySteps {
  separate: Plan;
  evaluations: Map<Plan, Evaluation>;
}

/** The separate step's plan, costed into `early`. */
export function separateStep(prepared: Prepared): EarlySteps {
  const separate = planSeparate(prepared.resolved.separate);
  const early: EarlySteps = { separate, evaluations: new Map() };
  costStep(prepared, early, separate, prepared.resolved.separate);
  return early;
}

export function costStep(prepared: Prepared, early: EarlySteps, plan: Plan, works: readonly ResolvedWork[]): void {
  early.evaluations.set(plan, evaluatePlan(prepared.ctx, plan, prepared.ctx.settings.allocationRule, works));
}

/** compute() of a prepared scenario. `plans`: plans made beforehand (engine/compute-pool), by the
 *  step's works array; steps whose works are not in it are planned here. `input`: the scenario's
 *  hash (meta.input) when the caller made it already (engine/compute-pool hashes off this thread). */
export function computePrepared(prepared: Prepared, options: ComputeOptions = {}, plans = new Map<ResolvedWork[], Plan>(), early?: EarlySteps, input?: string): ComputeResult {
  const { scenario, ctx, resolved } = prepared;
  const s = ctx.settings;
  const warnings: Problem[] = [];
  if (!implementedRules.includes(s.allocationRule)) {
    warnings.push(problem('model.allocationRuleFallback', { rule: s.allocationRule }, { sheet: 'settings', field: 'allocationRule' }, 'warning'));
  }
  const variants = variantOutcome(ctx);
  warnings.push(...variants.warnings);
  const evaluations = new Map<Plan, Evaluation>(early?.evaluations);
  const stepCents: Record<StepId, { financial: number; societal: number }> = {} as never;
  const partyCents: Record<StepId, number[]> = {} as never;
  const steps: StepResult[] = [];
  const stepEvaluations: Record<StepId, Evaluation> = {} as never;
  let optimiser: ComputeResult['optimiser'] = { neighbourhoods: [] };

  for (const id of stepIds) {
    const works = resolved[id];
    let plan: Plan;
    if (id === 'separate') plan = early?.separate ?? planSeparate(works);
    else {
      let cached = plans.get(works);
      if (!cached) {
        // The differentiated step takes over the bundled plan of every neighbourhood whose works
        // did not change with the variant choice.
        cached = options.plan
          ? heldPlanFor(options.plan, id, works)
          : planBundled(ctx, works, s.bundleMode, options.optimiser ?? 'auto', plans.get(resolved.bundled));
        plans.set(works, cached);
      }
      plan = cached;
      if (id === 'bundled') optimiser = { neighbourhoods: cached.info };
    }
    let ev = evaluations.get(plan);
    if (!ev) {
      ev = evaluatePlan(ctx, plan, s.allocationRule, works);
      evaluations.set(plan, ev);
    }
    stepEvaluations[id] = ev;
    const out = finishStep(ctx, id, ev);
    steps.push(out.step);
    stepCents[id] = out.cents;
    partyCents[id] = out.partyCents;
  }

  const diff = (a: StepId, b: StepId): Amounts => ({
    financial: fromCents(stepCents[a].financial - stepCents[b].financial),
    societal: fromCents(stepCents[a].societal - stepCents[b].societal),
  });
  // Owners after variants are resolved (MODEL.md): the party typed on a variant work's row is not used.
  const owners = new Set<string>();
  for (const w of resolved.integrated) owners.add(w.party);
  for (const w of resolved.separate) owners.add(w.party);
  const parties: PartyResult[] = scenario.parties.map((p, i) => {
    const pv = {} as Record<StepId, number>;
    for (const id of stepIds) pv[id] = fromCents(partyCents[id][i] as number);
    const sep = partyCents.separate[i] as number;
    const int = partyCents.integrated[i] as number;
    const ownsWorks = owners.has(p.id);
    return { id: p.id, name: p.name, ownsWorks, pv, saving: fromCents(sep - int), flagged: ownsWorks && int > sep };
  });

  const result: ComputeResult = {
    scenario: s.name,
    currency: 'EUR',
    meta: {
      method: methodVersion,
      app: appVersion,
      input: input ?? scenarioHash(scenario),
      computedAt: options.computedAt ?? new Date().toISOString(),
    },
    settings: {
      baseYear: s.baseYear, horizonYears: s.horizonYears, discountRate: s.discountRate,
      discountTiming: s.discountTiming, escalationRate: s.escalationRate, bundleMode: s.bundleMode,
      optimizeFor: s.optimizeFor, allocationRule: s.allocationRule,
    },
    years: Array.from({ length: ctx.tl.length }, (_, i) => ctx.tl.base + i),
    steps,
    savings: {
      bundling: diff('separate', 'bundled'),
      differentiation: diff('bundled', 'differentiated'),
      citizen: diff('differentiated', 'integrated'),
      total: diff('separate', 'integrated'),
    },
    parties,
    optimiser,
    warnings,
    variants: variants.choices,
    hours: citizenHours(scenario),
  };
  // Per neighbourhood, then allocation with its core check, co-financing, budgets, capital charges
  // and fairness: views built when first read; the co-financing views stay the last keys.
  defineLazy(result, 'neighbourhoods', () => neighbourhoodResults({ ctx, evaluations: stepEvaluations }, result));
  const withViews = attachCoFinancingViews(ctx, resolved, result);
  // No figure may be NaN or infinite (the read limits make this unreachable from a workbook). The
  // steps' lists are checked when they are built (model/evaluate).
  assertFinite(withViews, 'result');
  return checkLazyViews(withViews, 'result');
}

function finishStep(ctx: ModelContext, id: StepId, ev: Evaluation):
  { step: StepResult; cents: { financial: number; societal: number }; partyCents: number[] } {
  const tl = ctx.tl;
  const H = tl.length;
  const P = ctx.parties.length;
  let party = ev.ledger.party;
  let societal = ev.ledger.societal;
  const streams = extraStreams(ctx, id);
  const transfers = coFinance(ctx, id, ev.executions);
  if (streams.length || transfers.length) {
    party = party.slice();
    societal = societal.slice();
  }
  const extra: ExtraStreamResult[] = [];
  let extraFin = 0;
  let extraSoc = 0;
  for (const x of streams) {
    const po = ctx.partyOrder.get(x.party)! * H;
    let fin = 0;
    let soc = 0;
    for (let i = 0; i < H; i++) {
      party[po + i] = (party[po + i] as number) + (x.financial[i] ?? 0);
      societal[i] = (societal[i] as number) + (x.societal[i] ?? 0);
      fin += (x.financial[i] ?? 0) * (tl.factor[i] as number);
      soc += (x.societal[i] ?? 0) * (tl.factor[i] as number);
    }
    extraFin += fin;
    extraSoc += soc;
    const r: ExtraStreamResult = { key: x.key, party: x.party, label: x.label, pv: { financial: roundMoney(fin), societal: roundMoney(fin + soc) } };
    if (x.neighbourhood !== undefined) r.neighbourhood = x.neighbourhood;
    extra.push(r);
  }
  for (const tr of transfers) {
    const i = tr.year - tl.base;
    const from = ctx.partyOrder.get(tr.from)! * H + i;
    const to = ctx.partyOrder.get(tr.to)! * H + i;
    party[from] = (party[from] as number) - tr.amount;
    party[to] = (party[to] as number) + tr.amount;
  }

  const partyPV = new Array<number>(P).fill(0);
  const cash: number[][] = [];
  for (let p = 0; p < P; p++) {
    let v = 0;
    const row: number[] = new Array(H);
    for (let i = 0; i < H; i++) {
      const a = party[p * H + i] as number;
      v += a * (tl.factor[i] as number);
      row[i] = roundMoney(a * (tl.escal[i] as number));
    }
    partyPV[p] = v;
    cash.push(row);
  }
  let socPV = 0;
  const societalCash: number[] = new Array(H);
  for (let i = 0; i < H; i++) {
    socPV += (societal[i] as number) * (tl.factor[i] as number);
    societalCash[i] = roundMoney((societal[i] as number) * (tl.escal[i] as number));
  }
  const financial = partyPV.reduce((a, b) => a + b, 0);
  const cents = { financial: toCents(financial), societal: toCents(financial + socPV) };
  const partyCents = splitExact(cents.financial, partyPV);
  const pv = ev.pv;
  const step = {
    id,
    pv: { financial: fromCents(cents.financial), societal: fromCents(cents.societal) },
    breakdown: {
      projects: { financial: roundMoney(pv.projects), societal: roundMoney(pv.projects + pv.projectsDisruption) },
      replacements: { financial: roundMoney(pv.replacements), societal: roundMoney(pv.replacements + pv.replacementsDisruption) },
      opex: roundMoney(pv.opex),
      residual: roundMoney(pv.residual),
      extra: { financial: roundMoney(extraFin), societal: roundMoney(extraFin + extraSoc) },
    },
  } as StepResult;
  // The lists are built when first read (model/evaluate), in their place in the JSON's key order;
  // steps with the same plan still share one list.
  defineLazy(step, 'projects', () => ev.projects);
  defineLazy(step, 'works', () => ev.works);
  step.parties = ctx.parties.map((q, i) => ({ party: q, pv: fromCents(partyCents[i] as number), cash: cash[i]! }));
  step.extra = extra;
  step.societalCash = societalCash;
  return { step, cents, partyCents };
}
