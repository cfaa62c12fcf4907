// The expression instance is built from mathjs's number-only factories: plain numbers are its only
// type, so a result that would be complex is NaN and refused like any non-finite value, and the
// BigNumber, Complex and Fraction types are not part of it at all.
import { describe, expect, it } from 'vitest';
import { compileExpression } from '../../engine/expr/compile';
import { evaluateNumber } from '../../engine/expr/evaluate';
import { lockedInstance } from '../../engine/expr/mathjs';

const evaluate = (src: string) => {
  const r = compileExpression(src, new Set(['households']));
  if (!r.ok) throw new Error(r.fault.code);
  return evaluateNumber(r.expr, new Map([['households', 400]]), 'N1');
};

describe('the number-only expression instance', () => {
  it('refuses a root of a negative number as no finite number', () => {
    expect(evaluate('(-8)^(1/3)')).toEqual({ ok: false, fault: { code: 'expr.notFinite', params: { value: Number.NaN, neighbourhood: 'N1' } } });
    expect(evaluate('(-2)^0.5')).toMatchObject({ ok: false, fault: { code: 'expr.notFinite' } });
  });

  it('computes numbers as before', () => {
    expect(evaluate('round(households * 1.005, 2) + max(1, 2) - abs(-3) + 2^0.5')).toEqual({ ok: true, value: 402 + 2 - 3 + Math.SQRT2 });
    expect(evaluate('-7 % 3')).toEqual({ ok: true, value: 2 });
  });

  it('has no BigNumber, Complex or Fraction type', () => {
    for (const name of ['bignumber', 'complex', 'fraction', 'BigNumber', 'Complex', 'Fraction']) expect(lockedInstance[name]).toBeUndefined();
  });
});
