// The balancing offer the proposal prints, by the key chosen. Pro rata and equal are arithmetic on
// the result; the Shapley key runs in a worker (./shapley-worker), once per scenario, and is
// refused up front when its coalitions would take the workbench minutes (a city of 50,000 works).
import { useEffect, useState } from 'react';
import { maxGameParties } from '../../../../engine/allocation/game';
import { balancing, type BalancingKey, type BalancingResult } from '../../../../engine/balancing/balance';
import { savingsGame } from '../../../../engine/balancing/game';
import type { ComputeResult } from '../../../../engine/model/result';
import type { Scenario } from '../../../../engine/scenario/schema';

export interface ShapleyJob { id: number; scenario: Scenario; computedAt: string }
export type ShapleyAnswer = { id: number; ok: true; offer: BalancingResult } | { id: number; ok: false; message: string };

export type OfferState =
  | { kind: 'ready'; offer: BalancingResult }
  | { kind: 'busy' }
  /** A message key of the catalogues with its parameters. */
  | { kind: 'refused'; key: string; params: Record<string, string | number> };

/** Works × coalitions above which the Shapley key is refused: the example (63 works, 254
 *  coalitions, about 16,000) takes 5–10 s in the worker, so this is about a minute at most. */
export const shapleyBudget = 100_000;

/** Why the Shapley key cannot be had here, or null when it can. */
export function shapleyRefusal(result: ComputeResult, scenario: Scenario | undefined): OfferState | null {
  if (!scenario) return { kind: 'refused', key: 'print.noScenario', params: {} };
  const players = savingsGame(scenario, result).players.length;
  if (players > maxGameParties) return { kind: 'refused', key: 'balancing.tooManyParties', params: { parties: players, max: maxGameParties } };
  const coalitions = 2 ** players - 2;
  if (scenario.works.length * coalitions > shapleyBudget) {
    return { kind: 'refused', key: 'print.tooHeavy', params: { n: coalitions, works: scenario.works.length } };
  }
  return null;
}

const done = new WeakMap<ComputeResult, BalancingResult>();
let nextId = 1;

export function useOffer(result: ComputeResult, scenario: Scenario | undefined, key: BalancingKey): OfferState {
  const [shapley, setShapley] = useState<OfferState>(() => {
    const known = done.get(result);
    return known ? { kind: 'ready', offer: known } : { kind: 'busy' };
  });
  useEffect(() => {
    if (key !== 'shapley') return;
    const known = done.get(result);
    if (known) return setShapley({ kind: 'ready', offer: known });
    const refused = shapleyRefusal(result, scenario);
    if (refused) return setShapley(refused);
    setShapley({ kind: 'busy' });
    const worker = new Worker(new URL('./shapley-worker.ts', import.meta.url), { type: 'module', name: 'koppelkans-shapley' });
    const id = nextId++;
    worker.onmessage = (e: MessageEvent<ShapleyAnswer>) => {
      if (e.data.id !== id) return;
      worker.terminate();
      if (e.data.ok) {
        done.set(result, e.data.offer);
        setShapley({ kind: 'ready', offer: e.data.offer });
      } else setShapley({ kind: 'refused', key: 'print.failed', params: { detail: e.data.message } });
    };
    worker.postMessage({ id, scenario: scenario!, computedAt: result.meta.computedAt } satisfies ShapleyJob);
    return () => worker.terminate();
  }, [key, result, scenario]);
  if (key === 'shapley') return shapley;
  return { kind: 'ready', offer: balancing(result, key) };
}
