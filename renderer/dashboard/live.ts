// What the headline shows while a what-if's plan is held (renderer/app/compute/held.ts computes
// it): a tiny external store, so the app need not pass it down through the dashboard.
import { useSyncExternalStore } from 'react';
import type { ComputeResult } from '../../engine/model/result';
import type { StepCents } from '../../engine/uncertainty/saving';

export type HeldView =
  /** `source`: the result on screen whose plan is held; `cents`: the four steps for the moved amounts. */
  | { kind: 'held'; source: ComputeResult; cents: StepCents }
  /** The plan of `source` is held, but the evaluator's data has not come from the worker yet: the
   *  moved amounts' figures follow in a moment. */
  | { kind: 'waiting'; source: ComputeResult }
  /** The re-planned result arrived: how many projects changed, and the saving against the held one (€). */
  | { kind: 'replanned'; result: ComputeResult; changed: number; savingDiff: { financial: number; societal: number } };

let view: HeldView | null = null;
const listeners = new Set<() => void>();
export function publishHeld(v: HeldView | null): void {
  view = v;
  for (const l of [...listeners]) l();
}
const subscribe = (l: () => void) => { listeners.add(l); return () => { listeners.delete(l); }; };
export function useHeldView(): HeldView | null {
  return useSyncExternalStore(subscribe, () => view, () => null);
}
export function heldView(): HeldView | null {
  return view;
}

