// The schematic outlines of the example and the generated city: one per neighbourhood, inside the
// RD New grid, neighbours sharing border points (a city, not islands), labelled as schematic, and
// kept through the workbook.
import { describe, expect, it } from 'vitest';
import { rdBounds } from '../../engine/geo/rd';
import { mapPaths } from '../../engine/map/draw';
import type { Geometry, Scenario } from '../../engine/scenario/schema';
import { readWorkbook } from '../../engine/workbook/read';
import { writeWorkbook } from '../../engine/workbook/write';
import { buildExample } from '../../scenarios/example';
import { generateCity } from '../../scenarios/generate-city';

const points = (s: Geometry['shapes'][number]): Set<string> => {
  const out = new Set<string>();
  for (const poly of s.polygons) for (const r of poly) for (let i = 0; i + 1 < r.length; i += 2) out.add(`${r[i]},${r[i + 1]}`);
  return out;
};

function checkOutlines(s: Scenario, minNeighbours: number): void {
  const g = s.geometry!;
  expect(g.note).toMatch(/schematisch/i);
  expect(g.shapes.map((x) => x.neighbourhood).sort()).toEqual(s.neighbourhoods.map((n) => n.id).sort());
  for (const shape of g.shapes) {
    for (const poly of shape.polygons) for (const r of poly) {
      expect(r.length % 2).toBe(0);
      expect(r.slice(0, 2)).toEqual(r.slice(-2));
      for (let i = 0; i < r.length; i += 2) {
        expect(r[i]).toBeGreaterThan(rdBounds.minX);
        expect(r[i]).toBeLessThan(rdBounds.maxX);
        expect(r[i + 1]).toBeGreaterThan(rdBounds.minY);
        expect(r[i + 1]).toBeLessThan(rdBounds.maxY);
      }
    }
  }
  // Every neighbourhood shares at least two border points with some other: they touch.
  const sets = g.shapes.map(points);
  for (let i = 0; i < sets.length; i++) {
    const touching = sets.filter((o, j) => j !== i && [...o].filter((p) => sets[i]!.has(p)).length >= 2).length;
    expect(touching, g.shapes[i]!.neighbourhood).toBeGreaterThanOrEqual(minNeighbours);
  }
  // Drawn, each outline is a fraction of the frame (none fills it, none is a dot).
  for (const d of mapPaths(g, 800, 600).paths.values()) {
    const xs = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number).filter((_, i) => i % 2 === 0);
    const w = Math.max(...xs) - Math.min(...xs);
    expect(w).toBeGreaterThan(800 / 40);
    expect(w).toBeLessThan(800 * 0.9);
  }
}

describe('schematic outlines', () => {
  it('the example: four touching neighbourhoods, Waterrijk with its lake as a hole', () => {
    const s = buildExample();
    checkOutlines(s, 2);
    expect(s.geometry!.shapes.find((x) => x.neighbourhood === 'waterrijk')!.polygons[0]).toHaveLength(2);
  });

  it('the generated city: a jittered grid, every neighbourhood touching at least two others, same seed same outlines', () => {
    const s = generateCity({ neighbourhoods: 100, worksPerNeighbourhood: 2 });
    checkOutlines(s, 2);
    expect(generateCity({ neighbourhoods: 100, worksPerNeighbourhood: 2 }).geometry).toEqual(s.geometry);
    // The outlines are seeded apart from the works: the works are those of a city without them.
    expect(generateCity({ neighbourhoods: 100, worksPerNeighbourhood: 2, geometry: false }).works).toEqual(s.works);
  });

  it('the city keeps its outlines through the workbook', () => {
    const s = generateCity({ neighbourhoods: 100, worksPerNeighbourhood: 2 });
    const back = readWorkbook(writeWorkbook(s, { lang: 'nl' }));
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.scenario.geometry).toEqual(s.geometry);
  });
});
