// NIST 135 measures by hand: r = 5 %, no escalation, end-of-year discounting, three years from 2026.
import { describe, expect, it } from 'vitest';
import { compute } from '../../engine/compute';
import { measures } from '../../engine/measures';
import { perspectiveMeasures } from '../../engine/measures/measures';
import { smallScenario } from '../cofinancing/fixture';

const set = { baseYear: 2026, discountRate: 0.05, escalationRate: 0, delta: 1 };
const d = (i: number) => 1 / 1.05 ** (i + 1);
const ref = { refInvestment: [0, 0, 0], refOperational: [100, 100, 100] };
const net = (x: number[]) => Math.round(x.reduce((a, v, i) => a + v * d(i), 0) * 100) / 100;

describe('measures of one stream pair', () => {
  it('SIR, AIRR and both paybacks of an investment that pays back in the second year', () => {
    // ΔI = 150/1.05 = 142.86; yearly savings −50, 100, 100; NS = −47.62 + 90.70 + 86.38 = 129.47.
    const ns = net([-50, 100, 100]);
    expect(ns).toBe(129.47);
    const m = perspectiveMeasures(set, { ...ref, investment: [150, 0, 0], operational: [0, 0, 0] }, ns);
    expect(m.additionalInvestment).toBe(142.86);
    expect(m.operationalSavings).toBe(272.33); // 129.47 + 142.86
    const sir = 272.33 / 142.86;
    expect(m.sir.value).toBeCloseTo(sir, 6);
    expect(m.airr.value).toBeCloseTo(1.05 * sir ** (1 / 3) - 1, 6);
    // Cumulative −50, 50, 150 (undiscounted) and −47.62, 43.08, 129.47 (discounted): behind in 2026 only.
    expect(m.simplePayback).toEqual({ value: 2027 });
    expect(m.discountedPayback).toEqual({ value: 2027 });
  });

  it('no payback within the horizon when still behind in the last year', () => {
    // Savings −200, 100, 0: cumulative −200, −100, −100.
    const x = { refInvestment: [0, 0, 0], refOperational: [100, 100, 0], investment: [300, 0, 0], operational: [0, 0, 0] };
    const m = perspectiveMeasures(set, x, net([-200, 100, 0]));
    expect(m.simplePayback).toEqual({ value: null, reason: 'noPaybackWithinHorizon' });
    expect(m.discountedPayback).toEqual({ value: null, reason: 'noPaybackWithinHorizon' });
    expect(m.sir.value).not.toBeNull();
  });

  it('no additional investment: SIR and AIRR undefined, nothing to pay back', () => {
    const m = perspectiveMeasures(set, { ...ref, investment: [0, 0, 0], operational: [50, 50, 50] }, net([50, 50, 50]));
    expect(m.additionalInvestment).toBe(0);
    expect(m.sir).toEqual({ value: null, reason: 'noAdditionalInvestment' });
    expect(m.airr).toEqual({ value: null, reason: 'noAdditionalInvestment' });
    expect(m.simplePayback).toEqual({ value: null, reason: 'nothingToPayBack' });
    expect(m.netSavings).toBe(136.16); // 50 × (0.952381 + 0.907029 + 0.863838)
  });

  it('investment without operational savings: SIR 0, AIRR undefined', () => {
    // ΔI = 100/1.05 = 95.24 = −NS, so ΔOM&R = 0.
    const m = perspectiveMeasures(set, { ...ref, investment: [100, 0, 0], operational: [100, 100, 100] }, net([-100, 0, 0]));
    expect(m.additionalInvestment).toBe(95.24);
    expect(m.operationalSavings).toBe(0);
    expect(m.sir).toEqual({ value: 0 });
    expect(m.airr).toEqual({ value: null, reason: 'noOperationalSavings' });
  });

  it('escalation and mid-year timing: base prices for the simple payback, PV for ΔI', () => {
    // e = 2 %, δ = ½: nominal 102 in year 1 is 100 at base prices, PV 100/1.05^1.5.
    const s = { ...set, escalationRate: 0.02, delta: 0.5 };
    const m = perspectiveMeasures(s, { refInvestment: [0, 0], refOperational: [0, 0], investment: [0, 102], operational: [0, 0] }, 0);
    expect(m.additionalInvestment).toBe(Math.round((100 / 1.05 ** 1.5) * 100) / 100);
  });
});

describe('measures of a computed scenario', () => {
  const r = compute(smallScenario(), { computedAt: 'fixed' });
  const m = measures(r);

  it('has the three steps after separate, for the scenario and every party', () => {
    expect(m.scenario.map((s) => s.step)).toEqual(['bundled', 'differentiated', 'integrated']);
    expect(m.parties.map((p) => p.party)).toEqual(r.parties.map((p) => p.id));
  });

  it('net savings equal the step savings; operational − investment = net to the cent', () => {
    const int = m.scenario.find((s) => s.step === 'integrated')!;
    expect(int.financial.netSavings).toBe(r.savings.total.financial);
    expect(int.societal!.netSavings).toBe(r.savings.total.societal);
    for (const x of [...m.scenario, ...m.parties.flatMap((p) => p.steps)]) {
      const f = x.financial;
      expect(Math.round(f.operationalSavings * 100) - Math.round(f.additionalInvestment * 100)).toBe(Math.round(f.netSavings * 100));
    }
    for (const p of m.parties) {
      const pr = r.parties.find((q) => q.id === p.party)!;
      expect(p.steps[2]!.financial.netSavings).toBe(pr.saving);
      expect(p.steps[2]!.societal).toBeNull();
      expect(p.steps[2]!.societalReason).toBe('notPerParty');
    }
  });

  it('the parties’ additional investments add up to the scenario’s (co-financing moves, it does not add)', () => {
    for (let k = 0; k < 3; k++) {
      const total = m.parties.reduce((a, p) => a + Math.round(p.steps[k]!.financial.additionalInvestment * 100), 0);
      expect(Math.abs(total - Math.round(m.scenario[k]!.financial.additionalInvestment * 100))).toBeLessThanOrEqual(m.parties.length);
    }
  });

  it('an undefined measure never carries a number', () => {
    for (const x of [...m.scenario, ...m.parties.flatMap((p) => p.steps)]) {
      for (const v of [x.financial.sir, x.financial.airr, x.financial.simplePayback, x.financial.discountedPayback]) {
        if (v.value === null) expect(typeof v.reason).toBe('string');
        else expect(Number.isFinite(v.value)).toBe(true);
      }
    }
  });
});
