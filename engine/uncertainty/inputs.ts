// The uncertain inputs of a scenario (MODEL.md "Uncertainty"): ranged settings, unit costs of
// works with their own numbers, and unit costs of variants (one draw per variant, shared by every
// work using it). A missing side of a range is the base value; an input whose range is a single
// point is not uncertain and is left out. A base value outside its range (the what-if panel can
// move a setting anywhere) widens the range to include it: triangular(low, base, high) needs
// low ≤ base ≤ high, and validation reports such ranges in the workbook itself.
import { rangedSettingKeys, type RangedSettingKey, type Scenario } from '../scenario/schema';

export type UncertainInput =
  | { kind: 'setting'; key: RangedSettingKey; id: string; low: number; base: number; high: number }
  | { kind: 'work'; key: string; id: string; index: number; low: number; base: number; high: number }
  | { kind: 'variant'; key: string; id: string; index: number; low: number; base: number; high: number };

/** A stable key per input: "setting:tenderFixed", "work:W1", "variant:V2". */
export const inputKey = (i: Pick<UncertainInput, 'kind' | 'id'>): string => `${i.kind}:${i.id}`;

const hasGroup = (g: string | undefined): boolean => g !== undefined && g.trim() !== '';

/** In a fixed order (settings in schema order, then Works rows, then Variants rows): the Monte
 *  Carlo draws follow it, so this order is part of what a seed reproduces. */
export function uncertainInputs(s: Scenario): UncertainInput[] {
  const out: UncertainInput[] = [];
  for (const key of rangedSettingKeys) {
    const r = s.settingRanges[key];
    if (!r) continue;
    const base = s.settings[key];
    const low = Math.min(r.low ?? base, base);
    const high = Math.max(r.high ?? base, base);
    if (high > low) out.push({ kind: 'setting', key, id: key, low, base, high });
  }
  s.works.forEach((w, index) => {
    // A variant work takes its unit cost, and its range, from the variant.
    if (hasGroup(w.variantGroup) || w.unitCost === undefined) return;
    const low = Math.min(w.unitCostLow ?? w.unitCost, w.unitCost);
    const high = Math.max(w.unitCostHigh ?? w.unitCost, w.unitCost);
    if (high > low) out.push({ kind: 'work', key: `work:${w.id}`, id: w.id, index, low, base: w.unitCost, high });
  });
  s.variants.forEach((v, index) => {
    if (typeof v.unitCost !== 'number') return;
    const low = Math.min(v.unitCostLow ?? v.unitCost, v.unitCost);
    const high = Math.max(v.unitCostHigh ?? v.unitCost, v.unitCost);
    if (high > low) out.push({ kind: 'variant', key: `variant:${v.id}`, id: v.id, index, low, base: v.unitCost, high });
  });
  return out;
}

export function baseValues(inputs: readonly UncertainInput[]): Float64Array {
  return Float64Array.from(inputs, (i) => i.base);
}

/** The scenario with these input values put in: what a re-planning evaluation computes. */
export function scenarioWith(s: Scenario, inputs: readonly UncertainInput[], values: ArrayLike<number>): Scenario {
  const settings = { ...s.settings };
  let works = s.works;
  let variants = s.variants;
  inputs.forEach((inp, j) => {
    const x = values[j] as number;
    if (inp.kind === 'setting') settings[inp.key] = x;
    else if (inp.kind === 'work') {
      if (works === s.works) works = s.works.slice();
      works[inp.index] = { ...works[inp.index]!, unitCost: x };
    } else {
      if (variants === s.variants) variants = s.variants.slice();
      variants[inp.index] = { ...variants[inp.index]!, unitCost: x };
    }
  });
  return { ...s, settings, works, variants };
}
