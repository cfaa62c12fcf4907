// The balancing offer (verevening): side payments so every party ends with its share of the total
// saving by a key — pro rata to separate cost, equal, or Shapley. Transfers add up to zero to the
// cent; with a total saving ≥ 0 every party's balanced saving is ≥ 0 under every key.
import { shapleyValues } from '../allocation/shapley';
import { splitCents, splitExact } from '../model/money';
import type { ComputeResult } from '../model/result';
import type { Scenario } from '../scenario/schema';
import { savingsGame } from './game';

import type { BalancingKey } from './keys';

export { balancingKeys, type BalancingKey } from './keys';

export interface BalancingParty {
  party: string;
  separatePV: number;
  integratedPV: number;
  /** separate − integrated, before balancing. */
  saving: number;
  /** Received (+) or paid (−) to balance; integratedPV − transfer is the balanced PV. */
  transfer: number;
  /** saving + transfer: this party's share of the total saving by the key. */
  balancedSaving: number;
}

export interface BalancingResult {
  key: BalancingKey;
  totalSaving: number;
  parties: BalancingParty[];
  /** Shapley only: the players (parties with works, funders, citizen-task parties) and whether the
   *  non-negativity guard moved any value. */
  players?: string[];
  guarded?: boolean;
}

const c = (v: number) => Math.round(v * 100);

/** `scenario` is needed by the Shapley key only (its coalitions are computed from it). */
export function balancing(result: ComputeResult, key: BalancingKey, scenario?: Scenario): BalancingResult {
  const parties = result.parties;
  const total = parties.reduce((a, p) => a + c(p.saving), 0);
  let shares: number[];
  let extra: Pick<BalancingResult, 'players' | 'guarded'> = {};
  if (key === 'shapley') {
    if (scenario === undefined) throw new Error('balancing: the Shapley key needs the scenario');
    const game = savingsGame(scenario, result);
    const n = game.players.length;
    const table = new Float64Array(1 << n);
    for (let m = 1; m < table.length; m++) table[m] = game.value(m);
    const phi = shapleyValues(table, n);
    const guardedPhi = guard(total, phi);
    const at = new Map(game.players.map((p, i) => [p, guardedPhi[i] as number]));
    shares = splitExact(total, parties.map((p) => (at.get(p.id) ?? 0) / 100));
    extra = { players: game.players, guarded: guardedPhi !== phi };
  } else {
    const active = parties.map((p) => p.ownsWorks || c(p.pv.separate) !== 0 || c(p.pv.integrated) !== 0);
    const weights = key === 'equal'
      ? active.map((a) => (a ? 1 : 0))
      : parties.map((p, i) => (active[i] ? Math.max(0, p.pv.separate) : 0));
    // No weight at all (nobody has a positive separate cost): equal over the active parties.
    const w = weights.some((x) => x > 0) ? weights : active.map((a) => (a ? 1 : 0));
    shares = splitCents(total, w.some((x) => x > 0) ? w : parties.map(() => 1));
  }
  return {
    key,
    totalSaving: total / 100,
    parties: parties.map((p, i) => ({
      party: p.id, separatePV: p.pv.separate, integratedPV: p.pv.integrated, saving: p.saving,
      transfer: ((shares[i] as number) - c(p.saving)) / 100,
      balancedSaving: (shares[i] as number) / 100,
    })),
    ...extra,
  };
}

/** Shapley need not be individually rational. With a total saving ≥ 0 a negative value is raised
 *  to 0 and the positive ones lowered pro rata to pay for it (same array when nothing moves). */
export function guard(totalCents: number, phi: number[]): number[] {
  if (totalCents < 0 || phi.every((v) => v >= -0.5)) return phi;
  const deficit = phi.reduce((a, v) => (v < 0 ? a - v : a), 0);
  const positive = phi.reduce((a, v) => (v > 0 ? a + v : a), 0);
  return phi.map((v) => (v <= 0 ? 0 : v - (deficit * v) / positive));
}
