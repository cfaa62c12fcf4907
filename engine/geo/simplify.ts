// Douglas–Peucker simplification of one closed ring (flat [x0, y0, x1, y1, …], RD metres), without
// recursion so that a ring of a million points cannot overflow the stack. A map of neighbourhoods
// needs no detail below a metre; what a ring keeps is rounded to decimetres, the stored precision.

/** Rounds to decimetres (the stored precision). */
export const toStored = (v: number): number => Math.round(v * 10) / 10 + 0;

export function simplifyRing(ring: readonly number[], tolerance: number): number[] {
  const n = ring.length / 2;
  if (n <= 4) return ring.map(toStored);
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  // A closed ring's first and last points coincide: split at the point farthest from the first.
  let far = 0;
  let best = -1;
  for (let i = 1; i < n - 1; i++) {
    const d = (ring[2 * i]! - ring[0]!) ** 2 + (ring[2 * i + 1]! - ring[1]!) ** 2;
    if (d > best) { best = d; far = i; }
  }
  keep[far] = 1;
  const stack: number[] = [0, far, far, n - 1];
  const tol2 = tolerance * tolerance;
  while (stack.length) {
    const b = stack.pop()!;
    const a = stack.pop()!;
    const ax = ring[2 * a]!, ay = ring[2 * a + 1]!, bx = ring[2 * b]!, by = ring[2 * b + 1]!;
    const dx = bx - ax, dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let index = -1;
    let max = tol2;
    for (let i = a + 1; i < b; i++) {
      const px = ring[2 * i]! - ax, py = ring[2 * i + 1]! - ay;
      const t = len2 > 0 ? Math.max(0, Math.min(1, (px * dx + py * dy) / len2)) : 0;
      const d = (px - t * dx) ** 2 + (py - t * dy) ** 2;
      if (d > max) { max = d; index = i; }
    }
    if (index >= 0) {
      keep[index] = 1;
      stack.push(a, index, index, b);
    }
  }
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (keep[i]) out.push(toStored(ring[2 * i]!), toStored(ring[2 * i + 1]!));
  return out;
}
