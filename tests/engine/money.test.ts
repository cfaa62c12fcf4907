import { describe, expect, it } from 'vitest';
import { splitCents, splitExact, toCents } from '../../engine/model/money';
import { sha256Hex } from '../../engine/model/sha256';
import { canonicalJson, scenarioHash } from '../../engine/model/canonical';
import { buildExample } from '../../scenarios/example';

describe('money rounding (MODEL.md "Time and money")', () => {
  it('rounds to 6 decimals first, then to cents half away from zero', () => {
    expect(toCents(0.125)).toBe(13);
    expect(toCents(-0.125)).toBe(-13);
    expect(toCents(1.005)).toBe(101); // 1.00499999999999989… as a double: 6 decimals make it 1.005
    expect(toCents(2.675)).toBe(268);
    expect(toCents(0.1 + 0.2)).toBe(30);
    expect(toCents(0.0049999)).toBe(1); // 6 decimals: 0.005000, then half away from zero
    expect(toCents(0.0049994)).toBe(0); // 6 decimals: 0.004999
    expect(toCents(-0.004)).toBe(0);
    expect(Object.is(toCents(-0.004), -0)).toBe(false);
    expect(toCents(12345678901.235)).toBe(1234567890124);
  });

  it('splits with largest remainder, one cent at a time, ties in party order', () => {
    // 1.00 over three equal weights: 0.333… each rounds to 0.33 (sum 0.99); the one missing cent
    // goes to the first party (all errors tie).
    expect(splitCents(100, [1, 1, 1])).toEqual([34, 33, 33]);
    // −1.00: the extra cent down also to the first.
    expect(splitCents(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
    // 10.00 pro rata 1:2 → 3.333… and 6.666… → 3.33 + 6.67 = 10.00, no correction.
    expect(splitCents(1000, [1, 2])).toEqual([333, 667]);
    // zero weights: equal.
    expect(splitCents(10, [0, 0, 0])).toEqual([4, 3, 3]);
    // values: 0.005 + 0.005 (each rounds up to 0.01) against a whole of 0.01 → one cent back from the first.
    expect(splitExact(1, [0.005, 0.005])).toEqual([0, 1]);
  });

  it('adds up to the cent on seeded random splits', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let k = 0; k < 500; k++) {
      const n = 1 + Math.floor(rnd() * 6);
      const w = Array.from({ length: n }, () => rnd() * 1000);
      const total = Math.round(rnd() * 1e7) - 5e6;
      const parts = splitCents(total, w);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
      parts.forEach((p, i) => expect(Math.abs(p - (total * (w[i] as number)) / w.reduce((a, b) => a + b, 0))).toBeLessThan(1.0001));
    }
  });
});

describe('sha256 and canonical JSON', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))
      .toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
    expect(sha256Hex('a'.repeat(1000))).toBe('41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3');
    expect(sha256Hex('€ wijk')).toBe(sha256Hex(new TextEncoder().encode('€ wijk')));
  });

  it("keeps the example's input hash across the move to @noble/hashes", () => {
    // Recorded with the hand-written SHA-256 this replaced; the hash names the input in every
    // report, so a hash library must not change it. Recorded before the example had its schematic
    // map outlines; the geometry is part of the input (and so of the hash), so it is left out here.
    expect(scenarioHash({ ...buildExample(), geometry: undefined })).toBe('43d22bb5949d1cd99c18b8782d0ae09828db31fe7745614b47f31e7cbe5a0afb');
  });

  it('sorts keys and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: undefined, c: 'x' }] })).toBe('{"a":[2,{"c":"x"}],"b":1}');
  });
});
