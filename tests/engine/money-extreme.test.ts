import { describe, expect, it } from 'vitest';
import { splitCents, splitExact, toCents } from '../../engine/model/money';

// Each call would loop forever (or for hours) with a cent-at-a-time correction; a hang times the
// test out.
describe('the cent splitter ends for any input', () => {
  it('leaves a non-finite total or part as it is', () => {
    expect(toCents(Infinity)).toBe(Infinity);
    expect(Number.isNaN(toCents(Number.NaN))).toBe(true);
    expect(splitExact(Infinity, [1, 2])).toEqual([100, 200]);
    expect(splitExact(Number.NaN, [1, 2])).toEqual([100, 200]);
    expect(splitExact(300, [Infinity, 2])).toEqual([Infinity, 200]);
    const nan = splitExact(300, [Number.NaN, 2]);
    expect(Number.isNaN(nan[0])).toBe(true);
    expect(splitCents(Infinity, [1, 1])).toHaveLength(2);
    expect(splitCents(100, [Infinity, 1])).toHaveLength(2);
    expect(splitCents(100, [Number.NaN, 1])).toHaveLength(2);
  });

  it('splits a difference of many cents in one pass, as the round robin would', () => {
    // Parts round to 0; a difference of 1,000,000,000 cents over 3 parts.
    expect(splitExact(1_000_000_000, [0, 0, 0])).toEqual([333_333_334, 333_333_333, 333_333_333]);
    expect(splitExact(-7, [0, 0, 0])).toEqual([-3, -2, -2]);
    const parts = splitExact(10 ** 15, [1, 2, 3, 4]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(10 ** 15);
  });

  it('ends for totals beyond 2^53 cents, where one cent is not representable', () => {
    const parts = splitExact(1e30, [1e20, 3e20]);
    expect(parts).toHaveLength(2);
    expect(parts.every(Number.isFinite)).toBe(true);
    expect(splitExact(1e308, [1e300, 1e300]).every(Number.isFinite)).toBe(true);
    expect(splitCents(1e25, [1, 2, 3]).every(Number.isFinite)).toBe(true);
  });
});
