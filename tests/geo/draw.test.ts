// Drawing the stored geometry: RD New and WGS84 input give the same path; a hole stays a hole; a
// ring in the "wrong" winding order never fills the frame (the planar projection ignores winding).
import { describe, expect, it } from 'vitest';
import { mapPaths, mapSvg } from '../../engine/map/draw';
import { importGeometry } from '../../engine/geo/import';
import { geojson, scenarioWithCodes } from './fixtures';

const geometry = (text: string) => {
  const r = importGeometry(scenarioWithCodes(), text);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.geometry;
};
const numbers = (d: string) => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

describe('map paths', () => {
  it('RD New and WGS84 of the same polygons draw the same (within 0.5 px)', () => {
    const a = mapPaths(geometry(geojson('rd')), 800, 600).paths;
    const b = mapPaths(geometry(geojson('wgs84')), 800, 600).paths;
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [id, d] of a) {
      const e = b.get(id)!;
      expect(d.replace(/[-\d.]+/g, '#')).toBe(e.replace(/[-\d.]+/g, '#'));
      numbers(d).forEach((n, i) => expect(Math.abs(n - numbers(e)[i]!)).toBeLessThanOrEqual(0.5));
    }
  });

  it('a MultiPolygon with a hole keeps its hole (one subpath per ring, evenodd)', () => {
    const p = mapPaths(geometry(geojson('rd')), 800, 600).paths;
    expect(p.get('centrum')!.match(/M/g)).toHaveLength(2);
    expect(p.get('noord')!.match(/M/g)).toHaveLength(2);
    const svg = mapSvg({ paths: p }, new Map([['centrum', 5]]), { width: 800, height: 600, title: 't' });
    expect(svg).toContain('fill-rule="evenodd"');
  });

  it('a wrongly wound ring does not fill the frame', () => {
    const doc = JSON.parse(geojson('wgs84'));
    for (const f of doc.features) if (f.geometry.type === 'Polygon') f.geometry.coordinates = f.geometry.coordinates.map((r: unknown[]) => [...r].reverse());
    const p = mapPaths(geometry(JSON.stringify(doc)), 800, 600).paths;
    const oost = numbers(p.get('oost')!);
    const xs = oost.filter((_, i) => i % 2 === 0);
    // Oost is one of three squares side by side: far narrower than the frame.
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(500);
  });
});

describe('layer values', () => {
  it('every layer gives a value per neighbourhood', async () => {
    const { compute } = await import('../../engine/compute');
    const { layerValues } = await import('../../engine/map/values');
    const { mapLayers } = await import('../../engine/map/layers');
    const r = compute(scenarioWithCodes(), { computedAt: 'x' });
    for (const layer of mapLayers) expect([...layerValues(r, layer).keys()].sort()).toEqual(['centrum', 'noord', 'oost', 'west']);
    expect(layerValues(r, 'works', { step: 'separate' }).get('centrum')).toBe(1);
  });
});
