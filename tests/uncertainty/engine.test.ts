// The uncertainty engine on hand-made cases and on the example: tornado, break-even, Monte Carlo
// (reproducible, analytic quantiles), and the fixed-plan evaluators against compute().
import { describe, expect, it } from 'vitest';
import { compute } from '../../engine/compute';
import {
  breakEven, engineCostModel, fixedPlanModel, monteCarlo, replanModel, scenarioWith, startMonteCarlo, tornado,
  uncertainInputs,
} from '../../engine/uncertainty';
import { mulberry32, triangularQuantile } from '../../engine/uncertainty/rng';
import { histogram, percentileInc } from '../../engine/uncertainty/stats';
import { buildExample } from '../../scenarios/example';
import { scenario, twoPartyCase } from './helpers';

const cents = (steps: { pv: { financial: number; societal: number } }[]) => ({
  financial: steps.map((s) => Math.round(s.pv.financial * 100)),
  societal: steps.map((s) => Math.round(s.pv.societal * 100)),
});

describe('tornado of a hand-made case', () => {
  it('gives the saving at each low and high, sorted by swing', () => {
    const s = twoPartyCase();
    const model = fixedPlanModel(s);
    expect(model.result.savings.total.financial).toBe(8_750);
    const t = tornado(model);
    expect(t.base).toBe(8_750);
    expect(t.bars.map((b) => [b.input.key, b.atLow, b.atHigh, b.swing])).toEqual([
      ['coordinationPerExtraParty', 10_750, -19_250, 30_000],
      ['tenderFixed', 3_750, 18_750, 15_000],
      ['sitePerDay', 8_375, 10_250, 1_875],
      // A unit cost moves both steps alike: no swing (engineeringRate is 0).
      ['work:W1', 8_750, 8_750, 0],
    ]);
  });

  it('looks at another saving or perspective when asked', () => {
    const s = twoPartyCase();
    s.neighbourhoods[0]!.disruptionCostPerDay = 40;
    const t = tornado(fixedPlanModel(s), { saving: 'bundling', perspective: 'societal' });
    // Societal adds 7.5 days × €40 of disruption saved.
    expect(t.base).toBe(8_750 + 300);
    expect(t.bars[0]!.atHigh).toBe(-19_250 + 300);
  });
});

describe('break-even', () => {
  it('finds the coordination fee at which bundling stops paying, to €1', () => {
    const r = breakEven(fixedPlanModel(twoPartyCase()), 'setting:coordinationPerExtraParty');
    expect(r.found).toBe(true);
    if (!r.found) return;
    expect(Math.abs(r.saving)).toBeLessThanOrEqual(1);
    expect(Math.abs(r.value - 10_750)).toBeLessThanOrEqual(1);
    expect(r.atLow).toBe(10_750);
    expect(r.atHigh).toBe(-19_250);
  });

  it('says "none" when the saving keeps its sign over the whole range', () => {
    // saving = tender − 1,250: positive on all of [5,000, 20,000].
    const r = breakEven(fixedPlanModel(twoPartyCase()), 'setting:tenderFixed');
    expect(r).toMatchObject({ found: false, atLow: 3_750, atHigh: 18_750 });
  });

  it('works for a non-linear input (discount rate) by bisection', () => {
    const s = scenario({
      settings: { tenderFixed: 10_000, coordinationPerExtraParty: 9_000, discountRate: 0.03 },
      settingRanges: { discountRate: { low: 0, high: 0.5 } },
      works: [{ party: 'A', plannedYear: 2030 }, { party: 'B', plannedYear: 2030 }],
    });
    // saving(r) = (10,000 − 9,000) / (1+r)^5: positive everywhere, never zero.
    expect(breakEven(fixedPlanModel(s), 'setting:discountRate').found).toBe(false);
  });

  it('finds a break-even in a saving that is not linear in its input', () => {
    // Bundling advances W1 from 2031 to 2026: it saves the 2031 tender (worth less at a higher
    // discount rate) and pays €1,500 a year more opex from 2027 (worth relatively more). At 0% the
    // saving is 2,450; at 60% it is negative.
    const s = scenario({
      settings: { tenderFixed: 10_000, discountRate: 0.03, discountTiming: 'start', bundleMode: 'manual' },
      settingRanges: { discountRate: { low: 0, high: 0.6 } },
      works: [
        { plannedYear: 2031, maxAdvanceYears: 5, bundle: 'X', currentOpex: 0, annualOpex: 1_500 },
        { plannedYear: 2026, bundle: 'X' },
      ],
    });
    const model = fixedPlanModel(s);
    const r = breakEven(model, 'setting:discountRate');
    expect(r.found).toBe(true);
    if (!r.found) return;
    expect(Math.abs(r.saving)).toBeLessThanOrEqual(1);
    expect(r.iterations).toBeGreaterThan(3);
    // Check the root independently with the full engine at that rate.
    const at = (rate: number) => compute({ ...s, settings: { ...s.settings, discountRate: rate } }, { computedAt: 'x' }).savings.total.financial;
    expect(Math.sign(at(r.value - 0.001))).not.toBe(Math.sign(at(r.value + 0.001)));
  });
});

describe('Monte Carlo', () => {
  it('is reproducible from its seed and differs with another seed', () => {
    const model = fixedPlanModel(buildExample());
    const a = startMonteCarlo(model, { iterations: 500, seed: 42 });
    a.advance(500);
    const b = startMonteCarlo(model, { iterations: 500, seed: 42 });
    // In uneven chunks: the numbers must not depend on how the run is sliced.
    while (!b.advance(37));
    expect(Array.from(b.samples())).toEqual(Array.from(a.samples()));
    expect(b.result()).toEqual(a.result());
    const c = monteCarlo(model, { iterations: 500, seed: 43 });
    expect(c.mean).not.toBe(a.result().mean);
  });

  it('matches the analytic triangular quantiles of a one-input linear case', () => {
    // Only tenderFixed is uncertain and the saving equals it exactly (one tender saved).
    const [low, mode, high] = [2_000, 10_000, 40_000];
    const s = scenario({
      settings: { tenderFixed: mode },
      settingRanges: { tenderFixed: { low, high } },
      works: [{}, {}],
    });
    const N = 20_000;
    const r = monteCarlo(fixedPlanModel(s), { iterations: N, seed: 7 });
    expect(r.iterations).toBe(N);
    const pdf = (x: number) => (x < mode ? (2 * (x - low)) / ((high - low) * (mode - low)) : (2 * (high - x)) / ((high - low) * (high - mode)));
    for (const [p, got] of [[0.1, r.p10], [0.5, r.p50], [0.9, r.p90]] as const) {
      const q = triangularQuantile(p, low, mode, high);
      // Standard error of a sample quantile: sqrt(p(1−p)/N) / f(q); four of them is the bound.
      const se = Math.sqrt((p * (1 - p)) / N) / pdf(q);
      expect(Math.abs(got - q)).toBeLessThan(4 * se);
    }
    const sd = Math.sqrt((low ** 2 + mode ** 2 + high ** 2 - low * mode - low * high - mode * high) / 18);
    expect(Math.abs(r.mean - (low + mode + high) / 3)).toBeLessThan((4 * sd) / Math.sqrt(N));
    expect(r.probPositive).toBe(1);
    expect(r.min).toBeGreaterThanOrEqual(low);
    expect(r.max).toBeLessThanOrEqual(high);
    expect(r.histogram.reduce((a, b) => a + b.count, 0)).toBe(N);
  });

  it('counts the probability that the saving is positive', () => {
    // saving = 10,750 − coordination on [0, 30,000] (mode 2,000): P(saving > 0) = F(10,750).
    const s = twoPartyCase();
    s.settingRanges = { coordinationPerExtraParty: { low: 0, high: 30_000 } };
    const N = 20_000;
    const r = monteCarlo(fixedPlanModel(s), { iterations: N, seed: 3 });
    const [l, m, h] = [0, 2_000, 30_000];
    const x = 10_750;
    const F = x < m ? (x - l) ** 2 / ((h - l) * (m - l)) : 1 - (h - x) ** 2 / ((h - l) * (h - m));
    expect(Math.abs(r.probPositive - F)).toBeLessThan(4 * Math.sqrt((F * (1 - F)) / N));
  });
});

describe('the fixed-plan evaluation', () => {
  it('reproduces compute() at base values on the example, to the cent', () => {
    const s = buildExample();
    const model = fixedPlanModel(s);
    const got = model.evaluate(model.base);
    expect(got).toEqual(cents(model.result.steps));
    expect(engineCostModel(s).evaluate(model.base)).toEqual(got);
  });

  it('compiled and reference evaluators agree on random draws of every input', () => {
    const s = buildExample();
    const fast = fixedPlanModel(s);
    const ref = engineCostModel(s, fast.result);
    const rnd = mulberry32(11);
    for (let k = 0; k < 50; k++) {
      const v = fast.inputs.map((i) => i.low + rnd() * (i.high - i.low));
      const a = fast.evaluate(v);
      const b = ref.evaluate(v);
      for (const p of ['financial', 'societal'] as const) {
        a[p].forEach((x, i) => expect(Math.abs(x - (b[p][i] as number))).toBeLessThanOrEqual(1));
      }
    }
  });

  it('equals a full compute() of the changed scenario whenever that keeps the same plan', () => {
    const s = buildExample();
    const fast = fixedPlanModel(s);
    const replan = replanModel(s);
    const planOf = (r: ReturnType<typeof compute>) => JSON.stringify([
      r.steps.map((st) => st.projects.map((p) => [p.year, p.works])), r.variants?.map((c) => c.chosen),
    ]);
    const basePlan = planOf(fast.result);
    const rnd = mulberry32(5);
    let compared = 0;
    for (let k = 0; k < 6; k++) {
      // Small moves (±3% of each range) mostly keep the optimiser's plan.
      const v = fast.inputs.map((i) => i.base + (rnd() - 0.5) * 0.06 * (i.high - i.low));
      const full = compute(scenarioWith(s, fast.inputs, v), { computedAt: 'x' });
      if (planOf(full) !== basePlan) continue;
      compared++;
      expect(fast.evaluate(v)).toEqual(cents(full.steps));
      expect(replan.evaluate(v)).toEqual(cents(full.steps));
    }
    expect(compared).toBeGreaterThan(0);
  });

  it('holds the plan when a draw would make the optimiser choose otherwise', () => {
    // At a coordination fee of 30,000 re-planning would split the bundle (saving 0); the fixed plan
    // keeps it and reports the loss.
    const s = twoPartyCase();
    const values = uncertainInputs(s).map((i) => (i.key === 'coordinationPerExtraParty' ? 30_000 : i.base));
    expect(fixedPlanModel(s).evaluate(values).financial[0] - fixedPlanModel(s).evaluate(values).financial[3]).toBe(-1_925_000);
    const re = replanModel(s).evaluate(values);
    expect(re.financial[0] - re.financial[3]).toBe(0);
  });
});

describe('uncertain inputs', () => {
  it('lists ranged settings, work unit costs and variant unit costs in a fixed order', () => {
    const s = buildExample();
    const inputs = uncertainInputs(s);
    const kinds = inputs.map((i) => i.kind);
    expect(kinds.indexOf('work')).toBeGreaterThan(kinds.lastIndexOf('setting'));
    expect(kinds.indexOf('variant')).toBeGreaterThan(kinds.lastIndexOf('work'));
    for (const i of inputs) expect(i.low <= i.base && i.base <= i.high && i.low < i.high).toBe(true);
    // Variant works carry no range of their own: the variant's is drawn once for all of them.
    const variantWorks = new Set(s.works.filter((w) => w.variantGroup).map((w) => w.id));
    expect(inputs.some((i) => i.kind === 'work' && variantWorks.has(i.id))).toBe(false);
  });

  it('skips a range that is a single point and fills a missing side with the base value', () => {
    const s = scenario({
      settings: { tenderFixed: 100, siteFixed: 5 },
      settingRanges: { tenderFixed: { low: 100, high: 100 }, siteFixed: { high: 9 } },
      works: [{}],
    });
    expect(uncertainInputs(s).map((i) => [i.key, i.low, i.base, i.high])).toEqual([['siteFixed', 5, 5, 9]]);
  });
});

describe('statistics', () => {
  it('PERCENTILE.INC interpolates between order statistics', () => {
    const xs = [1, 2, 3, 4];
    expect(percentileInc(xs, 0.1)).toBeCloseTo(1.3, 12);
    expect(percentileInc(xs, 0.5)).toBe(2.5);
    expect(percentileInc(xs, 0.9)).toBeCloseTo(3.7, 12);
    expect(percentileInc([5], 0.9)).toBe(5);
  });

  it('histogram bins cover min to max and count every value', () => {
    const h = histogram([0, 1, 2, 3, 10], 5);
    // Width 2: [0,2) holds 0 and 1, [2,4) holds 2 and 3, the last bin includes the maximum.
    expect(h.map((b) => b.count)).toEqual([2, 2, 0, 0, 1]);
    expect(h[0]!.from).toBe(0);
    expect(h[4]!.to).toBe(10);
  });
});

describe('range validation', () => {
  it('checks ranges against what the field can be, and flags misplaced ranges', async () => {
    const { validateScenario } = await import('../../engine/scenario/validate');
    const { renderProblem } = await import('../../engine/i18n/problems');
    const s = scenario({
      settings: { discountRate: 0.03, tenderFixed: 100 },
      settingRanges: { discountRate: { low: 0.01, high: 2.5 }, tenderFixed: { low: -5, high: 200 } },
      works: [{ variantGroup: 'G', unitCostLow: 1, unitCostHigh: 2 }],
    });
    s.variants = [{
      id: 'V', group: 'G', name: '', party: 'A', category: '', generic: true, unit: '', unitCost: 'households * 2',
      lifetimeYears: 40, tags: [], unitCostLow: 1, unitCostHigh: 3,
    }];
    const ps = validateScenario(s).filter((p) => p.code.startsWith('uncertainty.'));
    expect(ps.map((p) => [p.code, p.severity, p.sheet, p.field ?? ''])).toEqual([
      ['uncertainty.rangeOutside', 'error', 'settings', 'discountRate'],
      ['uncertainty.rangeOutside', 'error', 'settings', 'tenderFixed'],
      ['uncertainty.rangeOnVariantWork', 'warning', 'works', 'unitCostLow'],
      ['uncertainty.rangeOnExpression', 'error', 'variants', 'unitCostLow'],
    ]);
    expect(renderProblem('en', ps[0]!)).toContain('outside what this setting can be');
    expect(renderProblem('nl', ps[3]!)).toContain('geen formule');
    // The order check low ≤ value ≤ high is the codec's own (range.order).
    const t = twoPartyCase();
    t.settingRanges.tenderFixed = { low: 12_000, high: 20_000 };
    expect(validateScenario(t).map((p) => p.code)).toContain('range.order');
  });
});
