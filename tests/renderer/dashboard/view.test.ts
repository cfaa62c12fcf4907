// The dashboard's view models on the real example scenario computed by the real engine.
import { describe, expect, it } from 'vitest';
import { compute } from '../../../engine/compute';
import { buildExample } from '../../../scenarios/example';
import { cashFlow, discountFactor, headline, matrix, waterfall } from '../../../renderer/dashboard/view';

const scenario = buildExample();
const result = compute(scenario, { computedAt: '2026-01-01T00:00:00Z' });
const pv = (id: string, p: 'financial' | 'societal') => result.steps.find((s) => s.id === id)!.pv[p];

describe('headline', () => {
  it('shows separate and integrated PV and the total saving of the engine', () => {
    const h = headline(result);
    for (const p of ['financial', 'societal'] as const) {
      expect(h.separate[p]).toBe(pv('separate', p));
      expect(h.integrated[p]).toBe(pv('integrated', p));
      expect(h.saving[p]).toBe(result.savings.total[p]);
      expect(h.savingPct[p]).toBeCloseTo(result.savings.total[p] / pv('separate', p), 12);
    }
  });
});

describe('waterfall', () => {
  for (const p of ['financial', 'societal'] as const) {
    it(`walks from separate to integrated through the three savings (${p})`, () => {
      const bars = waterfall(result, p);
      expect(bars.map((b) => b.key)).toEqual(['separate', 'bundling', 'differentiation', 'citizen', 'integrated']);
      expect(bars[0]!.amount).toBe(pv('separate', p));
      expect(bars[4]!.amount).toBe(pv('integrated', p));
      expect(bars[1]!.amount).toBe(result.savings.bundling[p]);
      expect(bars[2]!.amount).toBe(result.savings.differentiation[p]);
      expect(bars[3]!.amount).toBe(result.savings.citizen[p]);
      // The last saving bar ends exactly where the integrated bar stands.
      expect(bars[3]!.to).toBe(pv('integrated', p));
      for (const b of bars.slice(1, 4)) {
        expect(b.base).toBe(Math.min(b.from, b.to));
        expect(b.height).toBeCloseTo(Math.abs(b.from - b.to), 6);
      }
    });
  }
  it('shows a real bundling saving on the example', () => {
    expect(result.savings.bundling.financial).toBeGreaterThan(0);
  });
});

describe('cash flow', () => {
  it('nominal rows are the engine cash per party per year', () => {
    const v = cashFlow(result, 'integrated', false);
    const st = result.steps.find((s) => s.id === 'integrated')!;
    expect(v.rows).toHaveLength(result.years.length);
    for (const p of v.parties) {
      const eng = st.parties.find((x) => x.party === p)!.cash;
      expect(v.rows.map((r) => r[p])).toEqual(eng);
    }
  });
  it('discounted rows add up to each party PV within rounding', () => {
    const v = cashFlow(result, 'separate', true);
    const st = result.steps.find((s) => s.id === 'separate')!;
    for (const p of v.parties) {
      const sum = v.rows.reduce((a, r) => a + (r[p] ?? 0), 0);
      expect(Math.abs(sum - st.parties.find((x) => x.party === p)!.pv)).toBeLessThan(result.years.length * 0.01);
    }
  });
  it('discount factor follows the timing convention (end: one year for the base year)', () => {
    expect(discountFactor(result, result.settings.baseYear)).toBeCloseTo(1 / (1 + result.settings.discountRate), 12);
  });
});

describe('opportunity matrix', () => {
  it('places every work once, per neighbourhood in sheet order, with moved works marked', () => {
    const m = matrix(result, scenario, 'integrated');
    expect(m.rows.map((r) => r.neighbourhood)).toEqual(scenario.neighbourhoods.map((n) => n.id));
    const works = m.rows.flatMap((r) => r.projects.flatMap((p) => p.works.map((w) => w.work)));
    expect(works.sort()).toEqual(scenario.works.map((w) => w.id).sort());
    const st = result.steps.find((s) => s.id === 'integrated')!;
    const moved = st.projects.flatMap((p) => p.moved.map((x) => x.work)).sort();
    const markedMoved = m.rows.flatMap((r) => r.projects.flatMap((p) => p.works.filter((w) => w.moved).map((w) => w.work))).sort();
    expect(markedMoved).toEqual(moved);
    expect(moved.length).toBeGreaterThan(0);
    for (const r of m.rows) for (const p of r.projects) for (const w of p.works) {
      expect(m.years).toContain(w.planned);
      expect(m.years).toContain(w.year);
    }
  });
  it('in separate, every project holds one work and nothing moved', () => {
    const m = matrix(result, scenario, 'separate');
    for (const r of m.rows) for (const p of r.projects) {
      expect(p.works).toHaveLength(1);
      expect(p.works[0]!.moved).toBe(false);
    }
  });
});
