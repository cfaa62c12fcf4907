// Summary statistics of a sample: PERCENTILE.INC percentiles, mean, a histogram.

/** Percentile of SORTED values, p ∈ [0, 1], as a spreadsheet's PERCENTILE.INC: rank p·(n−1),
 *  linear interpolation between the two order statistics around it. */
export function percentileInc(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const rank = p * (n - 1);
  const lo = Math.floor(rank);
  const hi = Math.min(n - 1, lo + 1);
  const a = sorted[lo] as number;
  return a + (rank - lo) * ((sorted[hi] as number) - a);
}

export function mean(xs: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i] as number;
  return xs.length ? s / xs.length : Number.NaN;
}

export interface HistogramBin {
  from: number;
  to: number;
  count: number;
}

/** `bins` equal-width bins from the minimum to the maximum; the last bin includes the maximum. */
export function histogram(sorted: ArrayLike<number>, bins = 20): HistogramBin[] {
  const n = sorted.length;
  if (n === 0) return [];
  const min = sorted[0] as number;
  const max = sorted[n - 1] as number;
  if (max === min) return [{ from: min, to: max, count: n }];
  const width = (max - min) / bins;
  const out: HistogramBin[] = Array.from({ length: bins }, (_, i) => ({
    from: min + i * width, to: i === bins - 1 ? max : min + (i + 1) * width, count: 0,
  }));
  for (let i = 0; i < n; i++) {
    const b = Math.min(bins - 1, Math.floor(((sorted[i] as number) - min) / width));
    out[b]!.count++;
  }
  return out;
}
