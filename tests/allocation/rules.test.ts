import { describe, expect, it } from 'vitest';
import { allocate } from '../../engine/allocation/rules';
import { coalitionCosts, type ProjectGame } from '../../engine/allocation/game';
import { coreViolation } from '../../engine/allocation/core';
import { splitExact, toCents } from '../../engine/model/money';

// Three parties sharing one project. Shared cost c(S) = 10,000 fixed (engineering + tender)
// + 10% engineering over the coalition's direct cost + 1,000 coordination per extra party.
// Direct: A 100,000, B 50,000, C 50,000.
//   c(A) = 10,000 + 10,000 = 20,000     c(B) = c(C) = 10,000 + 5,000 = 15,000
//   c(AB) = c(AC) = 10,000 + 15,000 + 1,000 = 26,000     c(BC) = 10,000 + 10,000 + 1,000 = 21,000
//   c(ABC) = 10,000 + 20,000 + 2,000 = 32,000
const direct = [100_000, 50_000, 50_000];
const engineeringGame: ProjectGame = {
  parties: ['A', 'B', 'C'],
  direct,
  cost: (m) => {
    let d = 0, k = 0;
    direct.forEach((v, i) => { if (m & (1 << i)) { d += v; k++; } });
    return 10_000 + 0.1 * d + 1_000 * (k - 1);
  },
};

const euros = (cents: number[]) => cents.map((c) => c / 100);

describe('hand-computed three-party cases', () => {
  it('direct: pro rata direct cost, 32,000 × 100/200, × 50/200, × 50/200', () => {
    expect(euros(allocate('direct', engineeringGame).cents)).toEqual([16_000, 8_000, 8_000]);
  });

  it('equal: 32,000 / 3 = 10,666.666…; the cent too many comes off the first party (tie in party order)', () => {
    expect(euros(allocate('equal', engineeringGame).cents)).toEqual([10_666.66, 10_666.67, 10_666.67]);
  });

  it('standalone: pro rata c({i}) = 20,000 : 15,000 : 15,000 → 12,800, 9,600, 9,600', () => {
    expect(euros(allocate('standalone', engineeringGame).cents)).toEqual([12_800, 9_600, 9_600]);
  });

  it('shapley: A = 20,000/3 + 11,000/6 + 11,000/6 + 11,000/3 = 14,000; B = C = 5,000 + 1,000 + 1,000 + 2,000 = 9,000', () => {
    expect(euros(allocate('shapley', engineeringGame).cents)).toEqual([14_000, 9_000, 9_000]);
  });

  it('direct, standalone and shapley are in the core on this game', () => {
    const costs = coalitionCosts(engineeringGame);
    for (const rule of ['direct', 'standalone', 'shapley'] as const) {
      expect(coreViolation(costs, allocate(rule, engineeringGame).cents, engineeringGame.parties)).toBeNull();
    }
  });

  it('equal is not: B and C pay 10,666.67 + 10,666.67 = 21,333.34 against c(BC) = 21,000', () => {
    const v = coreViolation(coalitionCosts(engineeringGame), allocate('equal', engineeringGame).cents, engineeringGame.parties);
    expect(v).toEqual({ coalition: ['B', 'C'], pays: 21_333.34, alone: 21_000, excess: 333.34 });
  });
});

// A game where C's works add little: c(A) = c(B) = 20,000, c(C) = 5,000, c(AB) = 30,000,
// c(AC) = c(BC) = 22,000, c(ABC) = 33,000.
const table: Record<number, number> = { 1: 20_000, 2: 20_000, 4: 5_000, 3: 30_000, 5: 22_000, 6: 22_000, 7: 33_000 };
const smallC: ProjectGame = { parties: ['A', 'B', 'C'], direct: [10, 10, 0], cost: (m) => table[m] as number };

describe('the core check names the coalition that pays more than alone', () => {
  it('equal: 11,000 each, but C alone costs 5,000 → C objects, excess 6,000', () => {
    const a = allocate('equal', smallC);
    expect(euros(a.cents)).toEqual([11_000, 11_000, 11_000]);
    expect(coreViolation(coalitionCosts(smallC), a.cents, smallC.parties)).toEqual({
      coalition: ['C'], pays: 11_000, alone: 5_000, excess: 6_000,
    });
  });

  it('shapley: C = 5,000/3 + 2,000/6 + 2,000/6 + 3,000/3 = 3,333.33…; A = B = 14,833.33…; the extra cent to A', () => {
    const a = allocate('shapley', smallC);
    expect(euros(a.cents)).toEqual([14_833.34, 14_833.33, 3_333.33]);
    expect(coreViolation(a.coalitions as Float64Array, a.cents, smallC.parties)).toBeNull();
  });

  it('direct with C having no direct cost: C pays 0, so the pair A and B pays 33,000 against 30,000 alone', () => {
    const a = allocate('direct', smallC);
    expect(euros(a.cents)).toEqual([16_500, 16_500, 0]);
    const v = coreViolation(coalitionCosts(smallC), a.cents, smallC.parties);
    expect(v).toEqual({ coalition: ['A', 'B'], pays: 33_000, alone: 30_000, excess: 3_000 });
  });
});

describe('rounding to the cent', () => {
  it('rounds half away from zero after absorbing float noise', () => {
    expect(toCents(0.125)).toBe(13);
    expect(toCents(-0.125)).toBe(-13);
    expect(toCents(1.005)).toBe(101); // 1.00499999… in binary, 1.005 after 6 decimals
    expect(toCents(0.1 + 0.2)).toBe(30);
  });

  it('a split always adds up to the whole', () => {
    expect(splitExact(100, [1 / 3, 1 / 3, 1 / 3])).toEqual([34, 33, 33]); // the missing cent to the first (tie)
    const parts = splitExact(1_000_001, [3333.337, 3333.337, 3333.336]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(1_000_001);
  });

  it('a one-party project gives everything to its owner; a zero total splits equally', () => {
    expect(allocate('shapley', { parties: ['A'], direct: [0], cost: () => 123.456 }).cents).toEqual([12_346]);
    const zero: ProjectGame = { parties: ['A', 'B'], direct: [0, 0], cost: (m) => (m === 3 ? 10 : 0) };
    expect(allocate('direct', zero).cents).toEqual([500, 500]);
    expect(allocate('standalone', zero).cents).toEqual([500, 500]);
  });
});
