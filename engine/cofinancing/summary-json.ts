// Issue 4's part of the command line's JSON summary: allocation per project and party, co-financing
// per step, budgets, capital charges per step/party/year (rows that are all zero left out to keep the
// file readable) and fairness. Key order fixed here, like the rest of the summary.
import type { ComputeResult, StepId } from '../model/result';
import type { CapitalChargeRow } from '../capital/charges';
import type { AllocationResult, BudgetsResult, CoFinancingStepResult, FairnessResult } from './result';

export interface CoFinancingSummaryJson {
  allocation: AllocationResult;
  cofinancing: CoFinancingStepResult[];
  budgets: BudgetsResult;
  capitalCharges: ({ step: StepId } & CapitalChargeRow)[];
  fairness: FairnessResult;
}

export function coFinancingSummaryJson(r: ComputeResult): CoFinancingSummaryJson {
  return {
    allocation: r.allocation ?? { rule: r.settings.allocationRule, projects: [] },
    cofinancing: r.cofinancing ?? [],
    budgets: r.budgets ?? { step: 'integrated', rows: [], shortfalls: [] },
    capitalCharges: (r.capitalCharges ?? []).flatMap((c) => c.rows
      .filter((x) => x.depreciation !== 0 || x.interest !== 0 || x.writeOff !== 0 || x.opex !== 0 || x.contributions !== 0)
      .map((x) => ({
        step: c.step, party: x.party, year: x.year, depreciation: x.depreciation, interest: x.interest, writeOff: x.writeOff,
        opex: x.opex, contributions: x.contributions, total: x.total,
      }))),
    fairness: r.fairness ?? { parties: [], outsideCore: [] },
  };
}
