// A small seeded generator and the triangular draw. Written out here (not Math.random) so the
// same seed gives bit-identical numbers in Node, in the browser worker and in the CLI: mulberry32
// uses only 32-bit integer arithmetic (Math.imul, >>>), which every JavaScript engine does alike.

/** Uniform numbers in [0, 1) from a 32-bit seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed typed by a user: an integer is taken modulo 2^32; anything else is an error upstream. */
export function normaliseSeed(seed: number): number {
  return ((Math.trunc(seed) % 4294967296) + 4294967296) % 4294967296;
}

/**
 * Inverse CDF of the triangular distribution (low, mode, high) at u ∈ [0, 1). Inversion rather than
 * rejection: one uniform per draw, so the draw sequence never depends on the values.
 */
export function triangular(u: number, low: number, mode: number, high: number): number {
  const width = high - low;
  if (width <= 0) return mode;
  const fc = (mode - low) / width;
  if (u < fc) return low + Math.sqrt(u * width * (mode - low));
  return high - Math.sqrt((1 - u) * width * (high - mode));
}

/** The analytic quantile (tests compare the sampled percentiles with it). */
export const triangularQuantile = triangular;
