// What issue 4 adds to ComputeResult: the allocation of shared costs per project and party, the
// co-financing flows and lines, budgets, capital charges and fairness. All euros rounded to cents.
import type { AllocationRule } from '../scenario/schema';
import type { CoreViolation } from '../allocation/core';
import type { BudgetRow } from '../budgets/check';
import type { CapitalChargeRow } from '../capital/charges';
import type { CoFinancingFlow } from './apply';
import type { CoFinancingLine } from './summary';
import type { StepId } from '../model/steps';

export interface ProjectAllocationResult {
  step: StepId;
  project: string;
  neighbourhood: string;
  year: number;
  /** Shared cost of the project (nominal). */
  shared: number;
  parties: { party: string; amount: number }[];
  /** null: not checked (more than 12 parties). */
  inCore: boolean | null;
  violation: CoreViolation | null;
}

export interface AllocationResult {
  rule: AllocationRule;
  /** Multi-party projects of the integrated step (one-party projects go wholly to their owner). */
  projects: ProjectAllocationResult[];
}

/** A co-financing flow as reported: the same fields as the engine's flow, its amount in cents. */
export type CoFinancingFlowResult = CoFinancingFlow;

export interface CoFinancingRuleResult {
  rule: string;
  funder: string;
  paid: number;
  cap: number | null;
  capReachedIn: number | null;
}

export interface CoFinancingStepResult {
  step: StepId;
  flows: CoFinancingFlowResult[];
  /** Per party and year: paid as funder, received as owner (nominal). */
  lines: CoFinancingLine[];
  rules: CoFinancingRuleResult[];
}

export interface BudgetsResult {
  /** Budgets are checked against the plan: the integrated step. */
  step: StepId;
  rows: BudgetRow[];
  shortfalls: BudgetRow[];
}

export interface CapitalChargesStepResult {
  step: StepId;
  rows: CapitalChargeRow[];
}

export interface FairnessParty {
  party: string;
  separatePV: number;
  integratedPV: number;
  saving: number;
  /** integrated − separate when positive, else 0. */
  loss: number;
  ownsWorks: boolean;
  flagged: boolean;
}

export interface FairnessResult {
  parties: FairnessParty[];
  /** Multi-party projects of the integrated step whose allocation is not in the core. */
  outsideCore: { project: string; violation: CoreViolation }[];
}

export interface CoFinancingViews {
  allocation: AllocationResult;
  cofinancing: CoFinancingStepResult[];
  budgets: BudgetsResult;
  capitalCharges: CapitalChargesStepResult[];
  fairness: FairnessResult;
}
