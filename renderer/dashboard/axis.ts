// A value axis with round ticks, held while a what-if slider moves: bars then visibly grow or
// shrink against a fixed scale, and the axis fits the data again once the slider is let go.
import { useRef } from 'react';

export interface Axis { domain: [number, number]; ticks: number[] }

/** About four round steps (1, 2, 2.5 or 5 × 10ⁿ) from the lowest to the highest value, 0 included. */
export function roundAxis(low: number, high: number): Axis {
  const lo = Math.min(0, low);
  const hi = Math.max(0, high);
  if (hi - lo <= 0) return { domain: [0, 1], ticks: [0, 1] };
  const raw = (hi - lo) / 4;
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * p >= raw) ?? 10) * p;
  const from = Math.floor(lo / step) * step;
  const to = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let v = from; v <= to + step / 2; v += step) ticks.push(Math.round(v * 100) / 100);
  return { domain: [from, to], ticks };
}

/** The axis of the data, or while `hold` the one shown when holding began (widened only when the
 *  data would leave it, so no bar is cut off). */
export function useHeldAxis(low: number, high: number, hold: boolean): Axis {
  const fitted = roundAxis(low, high);
  const held = useRef(fitted);
  if (!hold) held.current = fitted;
  else if (low < held.current.domain[0] || high > held.current.domain[1]) {
    held.current = roundAxis(Math.min(low, held.current.domain[0]), Math.max(high, held.current.domain[1]));
  }
  return held.current;
}
