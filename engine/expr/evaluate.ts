// Evaluates a compiled expression for one neighbourhood and checks the kind of result: a field
// needs a finite number, an eligibility needs true or false (MODEL.md). Failures are returned as
// faults, not thrown, so validation can list them all.
import { describeValue, MissingAttribute, type CompiledExpr, type ExprFault, type Scope } from './compile';

export type Evaluated<T> = { ok: true; value: T } | { ok: false; fault: ExprFault };

function run(expr: CompiledExpr, scope: Scope, neighbourhood: string): Evaluated<unknown> {
  try {
    return { ok: true, value: expr.evaluate(scope) };
  } catch (e) {
    if (e instanceof MissingAttribute) {
      return { ok: false, fault: { code: 'expr.missingAttribute', params: { name: e.attribute, neighbourhood } } };
    }
    return { ok: false, fault: { code: 'expr.evalError', params: { message: e instanceof Error ? e.message : String(e), neighbourhood } } };
  }
}

export function evaluateNumber(expr: CompiledExpr, scope: Scope, neighbourhood: string): Evaluated<number> {
  const r = run(expr, scope, neighbourhood);
  if (!r.ok) return r;
  if (typeof r.value === 'number' && Number.isFinite(r.value)) return { ok: true, value: r.value };
  return { ok: false, fault: { code: 'expr.notFinite', params: { value: describeValue(r.value), neighbourhood } } };
}

export function evaluateBoolean(expr: CompiledExpr, scope: Scope, neighbourhood: string): Evaluated<boolean> {
  const r = run(expr, scope, neighbourhood);
  if (!r.ok) return r;
  if (typeof r.value === 'boolean') return { ok: true, value: r.value };
  return { ok: false, fault: { code: 'expr.notBoolean', params: { value: describeValue(r.value), neighbourhood } } };
}

/** The and-terms of an eligibility that are not true here, each with the values it read:
 *  "why not" for the variants report. */
export function failedTerms(expr: CompiledExpr, scope: Scope): { condition: string; values: Record<string, number> }[] {
  const failed: { condition: string; values: Record<string, number> }[] = [];
  for (const term of expr.terms) {
    let value: unknown;
    try {
      value = term.evaluate(scope);
    } catch {
      value = undefined;
    }
    if (value !== true) {
      const values: Record<string, number> = {};
      for (const name of term.names) {
        const v = scope.get(name);
        if (v !== undefined) values[name] = v;
      }
      failed.push({ condition: term.source, values });
    }
  }
  return failed;
}
