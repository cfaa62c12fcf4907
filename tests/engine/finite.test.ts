import { describe, expect, it } from 'vitest';
import { compute } from '../../engine/compute';
import { assertFinite, NonFiniteFigure, projectFlag, workPlanFlag } from '../../engine/model/finite';
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

  it('the checks made where work plans and projects are built read every number the walk reads', () => {
    const r = compute(buildExample(), { computedAt: 'x' });
    const checks: [unknown[], (x: never) => number][] = [];
    for (const step of r.steps) checks.push([step.works, workPlanFlag], [step.projects, projectFlag]);
    // Every kind of number once (paths with list positions left out), wherever it first occurs.
    const tried = new Set<string>();
    for (const [list, flag] of checks) {
      for (const item of list) {
        expect(flag(item as never)).toBe(0);
        for (const path of numberPaths(item)) {
          const kind = `${flag.name} ${path.map((k) => (/^\d+$/.test(k) ? '[]' : k)).join('.')}`;
          if (tried.has(kind)) continue;
          tried.add(kind);
          const copy = plainCopy(item) as Record<string, unknown>;
          let at = copy;
          for (const k of path.slice(0, -1)) at = at[k] as Record<string, unknown>;
          at[path[path.length - 1]!] = Number.POSITIVE_INFINITY;
          expect(flag(copy as never), path.join('.')).toBeNaN();
        }
      }
    }
    // Moved works, shared allocations and replacements all occur in the example.
    expect([...tried].filter((k) => /moved|allocation|replacementYears/.test(k)).length).toBeGreaterThanOrEqual(4);
  });

  it('a non-finite figure in a checked list is still named by its path', () => {
    const r = compute(buildExample(), { computedAt: 'x' });
    const checked = new Set<unknown>(r.steps.flatMap((s) => [s.projects, s.works]));
    expect(() => assertFinite(r, 'result', checked)).not.toThrow();
    r.steps[1]!.works[3]!.pv.opex = Number.NaN;
    const unchecked = new Set<unknown>(r.steps.flatMap((s) => [s.projects, s.works]).filter((l) => l !== r.steps[1]!.works));
    expect(() => assertFinite(r, 'result', unchecked)).toThrow(/result\.steps\[\d\]\.works\[3\]\.pv\.opex is NaN/);
  });
});

/** Paths of the numbers in plain data, leaving out accessor properties (built when first read). */
function numberPaths(v: unknown, path: string[] = []): string[][] {
  if (typeof v === 'number') return [path];
  if (v === null || typeof v !== 'object') return [];
  const out: string[][] = [];
  for (const key of Object.keys(v)) {
    const d = Object.getOwnPropertyDescriptor(v, key)!;
    if (!d.get) out.push(...numberPaths(d.value, [...path, key]));
  }
  return out;
}

/** A deep copy of plain data without its accessor properties. */
function plainCopy(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  const out: Record<string, unknown> | unknown[] = Array.isArray(v) ? [] : {};
  for (const key of Object.keys(v)) {
    const d = Object.getOwnPropertyDescriptor(v, key)!;
    if (!d.get) (out as Record<string, unknown>)[key] = plainCopy(d.value);
  }
  return out;
}
