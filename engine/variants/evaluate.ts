// A variant's values in one neighbourhood: its numeric fields and its eligibility, with the
// conditions that failed ("why not") for the report. Results are cached per variant and
// neighbourhood, since every work of that group in that neighbourhood needs the same values.
import { failedTerms, evaluateBoolean, evaluateNumber, type Evaluated } from '../expr/evaluate';
import { scopeOf } from '../expr/names';
import { problem, type Problem } from '../problems';
import type { Neighbourhood } from '../scenario/schema';
import { beyondLimit } from '../scenario/limits';
import { variantNumberFields, type CompiledField, type CompiledVariant, type VariantNumberField } from './compile';

export interface FailedCondition {
  /** The and-term of the eligibility that is not true, as text. */
  condition: string;
  /** The attribute values it read in this neighbourhood. */
  values: Record<string, number>;
}

export interface VariantValues {
  values: Record<VariantNumberField, number>;
  eligible: boolean;
  whyNot: FailedCondition[];
}

export type VariantEvaluation = { ok: true; result: VariantValues } | { ok: false; problems: Problem[] };

/** Fields that must not be negative once evaluated; lifetimeYears must be a whole number ≥ 1. */
const nonNegative: readonly VariantNumberField[] = ['quantity', 'unitCost', 'annualOpexPerUnit', 'durationDays', 'openedArea'];

export function evaluateVariant(cv: CompiledVariant, nb: Neighbourhood, scope = scopeOf(nb)): VariantEvaluation {
  const problems: Problem[] = [];
  const at = (field: string) => ({ sheet: 'variants' as const, index: cv.index, field });
  const fault = <T>(r: Evaluated<T>, field: string): T | undefined => {
    if (r.ok) return r.value;
    problems.push(problem(r.fault.code, { ...r.fault.params, variant: cv.variant.id }, at(field)));
    return undefined;
  };
  const num = (field: VariantNumberField, f: CompiledField<number>): number => {
    if (f.kind === 'const') return f.value;
    return fault(evaluateNumber(f.expr, scope, nb.id), field) ?? Number.NaN;
  };

  const values = {} as Record<VariantNumberField, number>;
  for (const field of variantNumberFields) {
    const v = num(field, cv.fields[field]);
    values[field] = v;
    if (Number.isNaN(v)) continue;
    // An expression over attributes can leave the read limits behind (households ^ 40).
    const far = beyondLimit('variants', field, v, at(field));
    if (far) {
      problems.push(far);
      continue;
    }
    if (nonNegative.includes(field) && v < 0) {
      problems.push(problem('variants.negative', { variant: cv.variant.id, value: v, neighbourhood: nb.id }, at(field)));
    }
    if (field === 'lifetimeYears' && !(Number.isInteger(v) && v >= 1)) {
      problems.push(problem('variants.lifetime', { variant: cv.variant.id, value: v, neighbourhood: nb.id }, at(field)));
    }
  }

  let eligible = true;
  let whyNot: FailedCondition[] = [];
  const el = cv.eligibility;
  if (el.kind === 'const') {
    eligible = el.value;
    if (!eligible) whyNot = [{ condition: 'false', values: {} }];
  } else {
    eligible = fault(evaluateBoolean(el.expr, scope, nb.id), 'eligibility') ?? false;
    if (!eligible) whyNot = failedTerms(el.expr, scope);
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, result: { values, eligible, whyNot } };
}

// Evaluations per compiled variant and neighbourhood object. Compiled variants live as long as the
// scenario's arrays they were compiled from (./compile), so a what-if that changes only settings
// or works reuses every evaluation; an edited neighbourhood is a new object and is evaluated anew.
const evaluations = new WeakMap<CompiledVariant, WeakMap<Neighbourhood, VariantEvaluation>>();
const scopes = new WeakMap<Neighbourhood, Map<string, number>>();

/** Evaluations per variant and neighbourhood, computed on first use and kept. */
export class VariantEvaluator {
  get(cv: CompiledVariant, nb: Neighbourhood): VariantEvaluation {
    let byNb = evaluations.get(cv);
    if (!byNb) evaluations.set(cv, (byNb = new WeakMap()));
    let r = byNb.get(nb);
    if (!r) {
      let scope = scopes.get(nb);
      if (!scope) scopes.set(nb, (scope = scopeOf(nb)));
      r = evaluateVariant(cv, nb, scope);
      byNb.set(nb, r);
    }
    return r;
  }
}
