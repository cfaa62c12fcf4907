// Whether a what-if slider is being dragged. Charts drop their animations while it is, so they
// follow the slider instead of lagging behind a 1.5 s tween. A tiny external store rather than a prop
// so the app does not have to wire the panel to the dashboard.
import { useSyncExternalStore } from 'react';

let dragging = false;
const listeners = new Set<() => void>();

export function setDragging(v: boolean): void {
  if (v === dragging) return;
  dragging = v;
  for (const l of listeners) l();
}

const subscribe = (l: () => void) => { listeners.add(l); return () => { listeners.delete(l); }; };

export function useDragging(): boolean {
  return useSyncExternalStore(subscribe, () => dragging, () => false);
}
