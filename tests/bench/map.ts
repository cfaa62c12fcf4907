// Map benchmark (printed, not timed by a test): 500 neighbourhood polygons of 200 vertices each.
// First draw (paths fitted once) and a redraw when the layer changes (paths kept, colours anew).
//   npx tsx tests/bench/map.ts
import { mapPaths, mapSvg } from '../../engine/map/draw';
import type { Geometry } from '../../engine/scenario/schema';

const shapes: Geometry['shapes'] = [];
for (let n = 0; n < 500; n++) {
  const cx = 150000 + (n % 25) * 1000, cy = 460000 + Math.floor(n / 25) * 1000;
  const ring: number[] = [];
  for (let i = 0; i < 199; i++) { const a = (i / 199) * 2 * Math.PI; ring.push(cx + 450 * Math.cos(a) * (1 + 0.05 * Math.sin(7 * a)), cy + 450 * Math.sin(a)); }
  ring.push(ring[0]!, ring[1]!);
  shapes.push({ neighbourhood: `N${n}`, polygons: [[ring]] });
}
const g: Geometry = { crs: 'EPSG:28992', shapes };
let t0 = performance.now();
const paths = mapPaths(g, 1200, 900);
const first = performance.now() - t0;
const times: number[] = [];
for (let k = 0; k < 10; k++) {
  const values = new Map(shapes.map((s, i) => [s.neighbourhood, (i * (k + 3)) % 17]));
  t0 = performance.now();
  mapSvg(paths, values, { width: 1200, height: 900, title: `layer ${k}` });
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
console.log(`map: 500 polygons × 200 vertices: paths ${first.toFixed(1)} ms; redraw on a layer change median ${times[5]!.toFixed(1)} ms (bar ≤ 100 ms)`);
