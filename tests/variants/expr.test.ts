import { describe, expect, it } from 'vitest';
import { compileExpression, maxExpressionLength } from '../../engine/expr/compile';
import { evaluateBoolean, evaluateNumber, failedTerms } from '../../engine/expr/evaluate';
import { lockedInstance } from '../../engine/expr/mathjs';
import { knownNames, scopeOf } from '../../engine/expr/names';
import { nl, en } from '../../engine/expr/messages';
import type { Neighbourhood } from '../../engine/scenario/schema';

const wijk: Neighbourhood = {
  id: 'N1', name: 'Noord', households: 400, disruptionCostPerDay: 2000,
  attributes: { infiltrationClass: 3, groundwaterDepth: 0.8, pavedM2PerHousehold: 11 },
};
const known = knownNames([wijk]);
const scope = scopeOf(wijk);

function compiled(src: string) {
  const r = compileExpression(src, known);
  if (!r.ok) throw new Error(`${r.fault.code} ${JSON.stringify(r.fault.params)}`);
  return r.expr;
}
function fault(src: string) {
  const r = compileExpression(src, known);
  if (r.ok) throw new Error(`expected ${src} to be refused`);
  return r.fault;
}
const num = (src: string) => evaluateNumber(compiled(src), scope, 'N1');
const bool = (src: string) => evaluateBoolean(compiled(src), scope, 'N1');

describe('allowed expressions', () => {
  it('computes arithmetic over attributes, by English and Dutch standard names', () => {
    expect(num('households * 11')).toEqual({ ok: true, value: 4400 });
    expect(num('huishoudens * pavedM2PerHousehold')).toEqual({ ok: true, value: 4400 });
    expect(num('(1 + 2) * 3 - 4 / 2 + 2^3 + 7 % 3')).toEqual({ ok: true, value: 16 });
    expect(num('-households + +1')).toEqual({ ok: true, value: -399 });
    expect(num('1.5e2 + .5')).toEqual({ ok: true, value: 150.5 });
    expect(num('disruptionCostPerDay / hinderkostenPerDag')).toEqual({ ok: true, value: 1 });
  });
  it('has min, max, floor, ceil, abs and a round that rounds half away from zero', () => {
    expect(num('min(households, 300, 500)')).toEqual({ ok: true, value: 300 });
    expect(num('max(1, 2)')).toEqual({ ok: true, value: 2 });
    expect(num('floor(2.7) + ceil(2.1) + abs(-4)')).toEqual({ ok: true, value: 9 });
    expect(num('round(2.5)')).toEqual({ ok: true, value: 3 });
    expect(num('round(-2.5)')).toEqual({ ok: true, value: -3 });
    expect(num('round(0.5)')).toEqual({ ok: true, value: 1 });
    expect(num('round(-0.5)')).toEqual({ ok: true, value: -1 });
    expect(num('round(1.005, 2)')).toEqual({ ok: true, value: 1.01 });
  });
  it('evaluates comparison and logic to booleans', () => {
    expect(bool('infiltrationClass >= 2 and groundwaterDepth >= 0.7')).toEqual({ ok: true, value: true });
    expect(bool('infiltrationClass >= 4 or not (groundwaterDepth < 0.7)')).toEqual({ ok: true, value: true });
    expect(bool('1 < infiltrationClass <= 3')).toEqual({ ok: true, value: true });
    expect(bool('infiltrationClass == 3 and households != 0')).toEqual({ ok: true, value: true });
    expect(bool('true')).toEqual({ ok: true, value: true });
  });
  it('names are case-sensitive', () => {
    expect(fault('Households * 2')).toMatchObject({ code: 'expr.unknownName', params: { name: 'Households' } });
  });
  it('lists the names it reads and explains failed and-terms with their values', () => {
    const e = compiled('infiltrationClass >= 4 and (groundwaterDepth >= 0.7) and households > 10');
    expect(e.names).toEqual(['infiltrationClass', 'groundwaterDepth', 'households']);
    expect(failedTerms(e, scope)).toEqual([{ condition: 'infiltrationClass >= 4', values: { infiltrationClass: 3 } }]);
  });
});

describe('refused expressions: each forbidden case', () => {
  it.each([
    ['import({x: 1})', 'import'],
    ['createUnit("foo")', 'createUnit'],
    ['evaluate("1+1")', 'evaluate'],
    ['parse("1+1")', 'parse'],
    ['compile("1")', 'compile'],
    ['config({number: "BigNumber"})', 'config'],
    ['simplify("x+x")', 'simplify'],
    ['derivative("x^2", "x")', 'derivative'],
  ])('%s is a forbidden function', (src, name) => {
    expect(fault(src)).toEqual({ code: 'expr.forbiddenFunction', params: { name } });
  });
  it('a forbidden name is refused even without a call', () => {
    expect(fault('import')).toEqual({ code: 'expr.forbiddenFunction', params: { name: 'import' } });
  });
  it('an unknown name', () => {
    expect(fault('soilType >= 2')).toMatchObject({ code: 'expr.unknownName', params: { name: 'soilType' } });
    expect(fault('pi * 2')).toMatchObject({ code: 'expr.unknownName', params: { name: 'pi' } });
  });
  it('an unknown function (anything beyond the allowed set)', () => {
    expect(fault('sqrt(households)')).toMatchObject({ code: 'expr.unknownFunction', params: { name: 'sqrt' } });
  });
  it('a syntax error', () => {
    expect(fault('households * (2')).toMatchObject({ code: 'expr.syntax' });
    expect(fault('households +* 2').code).toBe('expr.syntax');
  });
  it(`more than ${maxExpressionLength} characters`, () => {
    const long = `households${' + 1'.repeat(200)}`;
    expect(long.length).toBeGreaterThan(500);
    expect(fault(long)).toEqual({ code: 'expr.tooLong', params: { length: long.length, max: 500 } });
    // exactly 500 is fine
    const ok = `households${' '.repeat(488)}+1`;
    expect(ok.length).toBe(500);
    expect(compileExpression(ok, known).ok).toBe(true);
  });
  it('a decimal comma, saying so', () => {
    expect(fault('households * 1,5')).toEqual({ code: 'expr.decimalComma', params: { text: '1,5', suggestion: '1.5' } });
    expect(fault('groundwaterDepth >= 0,7').code).toBe('expr.decimalComma');
    expect(fault('max(1,5)').code).toBe('expr.decimalComma');
    expect(compileExpression('max(1, 5)', known).ok).toBe(true);
    expect(en['expr.decimalComma']).toContain('decimal point');
    expect(nl['expr.decimalComma']).toContain('decimale punt');
  });
  it('a non-boolean eligibility', () => {
    expect(bool('households * 2')).toEqual({ ok: false, fault: { code: 'expr.notBoolean', params: { value: 800, neighbourhood: 'N1' } } });
  });
  it('a non-finite result', () => {
    expect(num('households / 0')).toMatchObject({ ok: false, fault: { code: 'expr.notFinite' } });
    expect(num('0 / 0')).toMatchObject({ ok: false, fault: { code: 'expr.notFinite' } });
    expect(num('(-8) ^ (1/3)')).toMatchObject({ ok: false, fault: { code: 'expr.notFinite' } });
    expect(num('households > 2')).toMatchObject({ ok: false, fault: { code: 'expr.notFinite', params: { value: 'true' } } });
  });
  it.each([
    ['"text"', 'text'],
    ['[1, 2]', 'matrix'],
    ['x = 2', 'assignment'],
    ['f(x) = x', 'function definition'],
    ['households ? 1 : 2', 'conditional (a ? b : c)'],
    ['1:3', 'range'],
    ['{a: 1}', 'object'],
    ['households.constructor', 'property or index access'],
    ['households[1]', 'property or index access'],
    ['1; 2', 'several statements'],
    ['households!', 'operator !'],
    ['households & 1', 'operator &'],
    ['households ?? 1', 'operator ??'],
    ['2 cm to inch', 'operator to'],
  ])('%s is forbidden syntax', (src, what) => {
    expect(fault(src)).toEqual({ code: 'expr.forbiddenSyntax', params: { what } });
  });
  it('a blank attribute in one neighbourhood is named on evaluation', () => {
    const other: Neighbourhood = { ...wijk, id: 'N2', attributes: { infiltrationClass: 1 } };
    const e = compiled('groundwaterDepth >= 0.7');
    expect(evaluateBoolean(e, scopeOf(other), 'N2')).toEqual({
      ok: false, fault: { code: 'expr.missingAttribute', params: { name: 'groundwaterDepth', neighbourhood: 'N2' } },
    });
  });
  it('wrong argument counts', () => {
    expect(fault('abs(1, 2)')).toEqual({ code: 'expr.arity', params: { name: 'abs', count: 2 } });
    expect(fault('min()')).toEqual({ code: 'expr.arity', params: { name: 'min', count: 0 } });
  });
});

describe('the restricted mathjs instance', () => {
  it.each(['import', 'createUnit', 'evaluate', 'parse', 'compile', 'config', 'simplify', 'derivative'])(
    '%s on the instance itself throws', (name) => {
      const f = lockedInstance[name] as (...a: unknown[]) => unknown;
      expect(() => f({})).toThrow(/disabled/);
    },
  );
  it('was built without the full function set', () => {
    expect(lockedInstance.sqrt).toBeUndefined();
    expect(lockedInstance.unit).toBeUndefined();
    expect(lockedInstance.matrix === undefined || typeof lockedInstance.matrix === 'function').toBe(true);
  });
  it('catalogues have the same keys in both languages', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
  });
});
