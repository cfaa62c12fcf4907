// The result's optional sections (variants and hours from H3; budgets and capital charges from H4).
// They are read through these accessors so the dashboard renders them when present and hides
// them when a scenario (or an older engine) has none.
import type { BudgetCheck } from '../../engine/budgets/check';
import type { CapitalChargeRow } from '../../engine/capital/charges';
import type { HoursBudgetRow } from '../../engine/citizen/streams';
import type { ComputeResult, StepId } from '../../engine/model/result';
import type { VariantChoice } from '../../engine/variants/resolve';
import { discountFactor, type CashRow, type CashView } from './view';

interface Extras {
  variants?: VariantChoice[];
  hours?: HoursBudgetRow[];
  budgets?: BudgetCheck;
  capitalCharges?: CapitalChargeRow[] | Partial<Record<StepId, CapitalChargeRow[]>>;
}

const extras = (r: ComputeResult) => r as ComputeResult & Extras;

export function variantChoices(r: ComputeResult): VariantChoice[] {
  return extras(r).variants ?? [];
}

export function hoursRows(r: ComputeResult): HoursBudgetRow[] {
  return extras(r).hours ?? [];
}

export function budgetCheck(r: ComputeResult): BudgetCheck | undefined {
  return extras(r).budgets;
}

export function capitalRows(r: ComputeResult, stepId: StepId): CapitalChargeRow[] {
  const c = extras(r).capitalCharges;
  if (!c) return [];
  if (Array.isArray(c)) return stepId === 'integrated' ? c : [];
  return c[stepId] ?? [];
}

export function hasCapital(r: ComputeResult): boolean {
  return capitalRows(r, 'integrated').length > 0;
}

/** Capital charges (depreciation + interest + write-off + running costs) per party per year, in the
 *  same shape as the cash view so one chart draws both. */
export function capitalView(r: ComputeResult, stepId: StepId, discounted: boolean): CashView {
  const rows = capitalRows(r, stepId);
  const parties = [...new Set(rows.filter((x) => x.total !== 0).map((x) => x.party))];
  const byKey = new Map(rows.map((x) => [`${x.party}|${x.year}`, x.total]));
  const nominal = new Map<string, number>();
  const out: CashRow[] = r.years.map((year) => {
    const row: CashRow = { year, total: 0 };
    const f = discounted ? discountFactor(r, year) : 1;
    for (const p of parties) {
      const c = byKey.get(`${p}|${year}`) ?? 0;
      nominal.set(`${p}|${year}`, c);
      row[p] = Math.round(c * f * 100) / 100;
      row.total += row[p] as number;
    }
    row.total = Math.round(row.total * 100) / 100;
    return row;
  });
  return { parties, rows: out, nominal };
}
