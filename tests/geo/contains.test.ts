// The planar point-in-polygon test behind assigning a planning row to a neighbourhood by its point:
// against d3-geo's geoContains on random polygons with holes and MultiPolygons, on the borders (one
// rule, always the same answer), and on the generated city's 100 neighbourhoods.
import { geoArea, geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { BORDER, pointLocator, polygonContains } from '../../engine/geo/contains';
import type { Geometry } from '../../engine/scenario/schema';
import { mulberry32 } from '../../engine/uncertainty/rng';
import { generateCity } from '../../scenarios/generate-city';
import { CELL, cityExtent, cityGeometry } from './city-polygons';

type Ring = [number, number][];

/** A star-shaped ring around (cx, cy): simple by construction, of n vertices, closed. */
function star(rand: () => number, cx: number, cy: number, rMin: number, rMax: number, n: number): Ring {
  const ring: Ring = [];
  for (let k = 0; k < n; k++) {
    const a = (2 * Math.PI * k) / n;
    const r = rMin + rand() * (rMax - rMin);
    ring.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
  }
  ring.push(ring[0]!);
  return ring;
}

/** Ours works in metres (its border tolerance is a millimetre): degrees × 100,000 is the same
 *  shape in units of about a metre, so containment is unchanged and the tolerance stays small. */
const SCALE = 1e5;
const flat = (r: Ring): number[] => r.flatMap(([x, y]) => [x * SCALE, y * SCALE]);

/** d3-geo is spherical: a ring's winding says which side is inside. Turn each polygon's outline so
 *  it encloses the small side, and its holes the other way. */
function forD3(polygons: Ring[][]): Ring[][] {
  return polygons.map((rings) => {
    const outline = geoArea({ type: 'Polygon', coordinates: [rings[0]!] }) > 2 * Math.PI ? [...rings[0]!].reverse() : rings[0]!;
    const holes = rings.slice(1).map((h) => (geoArea({ type: 'Polygon', coordinates: [h] }) > 2 * Math.PI ? h : [...h].reverse()));
    return [outline, ...holes];
  });
}

function distanceToEdges(rings: Ring[], x: number, y: number): number {
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [ax, ay] = ring[i]!, [bx, by] = ring[i + 1]!;
      const dx = bx - ax, dy = by - ay;
      const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
      best = Math.min(best, Math.hypot(ax + t * dx - x, ay + t * dy - y));
    }
  }
  return best;
}

describe('point in polygon against d3-geo', () => {
  it('agrees with geoContains on 100 random (multi)polygons with holes, 200 points each, either winding', () => {
    const rand = mulberry32(2026);
    let compared = 0;
    let inside = 0;
    for (let trial = 0; trial < 100; trial++) {
      // Small polygons in degrees near Amersfoort, where d3's great-circle edges and straight edges
      // differ by far less than the margin kept from every edge.
      const parts = 1 + Math.floor(rand() * 3);
      const polygons: Ring[][] = [];
      for (let p = 0; p < parts; p++) {
        const cx = 5.3 + p * 0.05, cy = 52.1 + rand() * 0.01;
        // 12 vertices or more keep every outline edge farther from the centre than any hole reaches.
        const outline = star(rand, cx, cy, 0.008, 0.02, 12 + Math.floor(rand() * 40));
        const rings = [rand() < 0.5 ? outline : [...outline].reverse()];
        if (rand() < 0.6) rings.push(star(rand, cx, cy, 0.002, 0.007, 3 + Math.floor(rand() * 20)));
        polygons.push(rings);
      }
      const geometry = { type: 'MultiPolygon' as const, coordinates: forD3(polygons) };
      for (let k = 0; k < 200; k++) {
        const x = 5.27 + rand() * 0.16, y = 52.07 + rand() * 0.06;
        // d3-geo compares with an epsilon of 1e-6 radians (6e-5 degrees) near edges: keep clear of it.
        if (polygons.some((rings) => distanceToEdges(rings, x, y) < 2e-4)) continue;
        const ours = polygons.some((rings) => polygonContains(rings.map(flat), x * SCALE, y * SCALE));
        expect(ours, `trial ${trial}, point ${x}, ${y}`).toBe(geoContains(geometry, [x, y]));
        compared++;
        if (ours) inside++;
      }
    }
    expect(compared).toBeGreaterThan(15_000);
    expect(inside).toBeGreaterThan(1_500);
  });
});

describe('borders', () => {
  const sq = (x: number, y: number, s: number): number[] => [x, y, x + s, y, x + s, y + s, x, y + s, x, y];
  const g: Geometry = {
    crs: 'EPSG:28992',
    shapes: [
      { neighbourhood: 'b', polygons: [[sq(1000, 0, 1000)]] },
      { neighbourhood: 'a', polygons: [[sq(0, 0, 1000), sq(200, 200, 100)]] },
    ],
  };
  it('a point on a shared edge or corner goes to the neighbourhood listed first on the sheet', () => {
    expect(pointLocator(g, ['a', 'b'])(1000, 500)).toBe('a');
    expect(pointLocator(g, ['b', 'a'])(1000, 500)).toBe('b');
    expect(pointLocator(g, ['a', 'b'])(1000, 1000)).toBe('a');
    // Within BORDER of the edge counts as on it; beyond it, the side the point is on decides.
    expect(pointLocator(g, ['b', 'a'])(1000 - BORDER / 2, 500)).toBe('b');
    expect(pointLocator(g, ['b', 'a'])(1000 - 2 * BORDER, 500)).toBe('a');
  });
  it('a hole is outside, its edge inside; an id not on the sheet is never chosen', () => {
    const at = pointLocator(g, ['a', 'b']);
    expect(at(250, 250)).toBeUndefined();
    expect(at(200, 250)).toBe('a');
    expect(pointLocator(g, ['a'])(1500, 500)).toBeUndefined();
  });
});

describe('the generated city', () => {
  it('each of its 100 neighbourhoods holds the centre of its cell, and every point of the city lands in exactly one', () => {
    const ids = generateCity().neighbourhoods.map((n) => n.id);
    expect(ids).toHaveLength(100);
    const g = cityGeometry(ids);
    const at = pointLocator(g, ids);
    const { minX, minY } = cityExtent(ids);
    ids.forEach((id, n) => expect(at(minX + (n % 10 + 0.5) * CELL, minY + (Math.floor(n / 10) + 0.5) * CELL)).toBe(id));
    const rand = mulberry32(5);
    for (let k = 0; k < 2000; k++) {
      const x = minX + 1 + rand() * (10 * CELL - 2), y = minY + 1 + rand() * (10 * CELL - 2);
      const holders = g.shapes.filter((s) => polygonContains(s.polygons[0]!, x, y));
      expect(holders.length, `${x}, ${y}`).toBeGreaterThanOrEqual(1);
      // More than one only on a shared border, and then the first on the sheet is chosen.
      if (holders.length > 1) expect(at(x, y)).toBe(ids.find((id) => holders.some((h) => h.neighbourhood === id)));
      else expect(at(x, y)).toBe(holders[0]!.neighbourhood);
    }
  });
});
