// The horizon and the present-value factors: a cost c (base prices) in year τ is worth
// c·(1+e)^(τ−B) / (1+r)^(τ−B+δ) at B, δ = 1 (end), 0.5 (mid) or 0 (start).
import type { Settings } from '../scenario/schema';

export interface Timeline {
  /** baseYear B. */
  base: number;
  /** Horizon length H. */
  length: number;
  /** Last horizon year B+H−1. */
  last: number;
  /** PV factor per horizon year, index τ−B. */
  factor: Float64Array;
  /** Escalation (1+e)^(τ−B) per horizon year: base prices → nominal. */
  escal: Float64Array;
  /** cumFactor[i] = Σ factor[0..i−1] (length H+1), for opex ranges in O(1). */
  cumFactor: Float64Array;
}

export const timingDelta = { end: 1, mid: 0.5, start: 0 } as const;

export function pvFactor(settings: Pick<Settings, 'discountRate' | 'escalationRate' | 'discountTiming'>, yearsFromBase: number): number {
  const d = timingDelta[settings.discountTiming];
  return Math.pow(1 + settings.escalationRate, yearsFromBase) / Math.pow(1 + settings.discountRate, yearsFromBase + d);
}

export function makeTimeline(settings: Settings): Timeline {
  const base = settings.baseYear;
  const length = settings.horizonYears;
  const factor = new Float64Array(length);
  const escal = new Float64Array(length);
  const cumFactor = new Float64Array(length + 1);
  for (let i = 0; i < length; i++) {
    factor[i] = pvFactor(settings, i);
    escal[i] = Math.pow(1 + settings.escalationRate, i);
    cumFactor[i + 1] = (cumFactor[i] as number) + (factor[i] as number);
  }
  return { base, length, last: base + length - 1, factor, escal, cumFactor };
}

/** Σ factor over the horizon years from..to (inclusive, clipped to the horizon). */
export function factorSum(tl: Timeline, from: number, to: number): number {
  const a = Math.max(from, tl.base) - tl.base;
  const b = Math.min(to, tl.last) - tl.base;
  if (b < a) return 0;
  return (tl.cumFactor[b + 1] as number) - (tl.cumFactor[a] as number);
}

export function factorAt(tl: Timeline, year: number): number {
  return tl.factor[year - tl.base] as number;
}
