import { describe, expect, it } from 'vitest';
import { compute } from '../../engine/compute';
import { toSummaryJson } from '../../engine/model/summary';
import { smallScenario } from './fixture';
import type { Scenario } from '../../engine/scenario/schema';

const at = '2026-06-01T12:00:00.000Z';
const sum = (xs: number[]) => xs.reduce((a, b) => a + Math.round(b * 100), 0) / 100;

describe('co-financing inside compute()', () => {
  const s = smallScenario();
  const r = compute(s, { computedAt: at });
  const bare = compute({ ...s, coFinancing: [] } as Scenario, { computedAt: at });

  it('is a transfer between parties: step present values do not change', () => {
    expect(r.steps.map((x) => x.pv)).toEqual(bare.steps.map((x) => x.pv));
  });

  it('moves the amounts from owner to funder in the year of the execution (integrated step)', () => {
    // The plan bundles W1 (planned 2028), W2 and W3 in 2030. klimaat: W1 1/3 × 400,000 = 133,333.33,
    // then W4 (2035) the 16,666.67 left of the 150,000 cap. regenwater (waterschap 25% of rainwater
    // works): W1 100,000; W2 is the waterschap's own work, not funded.
    const c = r.cofinancing?.find((x) => x.step === 'integrated');
    expect(c?.flows.map((f) => `${f.rule} ${f.funder}→${f.owner} ${f.work}@${f.year} ${f.amount}`)).toEqual([
      'klimaat rijk→gemeente W1@2030 133333.33',
      'klimaat rijk→gemeente W4@2035 16666.67',
      'regenwater waterschap→gemeente W1@2030 100000',
    ]);
    expect(c?.rules.map((x) => [x.rule, x.paid, x.capReachedIn])).toEqual([['klimaat', 150_000, 2035], ['regenwater', 100_000, null]]);
    const gi = s.parties.findIndex((p) => p.id === 'gemeente');
    const ri = s.parties.findIndex((p) => p.id === 'rijk');
    const int = r.steps.find((x) => x.id === 'integrated')!;
    const intBare = bare.steps.find((x) => x.id === 'integrated')!;
    const y2030 = 2030 - 2026;
    expect(sum([intBare.parties[gi]!.cash[y2030]!, -int.parties[gi]!.cash[y2030]!])).toBe(233_333.33);
    expect(int.parties[ri]!.cash[y2030]).toBe(133_333.33);
  });

  it('reports a party that only co-finances without flagging it', () => {
    const rijk = r.fairness?.parties.find((p) => p.party === 'rijk');
    expect(rijk).toMatchObject({ ownsWorks: false, flagged: false });
  });
});

describe('budgets against the integrated cash', () => {
  it('gemeente 2030: 400,000 direct + 93,875 shared + 8,000 deferral + 3,500 opex − 233,333.33 received = 272,041.67', () => {
    // Shared 187,750 split pro rata direct 400 : 250 : 150 → gemeente 93,875. Opex: W1's current
    // 3,000 through 2030, W4's 500 (its current opex defaults to its annual opex). Deferral 2 × 4,000.
    const r = compute(smallScenario(), { computedAt: at });
    const row = r.budgets?.rows.find((b) => b.party === 'gemeente' && b.year === 2030);
    expect(row).toEqual({ party: 'gemeente', year: 2030, budget: 250_000, needed: 272_041.67, balance: -22_041.67 });
    expect(r.budgets?.shortfalls).toEqual([row]);
  });
});

describe('capital charges in compute()', () => {
  const r = compute(smallScenario(), { computedAt: at });
  const rows = r.capitalCharges?.find((c) => c.step === 'integrated')?.rows.filter((x) => x.party === 'gemeente') ?? [];
  const y = (year: number) => rows.find((x) => x.year === year)!;

  it('existing asset of W1 (30,000, planned 2028, deferred to 2030): 15,000 a year in 2027–2028, interest 600 and 300', () => {
    expect([y(2027).depreciation, y(2027).interest, y(2028).depreciation, y(2028).interest]).toEqual([15_000, 600, 15_000, 300]);
    expect(rows.every((x) => x.writeOff === 0)).toBe(true);
  });

  it('W1 activated in 2030 at 400,000 + 93,875 − 233,333.33 = 260,541.67: 6,513.54 a year from 2031, interest 5,210.83', () => {
    expect([y(2031).depreciation, y(2031).interest]).toEqual([6_513.54, 5_210.83]);
  });

  it('deferral and opex are charged in their year: 2030 = 8,000 + 3,000 + 500', () => {
    expect(y(2030).opex).toBe(11_500);
  });

  it('the funder is charged its contribution in the year paid', () => {
    const rijk = r.capitalCharges?.find((c) => c.step === 'integrated')?.rows.filter((x) => x.party === 'rijk' && x.contributions !== 0);
    expect(rijk?.map((x) => [x.year, x.contributions])).toEqual([[2030, 133_333.33], [2035, 16_666.67]]);
  });
});

describe('allocation rules through compute()', () => {
  for (const rule of ['direct', 'equal', 'standalone', 'shapley'] as const) {
    it(`${rule}: every multi-party project's allocation adds up to its shared cost to the cent`, () => {
      const r = compute(smallScenario({ allocationRule: rule }), { computedAt: at });
      expect(r.warnings.filter((w) => w.code === 'model.allocationRuleFallback')).toEqual([]);
      for (const st of r.steps) for (const p of st.projects) {
        expect(sum(p.allocation.map((a) => a.amount))).toBe(p.shared);
      }
      expect(r.allocation?.rule).toBe(rule);
      expect(r.allocation?.projects.length).toBeGreaterThan(0);
    });
  }

  it('shapley of the three-party project by hand from its coalition costs', () => {
    // Project 2030 with W1 (gemeente, 400k, 60 d, 1,500 m²), W2 (waterschap, 250k, 40 d, 1,200 m²),
    // W3 (net, 150k, 30 d, 900 m²), all on the Dorpsstraat. Fixed part per project 20,000 + 10,000 +
    // 5,000 + 10,000 = 45,000; engineering 8% of direct; site 500 per day of max + 25% of the rest;
    // opening 20 × the largest area; coordination 5,000 per extra party.
    const c = (direct: number, days: number[], area: number, k: number) => {
      const mx = Math.max(...days), tot = days.reduce((a, b) => a + b, 0);
      return 45_000 + 0.08 * direct + 500 * (mx + 0.25 * (tot - mx)) + 20 * area + 5_000 * (k - 1);
    };
    const g = c(400_000, [60], 1_500, 1), w = c(250_000, [40], 1_200, 1), n = c(150_000, [30], 900, 1);
    const gw = c(650_000, [60, 40], 1_500, 2), gn = c(550_000, [60, 30], 1_500, 2), wn = c(400_000, [40, 30], 1_200, 2);
    const all = c(800_000, [60, 40, 30], 1_500, 3);
    const phiG = g / 3 + (gw - w) / 6 + (gn - n) / 6 + (all - wn) / 3;
    const phiW = w / 3 + (gw - g) / 6 + (wn - n) / 6 + (all - gn) / 3;
    const phiN = n / 3 + (gn - g) / 6 + (wn - w) / 6 + (all - gw) / 3;
    const r = compute(smallScenario({ allocationRule: 'shapley' }), { computedAt: at });
    const p = r.allocation!.projects.find((x) => x.year === 2030)!;
    expect(p.shared).toBe(all);
    // φ = 85,958.333…, 57,958.333…, 43,833.333…: each rounds down, the missing cent goes to the first party (tie).
    expect([phiG, phiW, phiN].map((v) => Math.round(v * 100) / 100)).toEqual([85_958.33, 57_958.33, 43_833.33]);
    expect(p.parties.map((a) => a.amount)).toEqual([85_958.34, 57_958.33, 43_833.33]);
    expect(p.inCore).toBe(true);
  });

  it('the summary JSON carries allocation, cofinancing, budgets, capitalCharges and fairness', () => {
    const j = toSummaryJson(compute(smallScenario(), { computedAt: at })) as unknown as Record<string, unknown>;
    for (const k of ['allocation', 'cofinancing', 'budgets', 'capitalCharges', 'fairness']) expect(j).toHaveProperty(k);
  });
});

describe('an unknown funder', () => {
  it('is an input problem at compute time too (validation may not have run)', () => {
    const s = smallScenario();
    const bad = { ...s, coFinancing: [{ ...s.coFinancing[0]!, funder: 'provincie' }] } as Scenario;
    expect(() => compute(bad)).toThrow(/ref\.unknownFunder/);
  });
});

describe('capital charges with a write-off, through compute()', () => {
  // W1 may no longer move later, so the plan bundles W1, W2 and W3 in 2028: W2 (waterschap, planned
  // 2029) is advanced one year. Its existing asset, book value 20,000, is depreciated over 2027–2029:
  // 6,666.67 in 2027 with interest 2% × 20,000 = 400; in 2028 the 13,333.33 left on 1 January is
  // written off, with interest 2% × 13,333.33 = 266.67. The new W2 is activated at 250,000 plus its
  // share of the shared cost: 187,750 × 250/800 = 58,671.875, which the cent split rounds to
  // 58,671.87 → 308,671.87 over 50 years = 6,173.44 a year from 2029; interest 2029 = 6,173.44,
  // 2030 = 2% × (308,671.87 − 6,173.4374) = 6,049.97.
  const s = smallScenario();
  s.works[0]!.maxDeferYears = 0;
  s.works[1]!.bookValue = 20_000;
  const r = compute(s, { computedAt: at });
  const rows = r.capitalCharges!.find((c) => c.step === 'integrated')!.rows.filter((x) => x.party === 'waterschap');
  const y = (year: number) => rows.find((x) => x.year === year)!;

  it('the plan advances W2 to 2028', () => {
    const p = r.steps.find((x) => x.id === 'integrated')!.projects.find((x) => x.works.includes('W2'))!;
    expect([p.year, p.works]).toEqual([2028, ['W1', 'W2', 'W3']]);
  });

  it('writes off the book value left on 1 January of the execution year', () => {
    expect([y(2027).depreciation, y(2027).interest, y(2027).writeOff]).toEqual([6_666.67, 400, 0]);
    expect([y(2028).depreciation, y(2028).interest, y(2028).writeOff]).toEqual([0, 266.67, 13_333.33]);
    expect(rows.filter((x) => x.year > 2028).every((x) => x.writeOff === 0)).toBe(true);
  });

  it('depreciates the new asset from the year after', () => {
    expect([y(2029).depreciation, y(2029).interest, y(2030).interest]).toEqual([6_173.44, 6_173.44, 6_049.97]);
  });
});
