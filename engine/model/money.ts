// Rounding money exactly as MODEL.md "Time and money" says: to 6 decimals first (absorbs float
// noise), then to cents half away from zero; splits are corrected to the rounded whole one cent at a
// time (largest remainder in the needed direction, ties in the given order = Parties-sheet order).
// Works in integer cents so savings (differences of rounded figures) add up exactly.

const maxSafeMicro = Number.MAX_SAFE_INTEGER;

/** Euros → integer cents (6 decimals, then half away from zero). */
export function toCents(euro: number): number {
  const abs = Math.abs(euro);
  const micro = Math.round(abs * 1e6);
  // Above ~9e9 euros micro-euros exceed 2^53: six decimals mean nothing there, round cents directly.
  const cents = micro <= maxSafeMicro ? Math.floor((micro + 5000) / 10000) : Math.round(abs * 100);
  return euro < 0 && cents !== 0 ? -cents : cents;
}

/**
 * A quantity that is not money (hours, days) rounded the way money is: to 6 decimals first, which
 * absorbs float noise (300 × (1 − 0.3 × 0.95²) is 218.77499999999998 in floating point, 218.775 in
 * fact), then to `decimals` half away from zero. −0 comes out as 0.
 */
export function roundQuantity(v: number, decimals: number): number {
  if (!Number.isFinite(v)) return v;
  const abs = Math.abs(v);
  const micro = Math.round(abs * 1e6);
  const step = 10 ** (6 - decimals);
  const scaled = micro <= maxSafeMicro ? Math.floor((micro + step / 2) / step) : Math.round(abs * 10 ** decimals);
  const r = scaled / 10 ** decimals;
  return v < 0 && r !== 0 ? -r : r;
}

/** Euros rounded to cents, as a number of euros. */
export function roundMoney(euro: number): number {
  return toCents(euro) / 100;
}

/** Integer cents → euros. */
export function fromCents(cents: number): number {
  return cents / 100;
}

/**
 * Splits `totalCents` into parts close to `exact` (euros), summing exactly to `totalCents`: each
 * part rounded like any amount, then one cent at a time to the part whose rounding error in the
 * needed direction is largest (ties: earlier index).
 */
export function splitExact(totalCents: number, exact: readonly number[]): number[] {
  const parts = exact.map(toCents);
  let diff = totalCents - parts.reduce((a, b) => a + b, 0);
  const n = parts.length;
  // A non-finite total or part has no exact split: left as it is (compute's finite-figures check
  // reports it); correcting it cent by cent would never end.
  if (diff === 0 || n === 0 || !Number.isFinite(diff)) return parts;
  // Errors quantised to a millionth of a cent so float noise cannot break a tie in party order.
  const err = exact.map((x, i) => Math.round((x * 100 - (parts[i] as number)) * 1e6) / 1e6);
  const step = diff > 0 ? 1 : -1;
  const order = err.map((_, i) => i).sort((a, b) => {
    const d = step > 0 ? (err[b] as number) - (err[a] as number) : (err[a] as number) - (err[b] as number);
    return d !== 0 ? d : a - b;
  });
  // The cent-at-a-time round robin, done in one pass: every part takes the whole rounds, the
  // first `rest` in order one cent more. Bounded by the number of parts whatever the difference
  // (beyond 2^53 cents a difference of one cent is not even representable).
  const whole = Math.trunc(Math.abs(diff) / n);
  if (whole > 0) {
    for (let i = 0; i < n; i++) parts[i] = (parts[i] as number) + step * whole;
    diff -= step * whole * n;
  }
  const rest = Math.min(n, Math.abs(diff));
  for (let k = 0; k < rest; k++) {
    const i = order[k] as number;
    parts[i] = (parts[i] as number) + step;
  }
  return parts;
}

/**
 * Pro rata split of `totalCents` by `weights` (values or weights: only proportions count); a zero
 * weight total splits equally (MODEL.md: pro rata over a zero total is equal).
 */
export function splitCents(totalCents: number, weights: readonly number[]): number[] {
  const n = weights.length;
  if (n === 0) return [];
  const sum = weights.reduce((a, b) => a + b, 0);
  const total = totalCents / 100;
  const exact = Math.abs(sum) > 1e-12 ? weights.map((w) => (total * w) / sum) : weights.map(() => total / n);
  return splitExact(totalCents, exact);
}
