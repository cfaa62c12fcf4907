// What compute() returns. The CLI, the interface, the results workbook and the other engine
// modules code against these names: keep them stable; add fields, never rename.
//
// Money: every euro amount here is already rounded to cents (see ./money.ts) unless the field
// says otherwise. "base" = at price level B (baseYear); "nominal" = escalated to its own year,
// base × (1+e)^(year−B); "pv" = present value at B per MODEL.md "Time and money".
import type { HeldPlan } from './held-plan';
import type { HoursBudgetRow } from '../citizen/streams';
import type {
  AllocationResult, BudgetsResult, CapitalChargesStepResult, CoFinancingStepResult, FairnessResult,
} from '../cofinancing/result';
import type { Problem } from '../problems';
import type { AllocationRule, BundleMode, DiscountTiming, Perspective } from '../scenario/schema';
import type { VariantChoice } from '../variants/resolve';

import { stepIds, type OptimiserInfo, type StepId } from './steps';

export { stepIds, type OptimiserInfo, type StepId };

/** One figure in both perspectives. Societal = financial + disruption + valued volunteer time. */
export interface Amounts {
  financial: number;
  societal: number;
}

/** The cost terms of MODEL.md's project table. */
export const costKeys = [
  'direct', 'engineering', 'tender', 'participation', 'site', 'opening', 'coordination', 'deferral',
  'disruption',
] as const;
export type CostKey = (typeof costKeys)[number];

/** Who bears a line: the work's owner, the project's parties by the allocation rule, or nobody
 *  (societal-only cost such as disruption). */
export type Bearer = 'owner' | 'shared' | 'society';

/** Everything a cost line was computed from, so the interface can explain the number. */
export interface CostInputs {
  /** Formula key, e.g. "cost.engineering"; texts live in the interface's catalogue. */
  formula: string;
  /** Settings used, by their Settings key (engineeringFixed, engineeringRate, ...). */
  settings: Record<string, number>;
  /** Works the line is about, in id order. */
  works: string[];
  /** Years involved: the project year, and for deferral the planned years. */
  years: number[];
  /** Further named numbers: direct, days, sum of days, max days, disruptionCostPerDay,
   *  opened area per street ("area:<street>"), parties, years deferred per work ("deferred:<id>"). */
  values: Record<string, number>;
}

export interface PartyAmount {
  party: string;
  amount: number;
}

export interface CostLine {
  key: CostKey;
  bearer: Bearer;
  /** At base prices. */
  base: number;
  /** Nominal in the project's year. */
  nominal: number;
  pv: number;
  /** Owner lines (direct, deferral): the amount per owner party, nominal, adding up to `nominal`. */
  byParty?: PartyAmount[];
  inputs: CostInputs;
}

/** A project: works of one neighbourhood executed together in one year (first executions only;
 *  replacements are listed per work in WorkPlan.replacementYears and costed as one-work projects). */
export interface ProjectResult {
  /** Stable within a result: "<neighbourhood>/<year>/<first work id>". */
  id: string;
  neighbourhood: string;
  year: number;
  /** Work ids in id order (plain string order). */
  works: string[];
  /** Owner parties in Parties-sheet order. */
  parties: string[];
  /** max d + sequentialShare × (Σd − max d). */
  days: number;
  lines: CostLine[];
  /** Nominal totals in the project's year. */
  direct: number;
  shared: number;
  disruption: number;
  /** direct + shared + deferral (financial, nominal). */
  financial: number;
  /** Present value of this first execution only (no life cycle). */
  pv: Amounts;
  /** Shared costs per party (nominal), by the allocation rule; adds up to `shared` to the cent. */
  allocation: PartyAmount[];
  /** Works whose year differs from their planned year. */
  moved: { work: string; from: number; to: number }[];
}

/** One work's life cycle in a step. */
export interface WorkPlan {
  work: string;
  neighbourhood: string;
  party: string;
  project: string;
  plannedYear: number;
  year: number;
  /** Years of the replacements t+T, t+2T, ... inside the horizon. */
  replacementYears: number[];
  /** Present values of this work's life-cycle parts (financial; replacements also societal). */
  pv: {
    replacements: Amounts;
    opex: number;
    /** Negative: a credit. */
    residual: number;
  };
  /** Residual value credited in the horizon's last year, base prices (negative). */
  residualBase: number;
  inputs: {
    direct: number;
    lifetimeYears: number;
    currentOpex: number;
    annualOpex: number;
    window: [number, number];
  };
}

/** A yearly cost stream that is not a project (citizen maintenance, ...), per party. */
export interface ExtraStreamResult {
  key: string;
  party: string;
  neighbourhood?: string;
  label: string;
  /** PV of the financial part and of the societal-only part (valued volunteer time). */
  pv: Amounts;
}

export interface PartyStepResult {
  party: string;
  /** Financial present value of everything this party bears in the step; parties add up to the
   *  step's financial PV to the cent. */
  pv: number;
  /** Nominal financial cash per horizon year (index 0 = baseYear), each rounded to cents. */
  cash: number[];
}

export interface StepResult {
  id: StepId;
  pv: Amounts;
  /** Informational split of pv (each part rounded on its own, so it may differ a cent from pv). */
  breakdown: {
    projects: Amounts;
    replacements: Amounts;
    opex: number;
    residual: number;
    extra: Amounts;
  };
  /** First-execution projects, by neighbourhood (sheet order), then year, then id. */
  projects: ProjectResult[];
  /** Per work, in Works-sheet order. */
  works: WorkPlan[];
  parties: PartyStepResult[];
  extra: ExtraStreamResult[];
  /** Nominal societal-only cost per horizon year (disruption, valued volunteer time), rounded to
   *  cents; no party bears it. Always set by compute(). */
  societalCash?: number[];
}

export interface Savings {
  bundling: Amounts;
  differentiation: Amounts;
  citizen: Amounts;
  total: Amounts;
}

export interface PartyResult {
  id: string;
  name: string;
  ownsWorks: boolean;
  /** Financial PV per step. */
  pv: Record<StepId, number>;
  /** separate − integrated (financial, integer-cent difference). */
  saving: number;
  /** Owns works and integrated > separate: not acceptable to this party under the rule. */
  flagged: boolean;
}

export interface ResultMeta {
  method: '1';
  app: string;
  /** SHA-256 (hex) of the canonical serialization of the scenario. */
  input: string;
  computedAt: string;
}

export interface ResultSettings {
  baseYear: number;
  horizonYears: number;
  discountRate: number;
  discountTiming: DiscountTiming;
  escalationRate: number;
  bundleMode: BundleMode;
  optimizeFor: Perspective;
  allocationRule: AllocationRule;
}

export interface ComputeResult {
  scenario: string;
  currency: 'EUR';
  meta: ResultMeta;
  settings: ResultSettings;
  /** baseYear … baseYear+horizonYears−1. */
  years: number[];
  steps: StepResult[];
  savings: Savings;
  parties: PartyResult[];
  optimiser: OptimiserInfo;
  warnings: Problem[];
  /** H3: per variant work (Works-sheet order) its neighbourhood, group, candidates (eligible or
   *  why not, life-cycle PV), the choice and its saving against the generic variant. Always set by
   *  compute(); optional only so hand-made results in tests need not carry it. */
  variants?: VariantChoice[];
  /** H3: citizen maintenance hours budget per neighbourhood (sheet order) and year. Always set by compute(). */
  hours?: HoursBudgetRow[];
  /** H4 (engine/cofinancing/views.ts): allocation per project and party with its core check,
   *  co-financing per step, budgets, capital charges per step, fairness. Always set by compute();
   *  optional only so hand-made results in tests need not carry them. */
  allocation?: AllocationResult;
  cofinancing?: CoFinancingStepResult[];
  budgets?: BudgetsResult;
  capitalCharges?: CapitalChargesStepResult[];
  fairness?: FairnessResult;
  /** Per neighbourhood (id order, so row order never matters) and step; built when first read. Always set by compute(). */
  neighbourhoods?: NeighbourhoodResult[];
}

/** One neighbourhood in one step (engine/model/neighbourhoods.ts). */
export interface NeighbourhoodStep {
  step: StepId;
  /** This neighbourhood's share of the step PV: neighbourhoods add up to the step's pv to the cent. */
  pv: Amounts;
  /** Work ids (id order) and first-execution project ids (the step's project order). */
  works: string[];
  projects: string[];
  /** Projects of more than one work. */
  bundles: string[];
  /** Works executed in another year than planned. */
  moved: { work: string; from: number; to: number }[];
  /** Σ days of the step's first-execution projects here (replacements not counted). */
  disruptionDays: number;
  /** Maintenance hours over the horizon: contractor hours, and residents' (zelfbeheer, `integrated` only). */
  hours: { contractor: number; resident: number };
}

export interface NeighbourhoodResult {
  id: string;
  name: string;
  /** The four steps in step order. */
  steps: NeighbourhoodStep[];
  /** Integer-cent differences of this neighbourhood's step PVs: they add up to the scenario's savings. */
  savings: Savings;
}

export interface ComputeOptions {
  /** ISO time to stamp in meta.computedAt (tests fix it); default: now. */
  computedAt?: string;
  /** Force the optimiser method (tests and benchmarks); default: exact up to 8 works. */
  optimiser?: 'auto' | 'exact' | 'heuristic';
  /** Cost this plan instead of planning (./held-plan.ts); its variant choices must already be
   *  forced in the scenario (engine/held-plan.ts holdPlan does both). */
  plan?: HeldPlan;
}
