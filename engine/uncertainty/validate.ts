// Range checks that engine/scenario/validate.ts's order check (low ≤ value ≤ high) does not make:
// a range must stay inside what its setting can be (a fraction in [0, 1], an amount ≥ 0); a range
// on a variant work's row is ignored (its unit cost, and range, come from the variant); a variant
// range needs a numeric unit cost, since an expression has no single base value to draw around.
import '../i18n/uncertainty';
import { problem, type Problem } from '../problems';
import type { Scenario } from '../scenario/schema';
import { fractionSettings } from './labels';

export function validateUncertainty(s: Scenario): Problem[] {
  const out: Problem[] = [];
  for (const [key, r] of Object.entries(s.settingRanges)) {
    if (!r) continue;
    const max = fractionSettings.has(key) ? 1 : Number.POSITIVE_INFINITY;
    const low = r.low ?? 0;
    const high = r.high ?? 0;
    if (low < 0 || high < 0 || high > max) {
      out.push(problem('uncertainty.rangeOutside',
        { low: r.low ?? '–', high: r.high ?? '–', min: 0, max: max === 1 ? 1 : '∞' }, { sheet: 'settings', field: key }));
    }
  }
  s.works.forEach((w, index) => {
    const ranged = w.unitCostLow !== undefined || w.unitCostHigh !== undefined;
    if (ranged && w.variantGroup !== undefined && w.variantGroup.trim() !== '') {
      out.push(problem('uncertainty.rangeOnVariantWork', {}, { sheet: 'works', index, field: 'unitCostLow' }, 'warning'));
    }
  });
  s.variants.forEach((v, index) => {
    const ranged = v.unitCostLow !== undefined || v.unitCostHigh !== undefined;
    if (ranged && typeof v.unitCost !== 'number') {
      out.push(problem('uncertainty.rangeOnExpression', {}, { sheet: 'variants', index, field: 'unitCostLow' }));
    }
  });
  return out;
}
