// A property computed when first read, then kept as a plain data property. Enumerable, so
// JSON.stringify, structuredClone (postMessage) and spreading see it like any other property: a
// caller that reads everything gets everything, one that reads a step total does not pay for the
// views it never opens.
export function defineLazy<T extends object, K extends keyof T>(target: T, key: K, build: () => T[K]): void {
  const settle = (self: T, value: T[K]): void => {
    Object.defineProperty(self, key, { value, enumerable: true, writable: true, configurable: true });
  };
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get(this: T) {
      const value = build();
      settle(this, value);
      return value;
    },
    set(this: T, value: T[K]) {
      settle(this, value);
    },
  });
}
