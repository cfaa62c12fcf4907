// Hand-computed golden cases: every cost term, every discount timing, escalation and the life cycle.
// The arithmetic is written out next to each expectation.
import { describe, expect, it } from 'vitest';
import { compute } from '../../engine/compute';
import type { CostKey } from '../../engine/model/result';
import { scenario } from './helpers';

const at = 'fixed';

describe('project cost table (one manual bundle of three works in 2029)', () => {
  const s = scenario({
    settings: {
      discountRate: 0.05, bundleMode: 'manual', engineeringFixed: 1000, engineeringRate: 0.1, tenderFixed: 500,
      participationFixed: 300, siteFixed: 200, sitePerDay: 10, openingCostPerM2: 2, coordinationPerExtraParty: 400,
      sequentialShare: 0.25,
    },
    neighbourhoods: [{ id: 'N1', disruptionCostPerDay: 50 }],
    works: [
      { id: 'W1', party: 'A', quantity: 10, unitCost: 100, durationDays: 20, street: 'Dorpsstraat', openedArea: 100,
        plannedYear: 2028, maxDeferYears: 1, deferralCostPerYear: 30, bundle: 'X' },
      { id: 'W2', party: 'B', quantity: 2, unitCost: 1000, durationDays: 10, street: ' dorpsSTRAAT ', openedArea: 150,
        plannedYear: 2029, bundle: 'X' },
      { id: 'W3', party: 'B', quantity: 1, unitCost: 500, durationDays: 4, openedArea: 40, plannedYear: 2029,
        maxAdvanceYears: 1, bundle: 'X' },
    ],
    bundles: [{ id: 'X', year: 2029 }],
  });
  const r = compute(s, { computedAt: at });
  const bundled = r.steps[1]!;
  const p = bundled.projects[0]!;
  const line = (k: CostKey) => p.lines.find((l) => l.key === k)!;

  it('has one project in the Bundles-sheet year', () => {
    expect(bundled.projects).toHaveLength(1);
    expect(p.year).toBe(2029);
    expect(p.works).toEqual(['W1', 'W2', 'W3']);
    expect(p.parties).toEqual(['A', 'B']);
    expect(p.moved).toEqual([{ work: 'W1', from: 2028, to: 2029 }]);
  });

  it('computes each term by hand', () => {
    expect(line('direct').base).toBe(3500); // 10×100 + 2×1000 + 1×500
    expect(line('engineering').base).toBe(1350); // 1000 + 0.1 × 3500
    expect(line('tender').base).toBe(500);
    expect(line('participation').base).toBe(300);
    expect(p.days).toBe(23.5); // max 20 + 0.25 × (34 − 20)
    expect(line('site').base).toBe(435); // 200 + 10 × 23.5
    // W1 and W2 share "Dorpsstraat" (trimmed, case-insensitive): max(100, 150); W3 has no street: 40.
    expect(line('opening').base).toBe(380); // 2 × (150 + 40)
    expect(line('coordination').base).toBe(400); // 400 × (2 parties − 1)
    expect(line('deferral').base).toBe(30); // 30 × (2029 − 2028) for W1
    expect(line('disruption').base).toBe(1175); // 23.5 days × 50
    expect(p.shared).toBe(3365); // 1350 + 500 + 300 + 435 + 380 + 400
    expect(p.financial).toBe(6895); // 3500 + 3365 + 30
  });

  it('records the inputs of each line', () => {
    expect(line('engineering').inputs).toMatchObject({
      formula: 'cost.engineering', settings: { engineeringFixed: 1000, engineeringRate: 0.1 }, works: ['W1', 'W2', 'W3'],
      years: [2029], values: { direct: 3500 },
    });
    expect(line('opening').inputs.values).toEqual({ 'area:Dorpsstraat': 150, 'area:W3': 40 });
    expect(line('deferral').inputs.values).toEqual({ 'deferred:W1': 1 });
    expect(line('disruption').bearer).toBe('society');
    expect(line('direct').byParty).toEqual([{ party: 'A', amount: 1000 }, { party: 'B', amount: 2500 }]);
  });

  it('discounts the project year at end timing and allocates shared costs pro rata direct', () => {
    const f = 1 / 1.05 ** (2029 - 2026 + 1);
    expect(p.pv.financial).toBe(Math.round(6895 * f * 100) / 100);
    expect(p.pv.societal).toBe(Math.round((6895 + 1175) * f * 100) / 100);
    // 3365 × 1000/3500 = 961.428…, 3365 × 2500/3500 = 2403.571…
    expect(p.allocation).toEqual([{ party: 'A', amount: 961.43 }, { party: 'B', amount: 2403.57 }]);
  });

  it('puts every work alone in its planned year in the separate step, without coordination or deferral', () => {
    const sep = r.steps[0]!;
    expect(sep.projects.map((q) => [q.year, q.works])).toEqual([[2028, ['W1']], [2029, ['W2']], [2029, ['W3']]]);
    const w1 = sep.projects[0]!;
    // W1 alone: 1000 + (1000 + 100) + 500 + 300 + (200 + 10×20) + 2×100 = 3500, no coordination.
    expect(w1.financial).toBe(3500);
    expect(w1.lines.find((l) => l.key === 'coordination')!.base).toBe(0);
    expect(w1.disruption).toBe(1000); // 20 days × 50
  });
});

describe('discount timing and escalation', () => {
  const pvOf = (settings: Parameters<typeof scenario>[0]['settings']) =>
    compute(scenario({ settings: { discountRate: 0.05, ...settings }, works: [{ plannedYear: 2028 }] }), { computedAt: at })
      .steps[0]!.projects[0]!;
  it('end: 1000 / 1.05^3', () => expect(pvOf({ discountTiming: 'end' }).pv.financial).toBe(863.84)); // 863.8376
  it('mid: 1000 / 1.05^2.5', () => expect(pvOf({ discountTiming: 'mid' }).pv.financial).toBe(885.17)); // 885.1692
  it('start: 1000 / 1.05^2', () => expect(pvOf({ discountTiming: 'start' }).pv.financial).toBe(907.03)); // 907.0295
  it('escalation 2%: nominal 1000 × 1.02^2 = 1040.40, PV 1040.40 / 1.05^3', () => {
    const p = pvOf({ escalationRate: 0.02 });
    expect(p.financial).toBe(1040.4);
    expect(p.pv.financial).toBe(898.74); // 898.7467
  });
});

describe('life cycle of one work', () => {
  // B = 2026, H = 10 → horizon 2026–2035. W: 1000 direct, tender 100 per project, T = 4, planned 2027,
  // currentOpex 10, annualOpex 5.
  const s = (r: number) => scenario({
    settings: { discountRate: r, tenderFixed: 100 },
    works: [{ plannedYear: 2027, lifetimeYears: 4, currentOpex: 10, annualOpex: 5 }],
  });
  it('replaces in t+T, t+2T, charges opex and credits the residual value (r = 0)', () => {
    const r = compute(s(0), { computedAt: at });
    const sep = r.steps[0]!;
    expect(sep.works[0]!.replacementYears).toEqual([2031, 2035]);
    // residual: t_last = 2035, 1000 × min(4, max(0, 2035 + 4 − 2035)) / 4 = 1000, credited in 2035.
    expect(sep.works[0]!.residualBase).toBe(-1000);
    // 3 executions × 1100 + opex (2 × 10 + 8 × 5) − 1000 = 2360
    expect(sep.pv.financial).toBe(2360);
    expect(sep.parties[0]!.cash).toEqual([10, 1110, 5, 5, 5, 1105, 5, 5, 5, 105]);
  });
  it('discounts each year (r = 4%, end)', () => {
    const r = compute(s(0.04), { computedAt: at });
    const cash = [10, 1110, 5, 5, 5, 1105, 5, 5, 5, 105];
    const expected = cash.reduce((a, c, i) => a + c / 1.04 ** (i + 1), 0);
    expect(r.steps[0]!.pv.financial).toBe(Math.round(expected * 100) / 100);
  });
  it('currentOpex defaults to annualOpex', () => {
    const r = compute(scenario({ works: [{ plannedYear: 2027, lifetimeYears: 100, annualOpex: 7 }] }), { computedAt: at });
    // 10 years × 7 + 1000 − residual 1000 × min(100, 2027 + 100 − 2035)/100 = 920
    expect(r.steps[0]!.pv.financial).toBe(70 + 1000 - 920);
  });
});
