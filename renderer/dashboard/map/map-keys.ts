// Keyboard movement between neighbourhoods on the map. Left and Right walk a reading order (rows
// top to bottom, each left to right), which reaches every neighbourhood; Up and Down jump to the
// nearest neighbourhood above or below; Home and End to the first and last of the reading order.
type Centre = readonly [number, number];

export const mapKeys = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

/** Ids in reading order: centres put in rows about half a neighbourhood high, then by x. */
export function readingOrder(centres: ReadonlyMap<string, Centre>, height: number): string[] {
  const band = Math.max(1, height / (2 * Math.sqrt(Math.max(1, centres.size))));
  return [...centres.entries()]
    .sort(([a, p], [b, q]) => Math.floor(p[1] / band) - Math.floor(q[1] / band) || p[0] - q[0] || (a < b ? -1 : a > b ? 1 : 0))
    .map(([id]) => id);
}

/** Where a key moves the focus from `from`; undefined when it stays. */
export function areaAfterKey(order: readonly string[], centres: ReadonlyMap<string, Centre>, from: string, key: string): string | undefined {
  const i = order.indexOf(from);
  if (key === 'Home') return order[0];
  if (key === 'End') return order[order.length - 1];
  if (key === 'ArrowRight') return order[Math.min(order.length - 1, i + 1)];
  if (key === 'ArrowLeft') return order[Math.max(0, i - 1)];
  const at = centres.get(from);
  if (!at) return undefined;
  const down = key === 'ArrowDown';
  let best: string | undefined;
  let bestD = Infinity;
  for (const [id, [x, y]] of centres) {
    const dy = down ? y - at[1] : at[1] - y;
    const dx = Math.abs(x - at[0]);
    if (id === from || dy <= 1 || dx > dy * 2) continue;
    const d = dy * dy + 4 * dx * dx;
    if (d < bestD) { bestD = d; best = id; }
  }
  return best;
}
