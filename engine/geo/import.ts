// Neighbourhood polygons from GeoJSON into a scenario: match each area to a row of the
// Neighbourhoods sheet (by id, name or a code column, against the CBS fields or a chosen property),
// report what matches nothing in either direction, simplify, and store in RD New decimetres.
import { hasErrors, problem, type Problem } from '../problems';
import type { Geometry, Scenario } from '../scenario/schema';
import { readGeoJson, type Crs, type GeoFeature } from './geojson';
import './messages';
import { simplifyRing } from './simplify';

/** CBS wijk- en buurtkaart fields, codes before names (older upper-case, newer lower-case). */
export const cbsKeys = ['BU_CODE', 'buurtcode', 'WK_CODE', 'wijkcode', 'GM_CODE', 'gemeentecode', 'BU_NAAM', 'buurtnaam', 'WK_NAAM', 'wijknaam'];

export interface GeometryImportOptions {
  /** The feature property to match on; default: the one that matches most neighbourhoods. */
  key?: string;
  /** Simplification tolerance in metres (default 1). */
  tolerance?: number;
  note?: string;
}

export interface GeometryReport {
  crs: Crs;
  /** Feature property and Neighbourhoods-sheet column matched. */
  key: string;
  column: string;
  matched: { neighbourhood: string; features: number[] }[];
  unmatchedFeatures: { feature: number; value: string }[];
  unmatchedNeighbourhoods: string[];
  vertices: { read: number; stored: number };
}

export type GeometryImport =
  | { ok: true; scenario: Scenario; geometry: Geometry; report: GeometryReport; warnings: Problem[] }
  | { ok: false; problems: Problem[]; report?: GeometryReport };

const norm = (v: string): string => v.trim().toLowerCase();
const FEATURE_ID = '(id)';

function valueOf(f: GeoFeature, key: string): string | undefined {
  return key === FEATURE_ID ? f.id : f.properties[key];
}

/** Neighbourhood-side columns: id, name and every text or number extra column. */
function columns(s: Scenario): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  const put = (col: string, value: unknown, id: string): void => {
    if (typeof value !== 'string' && typeof value !== 'number') return;
    const v = norm(String(value));
    if (!v) return;
    let m = out.get(col);
    if (!m) out.set(col, (m = new Map()));
    if (!m.has(v)) m.set(v, id);
  };
  for (const n of s.neighbourhoods) {
    put('id', n.id, n.id);
    put('name', n.name, n.id);
    for (const [k, v] of Object.entries(n.extra ?? {})) put(k, v, n.id);
    for (const [k, v] of Object.entries(n.attributes ?? {})) put(k, v, n.id);
  }
  return out;
}

export function importGeometry(scenario: Scenario, text: string, options: GeometryImportOptions = {}): GeometryImport {
  const read = readGeoJson(text);
  if (!read.ok) return { ok: false, problems: read.problems };
  const warnings = [...read.warnings];
  const features = read.features;
  const cols = columns(scenario);

  const keys: string[] = [];
  if (options.key !== undefined) {
    keys.push(options.key);
    if (!features.some((f) => valueOf(f, options.key!) !== undefined)) {
      return { ok: false, problems: [problem('geo.keyMissing', { key: options.key })] };
    }
  } else {
    const seen = new Set<string>();
    for (const k of cbsKeys) seen.add(k);
    keys.push(...cbsKeys, FEATURE_ID);
    for (const f of features) for (const k of Object.keys(f.properties)) if (!seen.has(k)) { seen.add(k); keys.push(k); }
  }
  let best: { key: string; column: string; hits: number } | undefined;
  for (const key of keys) {
    for (const [column, values] of cols) {
      let hits = 0;
      for (const f of features) {
        const v = valueOf(f, key);
        if (v !== undefined && values.has(norm(v))) hits++;
      }
      if (hits > (best?.hits ?? 0)) best = { key, column, hits };
    }
  }
  if (!best) return { ok: false, problems: [problem('geo.noKey')] };

  const lookup = cols.get(best.column)!;
  const byNb = new Map<string, GeoFeature[]>();
  const unmatchedFeatures: GeometryReport['unmatchedFeatures'] = [];
  for (const f of features) {
    const v = valueOf(f, best.key);
    const id = v === undefined ? undefined : lookup.get(norm(v));
    if (id === undefined) {
      unmatchedFeatures.push({ feature: f.number, value: v ?? '' });
      warnings.push(problem('geo.unmatchedFeature', { feature: f.number, key: best.key, value: v ?? '' }, {}, 'warning'));
      continue;
    }
    const list = byNb.get(id) ?? [];
    if (list.length === 1) warnings.push(problem('geo.duplicate', { neighbourhood: id, key: best.key, value: v ?? '' }, {}, 'warning'));
    list.push(f);
    byNb.set(id, list);
  }
  const tolerance = options.tolerance ?? 1;
  let readVertices = 0;
  let stored = 0;
  const shapes: Geometry['shapes'] = [];
  const unmatchedNeighbourhoods: string[] = [];
  const matched: GeometryReport['matched'] = [];
  for (const n of scenario.neighbourhoods) {
    const list = byNb.get(n.id);
    if (!list) {
      unmatchedNeighbourhoods.push(n.id);
      warnings.push(problem('geo.unmatchedNeighbourhood', { neighbourhood: n.id }, {}, 'warning'));
      continue;
    }
    matched.push({ neighbourhood: n.id, features: list.map((f) => f.number) });
    const polygons: number[][][] = [];
    for (const f of list) for (const rings of f.polygons) {
      const kept: number[][] = [];
      rings.forEach((ring, i) => {
        readVertices += ring.length / 2;
        const s = simplifyRing(ring, tolerance);
        if (s.length >= 8) kept.push(s);
        else if (i === 0) kept.length = 0;
      });
      // An outline that collapses takes its holes with it.
      if (kept.length && rings[0] && simplifyRing(rings[0], tolerance).length >= 8) {
        polygons.push(kept);
        for (const r of kept) stored += r.length / 2;
      }
    }
    shapes.push({ neighbourhood: n.id, polygons });
  }
  const report: GeometryReport = {
    crs: read.crs, key: best.key, column: best.column, matched, unmatchedFeatures, unmatchedNeighbourhoods,
    vertices: { read: readVertices, stored },
  };
  if (hasErrors(warnings)) return { ok: false, problems: warnings, report };
  const geometry: Geometry = { crs: 'EPSG:28992', shapes };
  if (options.note) geometry.note = options.note;
  return { ok: true, scenario: { ...scenario, geometry }, geometry, report, warnings };
}
