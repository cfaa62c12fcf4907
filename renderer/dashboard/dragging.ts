// Whether a what-if slider is moving (dragged, or stepped with the arrow keys). Charts drop their
// animations while it is, so they follow the slider instead of queueing 1.5 s tweens that each
// re-render hundreds of bars per frame. A tiny external store rather than a prop so the app does
// not have to wire the panel to the dashboard.
import { useSyncExternalStore } from 'react';

let dragging = false;
let pointerDown = false;
let quietTimer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();
/** How long after the last change a slider counts as still moving (keyboard repeat, fine steps). */
const QUIET_MS = 700;

function set(v: boolean): void {
  if (v === dragging) return;
  dragging = v;
  for (const l of listeners) l();
}

/** After a pointer lets go, only the change event that may follow the release is waited for. */
const RELEASE_MS = 120;

/** A pointer went down on (true) or up from (false) a slider. */
export function setDragging(v: boolean): void {
  pointerDown = v;
  if (v) set(true);
  else quietFor(RELEASE_MS);
}

/** A slider value changed: moving until QUIET_MS pass without another change. */
export function noteSliderMoved(): void {
  quietFor(QUIET_MS);
}

function quietFor(ms: number): void {
  set(true);
  if (quietTimer) clearTimeout(quietTimer);
  quietTimer = setTimeout(() => { if (!pointerDown) set(false); }, ms);
}

const subscribe = (l: () => void) => { listeners.add(l); return () => { listeners.delete(l); }; };

export function useDragging(): boolean {
  return useSyncExternalStore(subscribe, () => dragging, () => false);
}

/** For stores outside React (the compute store holds a plan while a slider moves). */
export const isDragging = (): boolean => dragging;
export const subscribeDragging = subscribe;
