import { describe, expect, it } from 'vitest';
import { shapleyValues } from '../../engine/allocation/shapley';
import { allocate } from '../../engine/allocation/rules';
import { coalitionCosts, type ProjectGame } from '../../engine/allocation/game';
import { InputError } from '../../engine/problems';
import { mulberry32 as rng } from '../../engine/uncertainty/rng';
import { compute } from '../../engine/compute';
import { scenarioSchema, type AllocationRule, type Scenario } from '../../engine/scenario/schema';
import { zeroCosts } from '../engine/helpers';

/** The InputError `f` throws; fails the test when it throws nothing or something else. */
function thrownBy(f: () => unknown): InputError {
  let thrown: unknown;
  try { f(); } catch (e) { thrown = e; }
  expect(thrown).toBeInstanceOf(InputError);
  return thrown as InputError;
}

/** n parties, each with one work in N1 planned in 2028 on the same street: optimal bundling puts
 *  them in one project (one tender instead of n, no coordination cost). */
function parties(n: number, rule: AllocationRule): Scenario {
  const id = (i: number) => String(i + 1).padStart(2, '0');
  return scenarioSchema.parse({
    settings: { baseYear: 2026, horizonYears: 10, ...zeroCosts, tenderFixed: 1000, bundleMode: 'optimal', allocationRule: rule },
    neighbourhoods: [{ id: 'N1' }],
    parties: Array.from({ length: n }, (_, i) => ({ id: `P${id(i)}` })),
    works: Array.from({ length: n }, (_, i) => ({
      id: `W${id(i)}`, neighbourhood: 'N1', party: `P${id(i)}`, plannedYear: 2028, quantity: 1, unitCost: 1000 * (i + 1), lifetimeYears: 100,
    })),
  });
}

function randomGame(n: number, next: () => number): Float64Array {
  const c = new Float64Array(1 << n);
  for (let m = 1; m < c.length; m++) c[m] = Math.round(next() * 1e7) / 100;
  return c;
}

/** The game with parties i and j made interchangeable: c(S) depends on S only through how many of {i,j} it holds. */
function symmetrise(c: Float64Array, i: number, j: number): Float64Array {
  const out = new Float64Array(c.length);
  for (let m = 0; m < c.length; m++) {
    const hasI = (m >> i) & 1, hasJ = (m >> j) & 1;
    // Canonical form: when exactly one of the two is in S, use the mask with i rather than j.
    const canon = hasJ && !hasI ? (m & ~(1 << j)) | (1 << i) : m;
    out[m] = c[canon] as number;
  }
  return out;
}

const seeds = [1, 2, 3, 42, 2026];

describe('Shapley axioms on seeded random games', () => {
  for (const seed of seeds) {
    const next = rng(seed);
    const n = 2 + Math.floor(next() * 7); // 2..8 parties
    const c = randomGame(n, next);

    it(`efficiency (seed ${seed}, ${n} parties): the values add up to c(N)`, () => {
      const phi = shapleyValues(c, n);
      expect(phi.reduce((a, b) => a + b, 0)).toBeCloseTo(c[c.length - 1] as number, 6);
    });

    it(`symmetry (seed ${seed}): interchangeable parties get the same value`, () => {
      const s = symmetrise(c, 0, n - 1);
      const phi = shapleyValues(s, n);
      expect(phi[0]).toBeCloseTo(phi[n - 1] as number, 6);
    });

    it(`null player (seed ${seed}): a party that adds no cost gets zero`, () => {
      const k = n - 1;
      const nul = new Float64Array(c.length);
      for (let m = 0; m < c.length; m++) nul[m] = c[m & ~(1 << k)] as number;
      const phi = shapleyValues(nul, n);
      expect(phi[k]).toBeCloseTo(0, 9);
    });

    it(`additivity (seed ${seed}): φ(c1 + c2) = φ(c1) + φ(c2)`, () => {
      const c2 = randomGame(n, next);
      const sum = c.map((v, m) => v + (c2[m] as number));
      const a = shapleyValues(c, n), b = shapleyValues(c2, n), ab = shapleyValues(sum, n);
      ab.forEach((v, i) => expect(v).toBeCloseTo((a[i] as number) + (b[i] as number), 6));
    });
  }
});

describe('standalone and shapley', () => {
  it('coincide for two parties on a symmetric game', () => {
    for (const seed of seeds) {
      const next = rng(seed);
      const single = 1000 + Math.round(next() * 1e6) / 100;
      const both = single + Math.round(next() * single * 100) / 100; // cheaper than two alone
      const game: ProjectGame = { parties: ['A', 'B'], direct: [1, 3], cost: (m) => (m === 3 ? both : single) };
      const st = allocate('standalone', game);
      const sh = allocate('shapley', game);
      expect(sh.cents).toEqual(st.cents);
      expect(st.cents.reduce((a, b) => a + b, 0)).toBe(Math.round(both * 100));
    }
  });
});

describe('the 12-party limit', () => {
  it('allows 12 parties and refuses 13 with an input problem naming the project', () => {
    const mk = (n: number): ProjectGame => ({
      parties: Array.from({ length: n }, (_, i) => `P${i}`),
      direct: Array.from({ length: n }, () => 1),
      cost: (m) => 100 + 10 * m.toString(2).split('1').length,
    });
    const twelve = allocate('shapley', mk(12));
    expect(twelve.cents.reduce((a, b) => a + b, 0)).toBe(twelve.totalCents);
    expect(() => coalitionCosts(mk(13), { works: 'w1, w2' })).toThrow(InputError);
    expect(() => allocate('shapley', mk(13), undefined, { works: 'w1, w2' })).toThrow(InputError);
    expect(() => allocate('shapley', mk(13), undefined, { works: 'w1, w2' })).toThrow('allocation.tooManyParties');
    const thrown = thrownBy(() => allocate('shapley', mk(13), undefined, { works: 'w1, w2' }));
    expect(thrown.problems).toEqual([
      expect.objectContaining({ code: 'allocation.tooManyParties', severity: 'error', params: expect.objectContaining({ parties: 13, max: 12, works: 'w1, w2' }) }),
    ]);
    // Rules that need no enumeration still work past 12.
    expect(allocate('direct', mk(13)).cents).toHaveLength(13);
  });

  it('compute(): a project of 12 parties is split by shapley, one of 13 is the input error of MODEL.md', () => {
    const twelve = compute(parties(12, 'shapley'), { computedAt: 'x' });
    const p12 = twelve.allocation!.projects;
    expect(p12).toHaveLength(1);
    expect(p12[0]!.parties).toHaveLength(12);
    // c(S) = one tender whatever S: the Shapley value is 1,000 / 12 each, and the project is in the core.
    expect(p12[0]!.parties.reduce((a, q) => a + Math.round(q.amount * 100), 0)).toBe(100_000);
    expect(p12[0]!.parties.every((q) => Math.abs(q.amount - 1000 / 12) < 0.01)).toBe(true);
    expect(p12[0]!.inCore).toBe(true);

    const e = thrownBy(() => compute(parties(13, 'shapley'), { computedAt: 'x' }));
    expect(e.problems).toEqual([expect.objectContaining({
      code: 'allocation.tooManyParties', severity: 'error', sheet: 'settings', field: 'allocationRule',
      params: expect.objectContaining({ parties: 13, max: 12, neighbourhood: 'N1', year: 2028, works: Array.from({ length: 13 }, (_, i) => `W${String(i + 1).padStart(2, '0')}`).join(', ') }),
    })]);
  });

  it('compute(): 13 parties are fine under a rule that needs no enumeration; the core is then not checked', () => {
    const r = compute(parties(13, 'direct'), { computedAt: 'x' });
    const p = r.allocation!.projects;
    expect(p).toHaveLength(1);
    expect(p[0]!.parties).toHaveLength(13);
    expect(p[0]).toMatchObject({ inCore: null, violation: null });
  });
});
