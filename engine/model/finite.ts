// The finite-figures invariant: no figure of a result is NaN or ±Infinity. The read limits
// (../scenario/limits) keep every input small enough that this cannot happen; the check is here so
// that if it ever does, the program says so instead of showing "NaN" or "∞" as a business case.

/** A fault of the engine, not of the input: a figure came out NaN or infinite. */
export class NonFiniteFigure extends Error {
  constructor(readonly path: string, readonly value: number) {
    super(`internal error: the figure ${path} is ${value}`);
    this.name = 'NonFiniteFigure';
  }
}

/** Walks plain data (objects, arrays, typed arrays) and throws at the first non-finite number.
 *  Accessor properties (views built when first read, ./lazy) are skipped: they are checked when
 *  built (see `checkLazyViews`). An explicit stack: a result is wide, not deep, and recursion per
 *  value costs more than the loop. */
export function assertFinite(root: unknown, rootPath: string): void {
  const stack: unknown[] = [root];
  const paths: string[] = [rootPath];
  while (stack.length > 0) {
    const v = stack.pop();
    const path = paths.pop() as string;
    if (typeof v === 'number') {
      if (v - v !== 0) throw new NonFiniteFigure(path, v);
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (ArrayBuffer.isView(v)) {
      const a = v as unknown as ArrayLike<number>;
      for (let i = 0; i < a.length; i++) if (typeof a[i] === 'number' && a[i]! - a[i]! !== 0) throw new NonFiniteFigure(`${path}[${i}]`, a[i]!);
      continue;
    }
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x = v[i];
        if (typeof x === 'number') {
          if (x - x !== 0) throw new NonFiniteFigure(`${path}[${i}]`, x);
        } else if (x !== null && typeof x === 'object') {
          stack.push(x);
          paths.push(`${path}[${i}]`);
        }
      }
      continue;
    }
    for (const key in v) {
      const d = Object.getOwnPropertyDescriptor(v, key);
      if (!d || d.get) continue;
      const x = d.value;
      if (typeof x === 'number') {
        if (x - x !== 0) throw new NonFiniteFigure(`${path}.${key}`, x);
      } else if (x !== null && typeof x === 'object') {
        stack.push(x);
        paths.push(`${path}.${key}`);
      }
    }
  }
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
