// Hours are rounded as money is (MODEL.md "Time and money"): 6 decimals first, then half away from
// zero, so a float just under a half rounds as the exact value does.
import { describe, expect, it } from 'vitest';
import { compute } from '../../engine/compute';
import { roundQuantity } from '../../engine/model/money';
import { toSummaryJson } from '../../engine/model/summary';
import { scenarioSchema } from '../../engine/scenario/schema';
import { hours } from '../../renderer/dashboard/format';

describe('rounding hours', () => {
  it('absorbs float noise before rounding half away from zero', () => {
    const h = 300 * (1 - 0.3 * Math.pow(0.95, 2));
    expect(h).toBeLessThan(218.775); // the float is 218.77499999999998
    expect(roundQuantity(h, 2)).toBe(218.78);
    expect(roundQuantity(-h, 2)).toBe(-218.78);
    expect(roundQuantity(0.5 - 1e-12, 0)).toBe(1);
    expect(roundQuantity(2.345, 2)).toBe(2.35);
    expect(Object.is(roundQuantity(-0.001, 2), 0)).toBe(true);
  });

  it('the hours budget of compute --json shows 218.78 for 300 × (1 − 0.3 × 0.95²)', () => {
    const s = scenarioSchema.parse({
      settings: { baseYear: 2025, horizonYears: 3 },
      neighbourhoods: [{ id: 'N1' }],
      parties: [{ id: 'gem' }],
      works: [],
      citizenMaintenance: [{
        neighbourhood: 'N1', task: 'plantsoenen', party: 'gem', contractorHoursPerYear: 300, hourlyRate: 50,
        residentShare: 0.3, startYear: 2025, dropoutRate: 0.05,
      }],
    });
    const json = toSummaryJson(compute(s, { computedAt: 'x' }));
    const y2027 = json.hours.find((h) => h.year === 2027)!;
    expect(y2027.contractorHours).toBe(218.78);
    expect(y2027.residentHours).toBe(81.23); // 300 × 0.27075 = 81.225
  });

  it('the dashboard rounds whole hours the same way', () => {
    expect(hours('nl', 2.5 - 1e-12)).toBe('3');
    expect(hours('en', 1234.5)).toBe('1,235');
  });
});
