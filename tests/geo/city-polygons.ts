// Neighbourhood polygons for the generated city: a 10 × 10 grid of cells whose corners are moved
// a little and whose edges wobble, every edge shared exactly by the two cells on either side (as a
// real buurtkaart's are), about 200 vertices per cell. Deterministic: the same city every time.
import type { Geometry } from '../../engine/scenario/schema';
import { mulberry32 } from '../../engine/uncertainty/rng';

export const CELL = 1000;
const X0 = 150000;
const Y0 = 460000;
const PER_EDGE = 50;

/** The geometry for up to 100 neighbourhood ids, in a 10-wide grid from (X0, Y0). */
export function cityGeometry(ids: readonly string[]): Geometry {
  const side = Math.ceil(Math.sqrt(ids.length));
  const rand = mulberry32(7);
  const corners: [number, number][][] = [];
  for (let j = 0; j <= side; j++) {
    corners.push([]);
    for (let i = 0; i <= side; i++) {
      const edge = i === 0 || j === 0 || i === side || j === side;
      const jx = edge ? 0 : (rand() - 0.5) * 0.3 * CELL;
      const jy = edge ? 0 : (rand() - 0.5) * 0.3 * CELL;
      corners[j]!.push([X0 + i * CELL + jx, Y0 + j * CELL + jy]);
    }
  }
  // One wobbling line per grid edge, from its lower-left corner to the other: both cells use it.
  const edges = new Map<string, [number, number][]>();
  const line = (a: [number, number], b: [number, number], key: string): [number, number][] => {
    let pts = edges.get(key);
    if (!pts) {
      pts = [];
      const amp = key.startsWith('b') ? 0 : 40;
      for (let k = 0; k <= PER_EDGE; k++) {
        const t = k / PER_EDGE;
        const nx = -(b[1] - a[1]), ny = b[0] - a[0];
        const len = Math.hypot(nx, ny);
        const w = amp * Math.sin(Math.PI * t) * Math.sin(7 * Math.PI * t + key.length);
        pts.push([Math.round((a[0] + t * (b[0] - a[0]) + (w * nx) / len) * 10) / 10, Math.round((a[1] + t * (b[1] - a[1]) + (w * ny) / len) * 10) / 10]);
      }
      edges.set(key, pts);
    }
    return pts;
  };
  const shapes: Geometry['shapes'] = [];
  ids.forEach((id, n) => {
    const i = n % side, j = Math.floor(n / side);
    const c = (di: number, dj: number) => corners[j + dj]![i + di]!;
    // The city's outer edges stay straight (key 'b…'); inner edges wobble.
    const outer = (at: number) => at === 0 || at === side;
    const bottom = line(c(0, 0), c(1, 0), `${outer(j) ? 'b' : ''}h${i},${j}`);
    const right = line(c(1, 0), c(1, 1), `${outer(i + 1) ? 'b' : ''}v${i + 1},${j}`);
    const top = line(c(0, 1), c(1, 1), `${outer(j + 1) ? 'b' : ''}h${i},${j + 1}`);
    const left = line(c(0, 0), c(0, 1), `${outer(i) ? 'b' : ''}v${i},${j}`);
    const ring: number[] = [];
    const add = (pts: [number, number][]) => { for (let k = 0; k < pts.length - 1; k++) ring.push(pts[k]![0], pts[k]![1]); };
    add(bottom);
    add(right);
    add([...top].reverse());
    add([...left].reverse());
    ring.push(ring[0]!, ring[1]!);
    shapes.push({ neighbourhood: id, polygons: [[ring]] });
  });
  return { crs: 'EPSG:28992', note: 'schematic test polygons', shapes };
}

/** The grid's extent, for drawing points over it. */
export function cityExtent(ids: readonly string[]): { minX: number; minY: number; maxX: number; maxY: number } {
  const side = Math.ceil(Math.sqrt(ids.length));
  return { minX: X0, minY: Y0, maxX: X0 + side * CELL, maxY: Y0 + side * CELL };
}
