// Rounding a split to the cent (MODEL.md "Time and money"): each part is rounded like any amount
// (6 decimals to absorb float noise, then cents half away from zero) and the sum is corrected to the
// rounded whole one cent at a time, taking the parts with the largest rounding error in the needed
// direction first, ties in party order.

/** Euros → integer cents: 6 decimals first, then half away from zero. */
export function toCents(euro: number): number {
  const micro = Math.round(Math.abs(euro) * 1e6); // integer micro-euros: float noise gone
  const cents = Math.floor((micro + 5000) / 10000); // half away from zero, in integers
  return euro < 0 ? -cents : cents;
}

/** Splits `totalCents` into parts close to `exact` (euros), summing exactly to `totalCents`. */
export function splitExact(totalCents: number, exact: readonly number[]): number[] {
  const parts = exact.map(toCents);
  let diff = totalCents - parts.reduce((a, b) => a + b, 0);
  if (diff === 0 || parts.length === 0) return parts;
  // error > 0: the part was rounded down (it deserves more).
  // Errors quantised to a millionth of a cent so float noise cannot break a tie in party order.
  const err = exact.map((x, i) => Math.round((x * 100 - (parts[i] as number)) * 1e6) / 1e6);
  const order = err.map((_, i) => i).sort((a, b) => {
    const d = diff > 0 ? (err[b] as number) - (err[a] as number) : (err[a] as number) - (err[b] as number);
    return d !== 0 ? d : a - b;
  });
  const step = diff > 0 ? 1 : -1;
  for (let k = 0; diff !== 0; k = (k + 1) % order.length) {
    const i = order[k] as number;
    parts[i] = (parts[i] as number) + step;
    diff -= step;
  }
  return parts;
}

/** Pro rata split of `totalCents` by weights; a zero (or non-positive) weight total splits equally. */
export function splitByWeights(totalCents: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const n = weights.length;
  const total = totalCents / 100;
  const exact = sum > 0 ? weights.map((w) => (total * w) / sum) : weights.map(() => total / n);
  return splitExact(totalCents, exact);
}
