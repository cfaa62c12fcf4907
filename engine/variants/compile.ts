// Compiles the Variants sheet once per scenario: every expression field is parsed and checked
// against the scenario's attribute names a single time, then evaluated per neighbourhood. The
// result is cached on the scenario's variants and neighbourhoods arrays (an edited scenario is a
// new array and compiles afresh), and compiled texts are cached on their own so Monte Carlo runs
// and what-if edits do not re-parse unchanged expressions.
import { compileExpression, type CompileResult, type CompiledExpr } from '../expr/compile';
import { knownNames } from '../expr/names';
import { problem, type Problem } from '../problems';
import type { Neighbourhood, Scenario, Variant } from '../scenario/schema';
import '../expr/messages';
import './messages';

export const variantNumberFields = [
  'quantity', 'unitCost', 'lifetimeYears', 'annualOpexPerUnit', 'durationDays', 'openedArea',
] as const;
export type VariantNumberField = (typeof variantNumberFields)[number];

export type CompiledField<T> = { kind: 'const'; value: T } | { kind: 'expr'; expr: CompiledExpr };

export interface CompiledVariant {
  variant: Variant;
  /** Position on the Variants sheet (for problems and "listed first" ties). */
  index: number;
  fields: Record<VariantNumberField, CompiledField<number>>;
  eligibility: CompiledField<boolean>;
}

export interface CompiledVariants {
  /** Per group, variants in sheet order. */
  groups: Map<string, CompiledVariant[]>;
  /** Per group, its generic variant (absent when the group has none: a problem). */
  generic: Map<string, CompiledVariant>;
  byId: Map<string, CompiledVariant>;
  /** Compile-time problems (sheet, index, field set). */
  problems: Problem[];
}

const textCache = new Map<string, CompileResult>();
const maxTextCache = 5000;

function compileText(text: string, known: ReadonlySet<string>, knownKey: string): CompileResult {
  const key = `${knownKey}\u0000${text}`;
  const hit = textCache.get(key);
  if (hit) return hit;
  if (textCache.size >= maxTextCache) textCache.clear();
  const r = compileExpression(text, known);
  textCache.set(key, r);
  return r;
}

const cache = new WeakMap<readonly Variant[], WeakMap<readonly Neighbourhood[], CompiledVariants>>();

export function compileVariants(scenario: Pick<Scenario, 'variants' | 'neighbourhoods'>): CompiledVariants {
  let inner = cache.get(scenario.variants);
  if (!inner) cache.set(scenario.variants, (inner = new WeakMap()));
  const hit = inner.get(scenario.neighbourhoods);
  if (hit) return hit;
  const compiled = compileFresh(scenario.variants, scenario.neighbourhoods);
  inner.set(scenario.neighbourhoods, compiled);
  return compiled;
}

function compileFresh(variants: readonly Variant[], neighbourhoods: readonly Neighbourhood[]): CompiledVariants {
  const known = knownNames(neighbourhoods);
  const knownKey = [...known].sort().join('\u0001');
  const problems: Problem[] = [];
  const groups = new Map<string, CompiledVariant[]>();
  const generic = new Map<string, CompiledVariant>();
  const byId = new Map<string, CompiledVariant>();

  variants.forEach((variant, index) => {
    const at = (field: string) => ({ sheet: 'variants' as const, index, field });
    const numberField = (field: VariantNumberField): CompiledField<number> => {
      const raw = variant[field];
      if (raw === undefined) return { kind: 'const', value: 0 };
      if (typeof raw === 'number') return { kind: 'const', value: raw };
      const r = compileText(raw, known, knownKey);
      if (!r.ok) {
        problems.push(problem(r.fault.code, { ...r.fault.params, expression: raw, variant: variant.id }, at(field)));
        return { kind: 'const', value: Number.NaN };
      }
      return { kind: 'expr', expr: r.expr };
    };
    const fields = Object.fromEntries(variantNumberFields.map((f) => [f, numberField(f)])) as CompiledVariant['fields'];
    let eligibility: CompiledField<boolean> = { kind: 'const', value: true };
    if (typeof variant.eligibility === 'boolean') eligibility = { kind: 'const', value: variant.eligibility };
    else if (typeof variant.eligibility === 'string') {
      const r = compileText(variant.eligibility, known, knownKey);
      if (r.ok) eligibility = { kind: 'expr', expr: r.expr };
      else {
        problems.push(problem(r.fault.code, { ...r.fault.params, expression: variant.eligibility, variant: variant.id }, at('eligibility')));
        eligibility = { kind: 'const', value: false };
      }
    }
    const cv: CompiledVariant = { variant, index, fields, eligibility };

    // A duplicate id is reported by the scenario validator; the first one is kept here.
    if (!byId.has(variant.id)) byId.set(variant.id, cv);
    let list = groups.get(variant.group);
    if (!list) groups.set(variant.group, (list = []));
    list.push(cv);
    if (variant.generic) {
      const first = generic.get(variant.group);
      if (first) {
        problems.push(problem('variants.twoGenerics', { group: variant.group, first: first.variant.id, second: variant.id }, at('generic')));
      } else generic.set(variant.group, cv);
    }
  });

  for (const [group, list] of groups) {
    if (!generic.has(group)) {
      const first = list[0] as CompiledVariant;
      problems.push(problem('variants.noGeneric', { group }, { sheet: 'variants', index: first.index, field: 'generic' }));
    }
  }
  return { groups, generic, byId, problems };
}
