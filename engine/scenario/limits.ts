// Read limits: figures far beyond any real municipality are refused where they are typed, before
// they reach the model. A unit cost of 1e20 or a quantity of 1e308 is a typing or copying
// accident, and carried through discounting, capital charges and cent splits it becomes
// Infinity or NaN. The caps sit orders of magnitude above the largest real figure (a Dutch
// municipality's yearly budget is at most about 10^10 €), so no real scenario meets them, and below
// them every product the model forms (quantity × unit cost × years × factors) stays finite.
// docs/method.md "Read limits" lists them.
import { problem, type Problem } from '../problems';
import type { Scenario, SheetKey } from './schema';
import '../i18n/limits';

/** Any amount in euros (a unit cost, a fixed cost, a book value, a budget, a cap). */
export const MAX_MONEY = 1e12;
/** Any other count or measure: quantities, areas, days, hours, households, years of life. */
export const MAX_QUANTITY = 1e9;
/** A neighbourhood attribute (an extra numeric column, possibly a sum in euros). */
export const MAX_ATTRIBUTE = 1e12;

/** Per sheet, the fields that hold euros; every other number field is a quantity. Fractions,
 *  years and the settings' own ranges (baseYear, horizonYears) are bounded by the schema. */
const moneyFields: Partial<Record<SheetKey, ReadonlySet<string>>> = {
  settings: new Set([
    'engineeringFixed', 'tenderFixed', 'participationFixed', 'siteFixed', 'sitePerDay', 'openingCostPerM2',
    'coordinationPerExtraParty',
  ]),
  neighbourhoods: new Set(['disruptionCostPerDay']),
  works: new Set(['unitCost', 'unitCostLow', 'unitCostHigh', 'deferralCostPerYear', 'currentOpex', 'annualOpex', 'bookValue']),
  variants: new Set(['unitCost', 'unitCostLow', 'unitCostHigh', 'annualOpexPerUnit']),
  citizenMaintenance: new Set(['hourlyRate', 'startupCost', 'coordinationPerYear', 'materialsPerYear', 'volunteerHourValue']),
  coFinancing: new Set(['cap']),
  budgets: new Set(['amount']),
};

/** Year fields: checked against the horizon elsewhere, but a year of 1e300 must not get that far. */
const yearFields = new Set(['plannedYear', 'year', 'fromYear', 'toYear', 'startYear']);
const MAX_YEAR = 1e6;

export function limitOf(sheet: SheetKey, field: string): number {
  if (moneyFields[sheet]?.has(field)) return MAX_MONEY;
  if (yearFields.has(field)) return MAX_YEAR;
  return MAX_QUANTITY;
}

/** The problem for a number beyond its field's cap, or undefined. */
export function beyondLimit(
  sheet: SheetKey, field: string, value: number, at: Omit<Problem, 'code' | 'params' | 'severity'>,
): Problem | undefined {
  const max = limitOf(sheet, field);
  return Math.abs(value) > max ? problem('value.beyondLimit', { value: shownNumber(value), max }, at) : undefined;
}

/** 1e308 written out has 309 digits: show large figures in exponent notation. */
export function shownNumber(v: number): string {
  return Math.abs(v) >= 1e15 ? v.toExponential(3).replace('e+', 'e') : String(v);
}

function rows(sheet: SheetKey, items: readonly object[], out: Problem[]): void {
  // for…in and a cached cap per field: this runs over every row of a 50,000-work city at each read.
  const caps = new Map<string, number>();
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as Record<string, unknown>;
    for (const field in item) {
      const v = item[field];
      if (typeof v !== 'number') continue;
      let max = caps.get(field);
      if (max === undefined) caps.set(field, (max = limitOf(sheet, field)));
      if (v <= max && v >= -max) continue;
      out.push(problem('value.beyondLimit', { value: shownNumber(v), max }, { sheet, index, field }));
    }
    if (sheet === 'neighbourhoods') {
      const attrs = (item as { attributes?: Record<string, number> }).attributes ?? {};
      for (const field in attrs) {
        const v = attrs[field] as number;
        if (Math.abs(v) > MAX_ATTRIBUTE) out.push(problem('value.beyondLimit', { value: shownNumber(v), max: MAX_ATTRIBUTE }, { sheet, index, field }));
      }
    }
  }
}

/** Every number of the scenario beyond its cap, as problems naming sheet, item and field. */
export function limitProblems(s: Scenario): Problem[] {
  const out: Problem[] = [];
  for (const [field, v] of Object.entries(s.settings)) {
    if (typeof v !== 'number' || field === 'baseYear' || field === 'horizonYears') continue;
    const p = beyondLimit('settings', field, v, { sheet: 'settings', field });
    if (p) out.push(p);
  }
  for (const [field, r] of Object.entries(s.settingRanges)) {
    for (const v of [r?.low, r?.high]) {
      if (v === undefined) continue;
      const p = beyondLimit('settings', field, v, { sheet: 'settings', field });
      if (p) out.push(p);
    }
  }
  rows('neighbourhoods', s.neighbourhoods, out);
  rows('works', s.works, out);
  rows('variants', s.variants, out);
  rows('bundles', s.bundles, out);
  rows('citizenMaintenance', s.citizenMaintenance, out);
  rows('coFinancing', s.coFinancing, out);
  rows('budgets', s.budgets, out);
  return out;
}
