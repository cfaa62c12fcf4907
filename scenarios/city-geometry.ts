// Schematic outlines for the synthetic city: a grid of cells about 600 m wide whose corner points
// and edge midpoints are jittered, so neighbourhoods look irregular yet still share their borders
// exactly (each corner and each edge is drawn once and used by both neighbours). RD New metres,
// centred on Utrecht. Seeded apart from the works, so adding outlines left every work unchanged.
import type { Geometry } from '../engine/scenario/schema';
import { mulberry32 } from '../engine/uncertainty/rng';

const cell = 600;
const origin: [number, number] = [130_000, 450_000];

export const cityNote = 'Schematische buurtgrenzen: een verschoven raster ter illustratie, geen echte kaart.';

export function cityGeometry(ids: readonly string[], seed: number): Geometry {
  const rand = mulberry32((seed ^ 0x5bd1e995) >>> 0);
  const cols = Math.max(1, Math.ceil(Math.sqrt(ids.length)));
  const rows = Math.max(1, Math.ceil(ids.length / cols));
  const jitter = (amount: number) => (rand() - 0.5) * 2 * amount;
  // Corners (cols+1) × (rows+1), jittered by up to a fifth of a cell.
  const corner: [number, number][][] = [];
  for (let r = 0; r <= rows; r++) {
    corner.push([]);
    for (let c = 0; c <= cols; c++) corner[r]!.push([origin[0] + c * cell + jitter(cell / 5), origin[1] + r * cell + jitter(cell / 5)]);
  }
  // One bent midpoint per edge: horizontal edges h[r][c] (corner r,c → r,c+1), vertical v[r][c] (r,c → r+1,c).
  const mid = (a: [number, number], b: [number, number]): [number, number] =>
    [(a[0] + b[0]) / 2 + jitter(cell / 8), (a[1] + b[1]) / 2 + jitter(cell / 8)];
  const h = corner.map((line, r) => line.slice(0, cols).map((a, c) => mid(a, corner[r]![c + 1]!)));
  const v = corner.slice(0, rows).map((line, r) => line.map((a, c) => mid(a, corner[r + 1]![c]!)));
  const shapes: Geometry['shapes'] = ids.map((id, i) => {
    const r = Math.floor(i / cols), c = i % cols;
    const pts = [corner[r]![c]!, h[r]![c]!, corner[r]![c + 1]!, v[r]![c + 1]!, corner[r + 1]![c + 1]!, h[r + 1]![c]!, corner[r + 1]![c]!, v[r]![c]!];
    const ring: number[] = [];
    for (const [x, y] of [...pts, pts[0]!]) ring.push(Math.round(x), Math.round(y));
    return { neighbourhood: id, polygons: [[ring]] };
  });
  return { crs: 'EPSG:28992', note: cityNote, shapes };
}
