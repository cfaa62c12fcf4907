// Whether a result's details are on the page: a big result comes from the worker in two messages,
// its head (what the first screen shows) and then its rest (the steps' project and work lists and
// the views the lower sections read). A tiny external store, so the dashboard can wait for the
// rest without the app passing it down; a result computed on the page is whole from the start.
import { useSyncExternalStore } from 'react';

const following = new WeakSet<object>();
const waiting = new WeakMap<object, (() => void)[]>();
const listeners = new Set<() => void>();

/** `result` came without its rest. */
export function markFollowing(result: object): void {
  following.add(result);
}

/** The rest of `result` is in place. */
export function markCame(result: object): void {
  if (!following.delete(result)) return;
  release(result);
  for (const l of [...listeners]) l();
}

/** The rest of `result` will not come (a newer job replaced it): whoever waits for it reads it
 *  now, and what it reads is computed on the page. */
export function markDropped(result: object): void {
  release(result);
}

function release(result: object): void {
  for (const f of waiting.get(result) ?? []) f();
  waiting.delete(result);
}

export function detailsCame(result: object): boolean {
  return !following.has(result);
}

/** Resolves once the rest of `result` is in place (at once for a whole result), or will not come. */
export function whenDetailsCame(result: object): Promise<void> {
  if (detailsCame(result)) return Promise.resolve();
  return new Promise((resolve) => {
    const list = waiting.get(result) ?? [];
    list.push(resolve);
    waiting.set(result, list);
  });
}

const subscribe = (l: () => void) => { listeners.add(l); return () => { listeners.delete(l); }; };

export function useDetailsCame(result: object | null): boolean {
  return useSyncExternalStore(subscribe, () => result === null || detailsCame(result), () => true);
}
