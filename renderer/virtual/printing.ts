// While the page is printed, long tables render every row: a printed report cannot scroll, so the
// rows a virtual table leaves out on screen would be missing from paper. The browser's own print
// (Ctrl+P, window.print) announces itself with `beforeprint`, whose handler must have updated the
// DOM before it returns; a print that the app starts itself (the desktop app's PDF) says so with
// `whilePrinting`.
import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

let printing = false;
const listeners = new Set<() => void>();

function set(on: boolean): void {
  if (printing === on) return;
  printing = on;
  for (const f of listeners) f();
}

function subscribe(f: () => void): () => void {
  listeners.add(f);
  return () => void listeners.delete(f);
}

if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => flushSync(() => set(true)));
  window.addEventListener('afterprint', () => set(false));
}

/** True while the page is being printed. */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, () => printing, () => false);
}

/** Runs a print with every row of every long table rendered, and the screen's window after it. */
export async function whilePrinting<T>(print: () => Promise<T>): Promise<T> {
  flushSync(() => set(true));
  // One frame, so the full tables are laid out before the snapshot.
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  try {
    return await print();
  } finally {
    set(false);
  }
}
