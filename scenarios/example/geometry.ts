// Schematic outlines of the four example neighbourhoods for the map of opportunities: invented
// shapes, not a real town, in RD New metres south-west of Amersfoort (where the RD grid is
// centred), so the map looks like a city without claiming to be one. Neighbours share their
// border points exactly: Hoogveld in the west, Oud-Zuid in the middle, Waterrijk in the east
// around its lake (a hole), the village core Eikelo to the south.
import type { ScenarioInput } from '../../engine/scenario/schema';
import type { ExampleExtension } from './extension';

type Point = [number, number];

/** Where the sketch's 0,0 lies (RD New metres); the sketch is drawn in kilometres from there. */
const origin: Point = [151_000, 457_000];

/** A closed flat ring [x0, y0, …, x0, y0] in whole metres from points in kilometres. */
function ring(points: Point[]): number[] {
  const out: number[] = [];
  for (const [x, y] of [...points, points[0]!]) out.push(Math.round(origin[0] + x * 1000), Math.round(origin[1] + y * 1000));
  return out;
}

// Shared border points (km).
const p1: Point = [0.9, 2.5], p2: Point = [1.0, 1.8], p3: Point = [0.8, 1.1];
const q1: Point = [2.3, 2.6], q2: Point = [2.4, 1.9], q3: Point = [2.2, 1.0];
const r1: Point = [1.5, 0.9], e1: Point = [0.1, 0.6], w1: Point = [2.9, 0.5];

/** The lake in Waterrijk, towards its north-east corner: an ellipse of twelve points. */
const lake: Point[] = Array.from({ length: 12 }, (_, i) => {
  const a = (i / 12) * 2 * Math.PI;
  return [3.85 + 0.3 * Math.cos(a), 2.2 + 0.2 * Math.sin(a)];
});

export const schematicNote = 'Schematische buurtgrenzen: verzonnen vormen ter illustratie, geen echte kaart.';

export const exampleGeometry: NonNullable<ScenarioInput['geometry']> = {
  crs: 'EPSG:28992',
  note: schematicNote,
  shapes: [
    { neighbourhood: 'oudzuid', polygons: [[ring([p1, [1.6, 2.7], q1, q2, q3, r1, p3, p2])]] },
    { neighbourhood: 'hoogveld', polygons: [[ring([p1, p2, p3, e1, [-0.9, 0.5], [-1.5, 1.3], [-1.4, 2.4], [-0.6, 3.0], [0.4, 2.9]])]] },
    { neighbourhood: 'waterrijk', polygons: [[ring([q1, [2.9, 3.0], [3.7, 2.9], [4.4, 2.2], [4.5, 1.1], [3.8, 0.4], w1, q3, q2]), ring(lake)]] },
    { neighbourhood: 'eikelo', polygons: [[ring([p3, r1, q3, w1, [2.6, -0.2], [1.7, -0.7], [0.7, -0.5], [0.0, 0.0], e1])]] },
  ],
};

export const addGeometry: ExampleExtension = (s) => ({ ...s, geometry: structuredClone(exampleGeometry) });
