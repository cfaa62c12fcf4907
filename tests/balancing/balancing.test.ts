// The balancing offer: transfers add up to zero to the cent, Shapley equals the brute-force average
// of marginal contributions over all orders, and with a total saving ≥ 0 nobody loses under any key.
import { describe, expect, it } from 'vitest';
import { compute } from '../../engine/compute';
import { balancing, balancingKeys, guard } from '../../engine/balancing/balance';
import { savingsGame } from '../../engine/balancing/game';
import type { Scenario } from '../../engine/scenario/schema';
import { smallScenario } from '../cofinancing/fixture';
import { rng, scenario } from '../engine/helpers';

const cents = (v: number) => Math.round(v * 100);

function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  return permutations(n - 1).flatMap((p) => Array.from({ length: n }, (_, k) => [...p.slice(0, k), n - 1, ...p.slice(k)]));
}

/** φ_i = average over all orders of i's marginal contribution (cents). */
function bruteForceShapley(n: number, value: (mask: number) => number): number[] {
  const phi = new Array<number>(n).fill(0);
  const orders = permutations(n);
  for (const order of orders) {
    let mask = 0;
    for (const i of order) {
      phi[i] = (phi[i] as number) + value(mask | (1 << i)) - value(mask);
      mask |= 1 << i;
    }
  }
  return phi.map((v) => v / orders.length);
}

function randomScenario(seed: number): Scenario {
  const next = rng(seed);
  const parties = ['A', 'B', 'C', 'D'].slice(0, 2 + Math.floor(next() * 3));
  const works = Array.from({ length: 2 + Math.floor(next() * 5) }, () => ({
    party: parties[Math.floor(next() * parties.length)]!,
    neighbourhood: next() < 0.7 ? 'N1' : 'N2',
    plannedYear: 2027 + Math.floor(next() * 5),
    unitCost: 10_000 + Math.floor(next() * 90_000),
    durationDays: 5 + Math.floor(next() * 30),
    openedArea: Math.floor(next() * 500),
    maxAdvanceYears: Math.floor(next() * 3),
    maxDeferYears: Math.floor(next() * 3),
    deferralCostPerYear: Math.floor(next() * 3000),
    lifetimeYears: 5 + Math.floor(next() * 40),
    street: next() < 0.5 ? 'Dorpsstraat' : 'Kerkstraat',
  }));
  return scenario({
    parties,
    neighbourhoods: [{ id: 'N1', disruptionCostPerDay: 200 }, { id: 'N2', disruptionCostPerDay: 50 }],
    settings: {
      horizonYears: 30, discountRate: 0.03, bundleMode: 'optimal', engineeringFixed: 5_000, engineeringRate: 0.05,
      tenderFixed: 4_000, participationFixed: 2_000, siteFixed: 3_000, sitePerDay: 200, openingCostPerM2: 15,
      coordinationPerExtraParty: next() * 8_000, allocationRule: next() < 0.5 ? 'direct' : 'equal',
    },
    works,
  });
}

describe('balancing by hand', () => {
  it('pro rata and equal on the co-financing scenario: shares add up to the total, transfers to zero', () => {
    const s = smallScenario();
    const r = compute(s, { computedAt: 'fixed' });
    for (const key of balancingKeys) {
      const b = balancing(r, key, s);
      expect(b.parties.reduce((a, p) => a + cents(p.transfer), 0)).toBe(0);
      expect(b.parties.reduce((a, p) => a + cents(p.balancedSaving), 0)).toBe(cents(r.savings.total.financial));
      for (const p of b.parties) expect(cents(p.saving) + cents(p.transfer)).toBe(cents(p.balancedSaving));
    }
    const pro = balancing(r, 'separate', s);
    const total = cents(r.savings.total.financial);
    const sepSum = r.parties.reduce((a, p) => a + Math.max(0, p.pv.separate), 0);
    r.parties.forEach((p, i) => {
      expect(Math.abs(cents(pro.parties[i]!.balancedSaving) - (total * Math.max(0, p.pv.separate)) / sepSum)).toBeLessThanOrEqual(1);
    });
  });

  it('equal: a party with nothing in the scenario gets no share', () => {
    const s = scenario({
      parties: ['A', 'B', 'C'],
      settings: { bundleMode: 'optimal', tenderFixed: 1000 },
      works: [{ party: 'A', plannedYear: 2028 }, { party: 'B', plannedYear: 2028 }],
    });
    const r = compute(s, { computedAt: 'fixed' });
    // Separate: two tenders, bundled: one. Saving 1000, equal over A and B.
    expect(r.savings.total.financial).toBe(1000);
    const b = balancing(r, 'equal', s);
    expect(b.parties.map((p) => p.balancedSaving)).toEqual([500, 500, 0]);
  });

  it('the guard lifts a negative Shapley value to zero at the others’ expense', () => {
    expect(guard(100, [150, -50, 0])).toEqual([100, 0, 0]);
    const same = [60, 40];
    expect(guard(100, same)).toBe(same);
    expect(guard(-10, [-20, 10])).toEqual([-20, 10]);
  });
});

describe('Shapley against brute force', () => {
  it('on the co-financing scenario (funder included) and on seeded random scenarios', () => {
    const cases = [smallScenario(), ...[1, 2, 3, 4].map(randomScenario)];
    let compared = 0;
    for (const s of cases) {
      const r = compute(s, { computedAt: 'fixed' });
      const game = savingsGame(s, r);
      const brute = bruteForceShapley(game.players.length, game.value);
      const b = balancing(r, 'shapley', s);
      if (b.guarded) continue; // the guard changes values on purpose; tested above
      for (const [i, party] of game.players.entries()) {
        const got = b.parties.find((p) => p.party === party)!;
        expect(Math.abs(cents(got.balancedSaving) - (brute[i] as number))).toBeLessThanOrEqual(1);
      }
      expect(game.value((1 << game.players.length) - 1)).toBe(cents(r.savings.total.financial));
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(3);
  });
});

describe('nobody loses when the total saving is ≥ 0 (seeded random scenarios)', () => {
  it('under every key, transfers adding up to zero', () => {
    let checked = 0;
    for (let seed = 10; seed < 40; seed++) {
      const s = randomScenario(seed);
      const r = compute(s, { computedAt: 'fixed' });
      const total = cents(r.savings.total.financial);
      for (const key of balancingKeys) {
        const b = balancing(r, key, s);
        expect(b.parties.reduce((a, p) => a + cents(p.transfer), 0)).toBe(0);
        if (total >= 0) for (const p of b.parties) expect(cents(p.balancedSaving), `seed ${seed} ${key} ${p.party}`).toBeGreaterThanOrEqual(0);
      }
      if (total >= 0) checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });
});
