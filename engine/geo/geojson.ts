// Reads neighbourhood polygons from GeoJSON text, in WGS84 or RD New (EPSG:28992), detected from the
// `crs` member or else from the coordinate range, into RD New metres. Never throws and never runs
// unbounded: the text size and the number of vertices are capped, every coordinate is checked.
import { problem, type Problem } from '../problems';
import './messages';
import { nlBounds, rdBounds, wgs84ToRd } from './rd';

export const MAX_TEXT = 200_000_000;
export const MAX_VERTICES = 500_000;

export type Crs = 'EPSG:28992' | 'EPSG:4326';

export interface GeoFeature {
  /** 1-based position in the file. */
  number: number;
  id?: string;
  properties: Record<string, string>;
  /** RD New metres; polygon → rings → flat [x0, y0, …], closed. */
  polygons: number[][][];
}

export type GeoJsonRead =
  | { ok: true; crs: Crs; features: GeoFeature[]; warnings: Problem[] }
  | { ok: false; problems: Problem[] };

class Stop extends Error {
  constructor(readonly p: Problem) { super(p.code); }
}

const kind = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

function crsOf(doc: Record<string, unknown>): Crs | undefined {
  const crs = doc.crs as { properties?: { name?: unknown } } | undefined;
  const name = crs && typeof crs === 'object' ? crs.properties?.name : undefined;
  if (typeof name !== 'string') return undefined;
  if (/28992/.test(name)) return 'EPSG:28992';
  if (/(4326|CRS84)\b/i.test(name)) return 'EPSG:4326';
  throw new Stop(problem('geo.crsUnsupported', { crs: name }));
}

export function readGeoJson(text: string): GeoJsonRead {
  if (typeof text !== 'string') return { ok: false, problems: [problem('geo.notJson', { detail: kind(text) })] };
  if (text.length > MAX_TEXT) return { ok: false, problems: [problem('geo.tooLarge', { size: text.length, max: MAX_TEXT })] };
  let doc: unknown;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { ok: false, problems: [problem('geo.notJson', { detail: e instanceof Error ? e.message : String(e) })] };
  }
  try {
    return readDoc(doc);
  } catch (e) {
    if (e instanceof Stop) return { ok: false, problems: [e.p] };
    return { ok: false, problems: [problem('geo.notGeoJson', { found: e instanceof Error ? e.message : String(e) })] };
  }
}

function readDoc(doc: unknown): GeoJsonRead {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) throw new Stop(problem('geo.notGeoJson', { found: kind(doc) }));
  const root = doc as Record<string, unknown>;
  let declared = crsOf(root);
  let items: unknown[];
  if (root.type === 'FeatureCollection') {
    if (!Array.isArray(root.features)) throw new Stop(problem('geo.notGeoJson', { found: `features: ${kind(root.features)}` }));
    items = root.features;
  } else if (root.type === 'Feature') items = [root];
  else if (root.type === 'Polygon' || root.type === 'MultiPolygon') items = [{ type: 'Feature', geometry: root, properties: {} }];
  else throw new Stop(problem('geo.notGeoJson', { found: typeof root.type === 'string' ? root.type : kind(root.type) }));

  const warnings: Problem[] = [];
  const raw: GeoFeature[] = [];
  let vertices = 0;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  items.forEach((item, i) => {
    const number = i + 1;
    const bad = (detail: string): never => { throw new Stop(problem('geo.badCoordinates', { feature: number, detail })); };
    if (item === null || typeof item !== 'object' || Array.isArray(item)) bad(`feature is ${kind(item)}`);
    const f = item as Record<string, unknown>;
    const g = f.geometry as Record<string, unknown> | null | undefined;
    if (g === null || g === undefined || typeof g !== 'object') {
      warnings.push(problem('geo.notPolygon', { feature: number, type: kind(g) }, {}, 'warning'));
      return;
    }
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
      warnings.push(problem('geo.notPolygon', { feature: number, type: String(g.type) }, {}, 'warning'));
      return;
    }
    if (!Array.isArray(g.coordinates)) bad(`coordinates is ${kind(g.coordinates)}`);
    const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as unknown[];
    const polygons: number[][][] = [];
    for (const poly of polys) {
      if (!Array.isArray(poly) || poly.length === 0) bad('a polygon is not a list of rings');
      const rings: number[][] = [];
      for (const ring of poly as unknown[]) {
        if (!Array.isArray(ring)) bad(`a ring is ${kind(ring)}`);
        const r = ring as unknown[];
        if (r.length < 3) bad('a ring has fewer than 3 points');
        vertices += r.length;
        if (vertices > MAX_VERTICES) throw new Stop(problem('geo.tooManyVertices', { max: MAX_VERTICES }));
        const flat: number[] = [];
        for (const pos of r) {
          if (!Array.isArray(pos) || pos.length < 2) bad(`a position is ${kind(pos)}`);
          const x = (pos as unknown[])[0];
          const y = (pos as unknown[])[1];
          if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) {
            bad(`a coordinate is ${typeof x === 'number' ? x : kind(x)}, ${typeof y === 'number' ? y : kind(y)}`);
          }
          const xn = x as number, yn = y as number;
          flat.push(xn, yn);
          if (xn < minX) minX = xn;
          if (xn > maxX) maxX = xn;
          if (yn < minY) minY = yn;
          if (yn > maxY) maxY = yn;
        }
        const n = flat.length;
        if (flat[0] !== flat[n - 2] || flat[1] !== flat[n - 1]) flat.push(flat[0]!, flat[1]!);
        if (flat.length < 8) bad('a ring has fewer than 3 distinct points');
        rings.push(flat);
      }
      polygons.push(rings);
    }
    const properties: Record<string, string> = {};
    const props = f.properties;
    if (props && typeof props === 'object' && !Array.isArray(props)) {
      for (const [k, v] of Object.entries(props as Record<string, unknown>)) {
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') properties[k] = String(v);
      }
    }
    const feature: GeoFeature = { number, properties, polygons };
    if (typeof f.id === 'string' || typeof f.id === 'number') feature.id = String(f.id);
    raw.push(feature);
  });
  if (!raw.length) throw new Stop(problem('geo.noFeatures'));

  const wgs = minX >= -180 && maxX <= 180 && minY >= -90 && maxY <= 90;
  const rd = minX >= rdBounds.minX && maxX <= rdBounds.maxX && minY >= rdBounds.minY && maxY <= rdBounds.maxY;
  declared ??= wgs ? 'EPSG:4326' : rd ? 'EPSG:28992' : undefined;
  if (!declared) throw new Stop(problem('geo.crsUnknown'));
  for (const f of raw) {
    for (const rings of f.polygons) for (const ring of rings) {
      for (let k = 0; k < ring.length; k += 2) {
        const x = ring[k]!, y = ring[k + 1]!;
        const inside = declared === 'EPSG:4326'
          ? x >= nlBounds.minLon && x <= nlBounds.maxLon && y >= nlBounds.minLat && y <= nlBounds.maxLat
          : x >= rdBounds.minX && x <= rdBounds.maxX && y >= rdBounds.minY && y <= rdBounds.maxY;
        if (!inside) throw new Stop(problem('geo.outOfRange', { feature: f.number, crs: declared, x: String(x), y: String(y) }));
        if (declared === 'EPSG:4326') {
          const [rx, ry] = wgs84ToRd(x, y);
          ring[k] = rx;
          ring[k + 1] = ry;
        }
      }
    }
  }
  return { ok: true, crs: declared, features: raw, warnings };
}
