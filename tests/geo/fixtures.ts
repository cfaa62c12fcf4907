// GeoJSON built in the tests: the same polygons in RD New and (through the inverse polynomial) in
// WGS84, CBS-style properties.
import { rdToWgs84 } from '../../engine/geo/rd';
import { scenarioSchema, type Scenario } from '../../engine/scenario/schema';

export type Ring = [number, number][];

/** Squares in RD New around Amersfoort, one with a hole (a MultiPolygon of two parts). */
export function rdPolygons(): { code: string; name: string; polygons: Ring[][] }[] {
  const sq = (x: number, y: number, s: number): Ring => [[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]];
  return [
    { code: 'BU00010001', name: 'Centrum', polygons: [[sq(155000, 463000, 1000), sq(155300, 463300, 300).reverse()]] },
    { code: 'BU00010002', name: 'Noord', polygons: [[sq(155000, 464000, 1000)], [sq(156200, 464200, 400)]] },
    { code: 'BU00010003', name: 'Oost', polygons: [[sq(156000, 463000, 1000)]] },
  ];
}

export function geojson(crs: 'rd' | 'wgs84', opts: { lower?: boolean; extra?: boolean; crsMember?: boolean } = {}): string {
  const to = (r: Ring): [number, number][] => (crs === 'rd' ? r : r.map(([x, y]) => rdToWgs84(x, y)));
  const list = rdPolygons();
  if (opts.extra) list.push({ code: 'BU00019999', name: 'Elders', polygons: [[[[158000, 463000], [158500, 463000], [158500, 463500], [158000, 463000]]]] });
  const features = list.map((p) => ({
    type: 'Feature',
    properties: opts.lower
      ? { buurtcode: p.code, buurtnaam: p.name, wijkcode: 'WK000100', gemeentecode: 'GM0001' }
      : { BU_CODE: p.code, BU_NAAM: p.name, WK_CODE: 'WK000100', WK_NAAM: 'Wijk', GM_CODE: 'GM0001' },
    geometry: p.polygons.length === 1
      ? { type: 'Polygon', coordinates: p.polygons[0]!.map(to) }
      : { type: 'MultiPolygon', coordinates: p.polygons.map((rings) => rings.map(to)) },
  }));
  const doc: Record<string, unknown> = { type: 'FeatureCollection', features };
  if (opts.crsMember) doc.crs = { type: 'name', properties: { name: crs === 'rd' ? 'urn:ogc:def:crs:EPSG::28992' : 'urn:ogc:def:crs:OGC:1.3:CRS84' } };
  return JSON.stringify(doc);
}

/** Neighbourhoods matched by a `cbs` code column, one without an area. */
export function scenarioWithCodes(): Scenario {
  return scenarioSchema.parse({
    settings: { baseYear: 2026, horizonYears: 10 },
    neighbourhoods: [
      { id: 'centrum', name: 'Centrum', extra: { cbs: 'BU00010001' } },
      { id: 'noord', name: 'Noord', extra: { cbs: 'BU00010002' } },
      { id: 'oost', name: 'Oost', extra: { cbs: 'BU00010003' } },
      { id: 'west', name: 'West', extra: { cbs: 'BU00010004' } },
    ],
    parties: [{ id: 'A' }],
    works: [
      { id: 'W1', neighbourhood: 'centrum', party: 'A', plannedYear: 2028, quantity: 1, unitCost: 1000, lifetimeYears: 40 },
      { id: 'W2', neighbourhood: 'noord', party: 'A', plannedYear: 2029, quantity: 1, unitCost: 2000, lifetimeYears: 40 },
    ],
  });
}
