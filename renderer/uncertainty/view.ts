// Chart data from an analysis result: pure functions, so the charts' numbers are testable without
// a browser.
import { formatEuro, t, type Lang } from '../../engine/i18n';
import type { BreakEvenResult } from '../../engine/uncertainty/breakeven';
import { inputKey } from '../../engine/uncertainty/inputs';
import { inputLabel, inputValue, type InputNames } from '../../engine/uncertainty/labels';
import type { MonteCarloResult } from '../../engine/uncertainty/montecarlo';
import type { TornadoResult } from '../../engine/uncertainty/tornado';

export interface TornadoRow {
  key: string;
  label: string;
  /** Floating bars from the base saving to the saving at low / at high. */
  low: [number, number];
  high: [number, number];
  atLow: number;
  atHigh: number;
  swing: number;
}

/** The `limit` widest bars (the rest are in the table). */
export function tornadoRows(t: TornadoResult, lang: Lang, limit = 15, names?: InputNames): TornadoRow[] {
  const span = (a: number, b: number): [number, number] => [Math.min(a, b), Math.max(a, b)];
  return t.bars.slice(0, limit).map((b) => ({
    key: `${b.input.kind}:${b.input.id}`,
    label: inputLabel(lang, b.input, names),
    low: span(t.base, b.atLow),
    high: span(t.base, b.atHigh),
    atLow: b.atLow,
    atHigh: b.atHigh,
    swing: b.swing,
  }));
}

export interface HistogramRow {
  mid: number;
  from: number;
  to: number;
  count: number;
  /** The bin lies below zero: drawn in the loss colour. */
  negative: boolean;
}

export function histogramRows(r: MonteCarloResult): HistogramRow[] {
  return r.histogram.map((b) => ({ mid: (b.from + b.to) / 2, from: b.from, to: b.to, count: b.count, negative: b.to <= 0 }));
}

export interface BreakEvenRow {
  key: string;
  label: string;
  found: boolean;
  /** The value at which the saving is zero, or "none in [low, high]", in the user's language. */
  answer: string;
  low: string;
  high: string;
  /** The saving with the input at its low and at its high end (rounded euros). */
  atLow: string;
  atHigh: string;
}

/** The break-even table of the panel: one row per analysed input, in the order they were asked. */
export function breakEvenRows(results: readonly BreakEvenResult[], lang: Lang, names?: InputNames): BreakEvenRow[] {
  return results.map((b) => {
    const low = inputValue(lang, b.input, b.input.low);
    const high = inputValue(lang, b.input, b.input.high);
    return {
      key: inputKey(b.input),
      label: inputLabel(lang, b.input, names),
      found: b.found,
      answer: b.found ? inputValue(lang, b.input, b.value) : t(lang, 'unc.be.noneIn', { low, high }),
      low,
      high,
      atLow: formatEuro(lang, b.atLow, 0),
      atHigh: formatEuro(lang, b.atHigh, 0),
    };
  });
}
