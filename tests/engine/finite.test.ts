import { describe, expect, it } from 'vitest';
import { compute } from '../../engine/compute';
import { assertFinite, NonFiniteFigure } from '../../engine/model/finite';
import { buildExample } from '../../scenarios/example';

describe('the finite-figures invariant at the end of compute', () => {
  it('finds a NaN or Infinity anywhere in plain data and names where', () => {
    expect(() => assertFinite({ a: [1, { b: 2 }], c: new Float64Array([1, 2]) }, 'r')).not.toThrow();
    expect(() => assertFinite({ a: [1, { b: Number.NaN }] }, 'r')).toThrow(/r\.a\[1\]\.b is NaN/);
    expect(() => assertFinite({ c: new Float64Array([1, Infinity]) }, 'r')).toThrow(NonFiniteFigure);
  });

  it('compute refuses to return an infinite figure (input that bypassed the read limits)', () => {
    const s = buildExample();
    const work = s.works.find((w) => w.variantGroup === undefined)!;
    work.unitCost = 1e300;
    work.quantity = 1e300;
    expect(() => compute(s, { computedAt: 'x' })).toThrow(NonFiniteFigure);
  });

  it('the example computes with every figure finite', () => {
    const r = compute(buildExample(), { computedAt: 'x' });
    expect(() => assertFinite(JSON.parse(JSON.stringify(r)), 'result')).not.toThrow();
  });
});
