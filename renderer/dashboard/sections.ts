// The result's optional sections (variants and hours from issue 3; budgets, capital charges and
// fairness from issue 4). compute() always sets them; hand-made results may not, so the dashboard
// reads them here and hides a section that is absent or empty.
import type { BudgetsResult } from '../../engine/cofinancing/result';
import type { CapitalChargeRow } from '../../engine/capital/charges';
import type { HoursBudgetRow } from '../../engine/citizen/streams';
import type { ComputeResult, StepId } from '../../engine/model/result';
import type { VariantChoice } from '../../engine/variants/resolve';
import { discountFactor, type CashRow, type CashView } from './view';

export const variantChoices = (r: ComputeResult): VariantChoice[] => r.variants ?? [];
export const hoursRows = (r: ComputeResult): HoursBudgetRow[] => r.hours ?? [];
export const budgetCheck = (r: ComputeResult): BudgetsResult | undefined => r.budgets;

export function capitalRows(r: ComputeResult, stepId: StepId): CapitalChargeRow[] {
  return r.capitalCharges?.find((c) => c.step === stepId)?.rows ?? [];
}

export function hasCapital(r: ComputeResult): boolean {
  return (r.capitalCharges ?? []).some((c) => c.rows.some((x) => x.total !== 0));
}

/** Capital charges (depreciation + interest + write-off + running costs) per party per year, in the
 *  same shape as the cash view so one chart draws both. */
export function capitalView(r: ComputeResult, stepId: StepId, discounted: boolean): CashView {
  const rows = capitalRows(r, stepId);
  const parties = [...new Set(rows.filter((x) => x.total !== 0).map((x) => x.party))];
  const byKey = new Map(rows.map((x) => [`${x.party}|${x.year}`, x]));
  const nominal = new Map<string, number>();
  const out: CashRow[] = r.years.map((year) => {
    const row: CashRow = { year, total: 0 };
    const f = discounted ? discountFactor(r, year) : 1;
    for (const p of parties) {
      const c = byKey.get(`${p}|${year}`)?.total ?? 0;
      nominal.set(`${p}|${year}`, c);
      row[p] = Math.round(c * f * 100) / 100;
      row.total += row[p] as number;
    }
    row.total = Math.round(row.total * 100) / 100;
    return row;
  });
  return { parties, rows: out, nominal };
}

/** The capital-charge row behind one cell, for the explain panel. */
export function capitalRow(r: ComputeResult, stepId: StepId, party: string, year: number): CapitalChargeRow | undefined {
  return capitalRows(r, stepId).find((x) => x.party === party && x.year === year);
}
