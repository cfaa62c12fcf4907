// Point location benchmark (printed, not timed by a test): 50,000 planning points against the
// generated city's 100 neighbourhood polygons (about 200 vertices each), first the bare
// point-in-polygon lookups, then a whole 50,000-row planning CSV assigned by its x/y columns.
//   npm run bench:planning (after the planning import figure), or npx tsx tests/bench/points.ts
import { pointLocator } from '../../engine/geo/contains';
import { importPlanning, proposeMapping, readPlanningSource } from '../../engine/planning';
import { generateCity } from '../../scenarios/generate-city';
import { cityExtent, cityGeometry } from '../geo/city-polygons';
import { median, time } from './timing';

const POINTS = 50_000;
const city = generateCity();
const ids = city.neighbourhoods.map((n) => n.id);
const geometry = cityGeometry(ids);
const scenario = { ...city, geometry };
const { minX, minY, maxX, maxY } = cityExtent(ids);
const xs = new Float64Array(POINTS);
const ys = new Float64Array(POINTS);
for (let i = 0; i < POINTS; i++) {
  // A fixed spread over the city (golden-ratio sequence), 1 % of them outside it.
  xs[i] = minX - 50 + ((i * 0.6180339887) % 1) * (maxX - minX + 100);
  ys[i] = minY - 50 + ((i * 0.7548776662) % 1) * (maxY - minY + 100);
}

const lookups = Array.from({ length: 7 }, () => time(() => {
  const at = pointLocator(geometry, ids);
  let found = 0;
  for (let i = 0; i < POINTS; i++) if (at(xs[i]!, ys[i]!) !== undefined) found++;
  return found;
}));
const vertices = geometry.shapes.reduce((n, s) => n + s.polygons[0]![0]!.length / 2, 0);
console.log(`point in polygon: ${POINTS.toLocaleString('en')} points against ${ids.length} polygons (${vertices} vertices):`
  + ` median ${median(lookups.map((s) => s.ms)).toFixed(1)} ms wall, ${median(lookups.map((s) => s.cpuMs)).toFixed(1)} ms CPU;`
  + ` ${lookups[0]!.value} inside a neighbourhood`);

const dutch = (v: number) => v.toFixed(2).replace('.', ',');
const lines = ['Objectcode;X;Y;Vervangingsjaar;Lengte (m);Levensduur'];
for (let i = 0; i < POINTS; i++) lines.push(`P-${i};${dutch(xs[i]!)};${dutch(ys[i]!)};${2027 + (i % 30)};${(i % 97) + 1};60`);
const bytes = new TextEncoder().encode(lines.join('\r\n'));
const party = city.parties[0]!.id;
const imports = Array.from({ length: 3 }, () => time(() => {
  const read = readPlanningSource(bytes, 'punten.csv');
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return importPlanning(read.source, proposeMapping(read.source, { unitCost: 100 })!, party, scenario);
}));
const last = imports[imports.length - 1]!.value;
console.log(`import a ${POINTS.toLocaleString('en')}-row planning CSV by x/y on the city: median ${median(imports.map((s) => s.ms)).toFixed(0)} ms wall,`
  + ` ${median(imports.map((s) => s.cpuMs)).toFixed(0)} ms CPU; ${last.works.length} works placed, ${last.problems.filter((p) => p.code === 'planning.point.outside').length} points outside every polygon`);
