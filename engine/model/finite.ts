// The finite-figures invariant: no figure of a result is NaN or ±Infinity. The read limits
// (../scenario/limits) keep every input small enough that this cannot happen; the check is here so
// that if it ever does, the program says so instead of showing "NaN" or "∞" as a business case.
import type { ProjectResult, WorkPlan } from './result';

/** A fault of the engine, not of the input: a figure came out NaN or infinite. */
export class NonFiniteFigure extends Error {
  constructor(readonly path: string, readonly value: number) {
    super(`internal error: the figure ${path} is ${value}`);
    this.name = 'NonFiniteFigure';
  }
}

/** Walks plain data (objects, arrays, typed arrays) and throws at the first non-finite number,
 *  naming where. Accessor properties of the root (views built when first read, ./lazy) are skipped:
 *  they are checked when built (see `checkLazyViews`). The walk keeps no paths (on the city result,
 *  building a path per object cost more than the walk): only a failure walks again to name it.
 *  `checked`: lists whose every figure was checked where they were built (`workPlanFlag`,
 *  `projectFlag`), not walked again. */
export function assertFinite(root: unknown, rootPath: string, checked?: ReadonlySet<unknown>): void {
  if (allFinite(root, true, checked)) return;
  const found = locateNonFinite(root, rootPath);
  throw new NonFiniteFigure(found?.[0] ?? rootPath, found?.[1] ?? Number.NaN);
}

function allFinite(root: unknown, skipAccessors: boolean, checked?: ReadonlySet<unknown>): boolean {
  const stack: unknown[] = [];
  if (typeof root === 'number') return root - root === 0;
  if (root === null || typeof root !== 'object') return true;
  if (skipAccessors && !Array.isArray(root)) {
    for (const key of Object.keys(root)) {
      const d = Object.getOwnPropertyDescriptor(root, key);
      if (!d || d.get) continue;
      const x: unknown = d.value;
      if (typeof x === 'number') {
        if (x - x !== 0) return false;
      } else if (x !== null && typeof x === 'object') stack.push(x);
    }
  } else stack.push(root);
  // Steps with the same plan share their works and projects lists: a long list is walked once.
  const seen = new Set<unknown>(checked);
  while (stack.length > 0) {
    const v = stack.pop() as Record<string, unknown> | unknown[];
    if (Array.isArray(v)) {
      if (v.length > 64) {
        if (seen.has(v)) continue;
        seen.add(v);
      }
      for (let i = 0; i < v.length; i++) {
        const x = v[i];
        if (typeof x === 'number') {
          if (x - x !== 0) return false;
        } else if (x !== null && typeof x === 'object') stack.push(x);
      }
      continue;
    }
    if (ArrayBuffer.isView(v)) {
      const a = v as unknown as ArrayLike<number>;
      for (let i = 0; i < a.length; i++) if (typeof a[i] === 'number' && a[i]! - a[i]! !== 0) return false;
      continue;
    }
    for (const key in v) {
      // A project's cost lines and a step's lists are built when first read (../model/evaluate),
      // and checked then: not built here.
      if ((key === 'lines' || key === 'projects' || key === 'works') && Object.getOwnPropertyDescriptor(v, key)?.get) continue;
      const x = v[key];
      if (typeof x === 'number') {
        if (x - x !== 0) return false;
      } else if (x !== null && typeof x === 'object') stack.push(x);
    }
  }
  return true;
}

/**
 * 0 when every figure of a work plan is finite, NaN otherwise (x * 0 is 0 for a finite x, NaN for
 * NaN and ±Infinity): summed over a list where it is built, a 0 lets assertFinite skip the list.
 * Every number of a WorkPlan is read here (tests/engine/finite.test.ts holds this to the walk).
 */
export function workPlanFlag(w: WorkPlan): number {
  const pv = w.pv;
  const i = w.inputs;
  let bad = w.plannedYear * 0 + w.year * 0 + pv.replacements.financial * 0 + pv.replacements.societal * 0 +
    pv.opex * 0 + pv.residual * 0 + w.residualBase * 0 + i.direct * 0 + i.lifetimeYears * 0 +
    i.currentOpex * 0 + i.annualOpex * 0 + i.window[0] * 0 + i.window[1] * 0;
  for (const y of w.replacementYears) bad += y * 0;
  return bad;
}

/** workPlanFlag for a project: every number but those of its cost lines (built when first read:
 *  the walk leaves them too). */
export function projectFlag(p: ProjectResult): number {
  let bad = p.year * 0 + p.days * 0 + p.direct * 0 + p.shared * 0 + p.disruption * 0 + p.financial * 0 +
    p.pv.financial * 0 + p.pv.societal * 0;
  for (const a of p.allocation) bad += a.amount * 0;
  for (const m of p.moved) bad += m.from * 0 + m.to * 0;
  return bad;
}

/** The slow walk that names the first non-finite figure (only after `allFinite` found one). */
function locateNonFinite(v: unknown, path: string): [string, number] | undefined {
  if (typeof v === 'number') return v - v !== 0 ? [path, v] : undefined;
  if (v === null || typeof v !== 'object') return undefined;
  const isList = Array.isArray(v) || ArrayBuffer.isView(v);
  for (const key of Object.keys(v)) {
    const d = Object.getOwnPropertyDescriptor(v, key);
    if (!d || d.get) continue;
    const hit = locateNonFinite(d.value, isList ? `${path}[${key}]` : `${path}.${key}`);
    if (hit) return hit;
  }
  return undefined;
}

/** Wraps every view of `target` that is built when first read so that it is checked when built. */
export function checkLazyViews<T extends object>(target: T, rootPath: string): T {
  for (const key of Object.keys(target)) {
    const d = Object.getOwnPropertyDescriptor(target, key);
    if (!d?.get) continue;
    const get = d.get;
    const set = d.set;
    Object.defineProperty(target, key, {
      enumerable: true,
      configurable: true,
      get(this: T) {
        const value: unknown = get.call(this);
        assertFinite(value, `${rootPath}.${key}`);
        return value;
      },
      ...(set ? { set(this: T, value: unknown) { set.call(this, value); } } : {}),
    });
  }
  return target;
}
