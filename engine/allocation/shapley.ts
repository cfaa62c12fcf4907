// Exact Shapley value by coalition enumeration: φ_i = Σ_{S ⊆ N∖{i}} |S|!(n−|S|−1)!/n! · (c(S∪{i}) − c(S)).
// n·2^n marginal contributions; at 12 parties that is 49,152, cheap enough to do per project.
import { popcount } from './game';

/** Shapley values from a full coalition-cost table (length 2^n, index = mask). */
export function shapleyValues(costs: ArrayLike<number>, n: number): number[] {
  // weight[s] = s!(n−s−1)!/n!, built by ratios to avoid large factorials.
  const weight = new Array<number>(n).fill(0);
  if (n > 0) {
    weight[0] = 1 / n;
    for (let s = 1; s < n; s++) weight[s] = (weight[s - 1] as number) * s / (n - s);
  }
  const phi = new Array<number>(n).fill(0);
  const full = 1 << n;
  for (let mask = 0; mask < full; mask++) {
    const w = weight[popcount(mask)] as number;
    const base = costs[mask] as number;
    for (let i = 0; i < n; i++) {
      const bit = 1 << i;
      if (mask & bit) continue;
      phi[i] = (phi[i] as number) + w * ((costs[mask | bit] as number) - base);
    }
  }
  return phi;
}
