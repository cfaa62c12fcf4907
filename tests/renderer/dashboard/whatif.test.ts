import { describe, expect, it } from 'vitest';
import { applyWhatIf, emptyWhatIf, sliderRange, whatIfNumberKeys, type WhatIf } from '../../../renderer/dashboard/whatif';
import { scenarioSchema, type Scenario } from '../../../engine/scenario/schema';
import { validateScenario } from '../../../engine/scenario/validate';
import { buildExample } from '../../../scenarios/example';

function scenario(): Scenario {
  return scenarioSchema.parse({
    settings: { baseYear: 2026, horizonYears: 10, tenderFixed: 15_000, discountRate: 0.0225 },
    neighbourhoods: [{ id: 'n' }],
    parties: [{ id: 'gem' }],
    works: [{ id: 'w', neighbourhood: 'n', party: 'gem', plannedYear: 2027, quantity: 1, unitCost: 1, lifetimeYears: 10 }],
    citizenMaintenance: [
      { neighbourhood: 'n', party: 'gem', task: 'green', residentShare: 0.4 },
      { neighbourhood: 'n', party: 'gem', task: 'litter', residentShare: 0.8 },
    ],
  });
}

describe('applyWhatIf', () => {
  it('returns the very same scenario when nothing is moved (memoised results stay valid)', () => {
    const s = scenario();
    expect(applyWhatIf(s, emptyWhatIf)).toBe(s);
  });

  it('overrides only the moved settings and leaves the input untouched', () => {
    const s = scenario();
    const before = structuredClone(s);
    const w: WhatIf = { settings: { tenderFixed: 30_000, discountRate: 0.04, bundleMode: 'none', allocationRule: 'shapley' }, residentShareMultiplier: 1 };
    const out = applyWhatIf(s, w);
    expect(out.settings.tenderFixed).toBe(30_000);
    expect(out.settings.discountRate).toBe(0.04);
    expect(out.settings.bundleMode).toBe('none');
    expect(out.settings.allocationRule).toBe('shapley');
    expect(out.settings.participationFixed).toBe(s.settings.participationFixed);
    expect(out.citizenMaintenance).toBe(s.citizenMaintenance);
    expect(s).toEqual(before);
  });

  it('multiplies residentShare and caps the result at 1', () => {
    const s = scenario();
    const out = applyWhatIf(s, { settings: {}, residentShareMultiplier: 1.5 });
    expect(out.citizenMaintenance.map((t) => t.residentShare)).toEqual([0.4 * 1.5, 1]);
    expect(s.citizenMaintenance[1]?.residentShare).toBe(0.8);
    const zero = applyWhatIf(s, { settings: {}, residentShareMultiplier: 0 });
    expect(zero.citizenMaintenance.map((t) => t.residentShare)).toEqual([0, 0]);
  });

  it('keeps a result that still parses against the scenario schema', () => {
    const out = applyWhatIf(scenario(), { settings: { sequentialShare: 0.6 }, residentShareMultiplier: 3 });
    expect(() => scenarioSchema.parse(out)).not.toThrow();
  });
});

describe('what-if values outside an uncertainty range', () => {
  it('widen the range so the scenario stays valid while a slider moves', () => {
    const s = buildExample();
    expect(s.settingRanges.discountRate).toEqual({ low: 0.015, high: 0.04 });
    const high = applyWhatIf(s, { settings: { discountRate: 0.06, sitePerDay: 300 }, residentShareMultiplier: 1 });
    expect(high.settingRanges.discountRate).toEqual({ low: 0.015, high: 0.06 });
    expect(high.settingRanges.sitePerDay).toEqual({ low: 300, high: 1_400 });
    expect(validateScenario(high).filter((p) => p.severity === 'error')).toEqual([]);
    // Inside the range nothing changes.
    const inside = applyWhatIf(s, { settings: { discountRate: 0.03 }, residentShareMultiplier: 1 });
    expect(inside.settingRanges).toBe(s.settingRanges);
    expect(s.settingRanges.discountRate).toEqual({ low: 0.015, high: 0.04 });
  });
});

describe('slider ranges', () => {
  it('contain the scenario value for every setting', () => {
    const s = scenario();
    for (const k of whatIfNumberKeys) {
      const base = s.settings[k];
      const r = sliderRange(k, base);
      expect(r.min).toBeLessThanOrEqual(base);
      expect(r.max).toBeGreaterThanOrEqual(base);
      expect(r.step).toBeGreaterThan(0);
    }
  });
  it('run euro settings to twice the value, fractions within a workshop range', () => {
    expect(sliderRange('tenderFixed', 15_000).max).toBe(30_000);
    expect(sliderRange('sequentialShare', 0.25)).toMatchObject({ min: 0, max: 1, kind: 'fraction' });
    // Discount rates a municipality would discuss: 0 to 6%, in 0.05 percentage point steps.
    expect(sliderRange('discountRate', 0.0225)).toEqual({ min: 0, max: 0.06, step: 0.0005, kind: 'fraction' });
    // A scenario value beyond the range widens it rather than falling outside.
    expect(sliderRange('discountRate', 0.08).max).toBeGreaterThanOrEqual(0.08);
  });
});
