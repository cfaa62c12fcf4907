// Importing neighbourhood polygons from GeoJSON: CRS detection, CBS fields, matching both ways,
// malformed input as clear problems, and the Geometry sheet's lossless round trip.
import { describe, expect, it } from 'vitest';
import { compute } from '../../engine/compute';
import { renderProblem } from '../../engine/i18n/problems';
import { importGeometry } from '../../engine/geo/import';
import { readGeoJson } from '../../engine/geo/geojson';
import { rdToWgs84, wgs84ToRd } from '../../engine/geo/rd';
import { CELL_CHARS } from '../../engine/geo/sheet';
import { readWorkbook } from '../../engine/workbook/read';
import { writeWorkbook } from '../../engine/workbook/write';
import { geojson, scenarioWithCodes } from './fixtures';

const codes = (r: ReturnType<typeof readGeoJson>) => (r.ok ? [] : r.problems.map((p) => p.code));

describe('RD New and WGS84', () => {
  it('the polynomials invert each other within 0.1 m near Amersfoort', () => {
    for (const [x, y] of [[155000, 463000], [120000, 487000], [233000, 582000]] as const) {
      const [lon, lat] = rdToWgs84(x, y);
      const [x2, y2] = wgs84ToRd(lon, lat);
      expect(Math.hypot(x2 - x, y2 - y)).toBeLessThan(0.5);
    }
    const [lon, lat] = rdToWgs84(155000, 463000);
    expect(lon).toBeCloseTo(5.38720621, 6);
    expect(lat).toBeCloseTo(52.1551744, 6);
  });

  it.each([[false], [true]])('detects the CRS from the range and from the crs member (%s)', (crsMember) => {
    const rd = readGeoJson(geojson('rd', { crsMember }));
    const wgs = readGeoJson(geojson('wgs84', { crsMember }));
    expect(rd.ok && rd.crs).toBe('EPSG:28992');
    expect(wgs.ok && wgs.crs).toBe('EPSG:4326');
    // Both end in RD New metres, within a metre of each other.
    if (!rd.ok || !wgs.ok) throw new Error('unreadable');
    const a = rd.features[0]!.polygons[0]![0]!;
    const b = wgs.features[0]!.polygons[0]![0]!;
    expect(a.length).toBe(b.length);
    for (let i = 0; i < a.length; i++) expect(Math.abs(a[i]! - b[i]!)).toBeLessThan(1);
  });

  it('refuses another declared CRS', () => {
    const doc = JSON.parse(geojson('rd'));
    doc.crs = { type: 'name', properties: { name: 'EPSG:3857' } };
    expect(codes(readGeoJson(JSON.stringify(doc)))).toEqual(['geo.crsUnsupported']);
  });
});

describe('matching to the Neighbourhoods sheet', () => {
  it('matches BU_CODE to a code column and reports what does not match, both ways', () => {
    const r = importGeometry(scenarioWithCodes(), geojson('rd', { extra: true }));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.report.key).toBe('BU_CODE');
    expect(r.report.column).toBe('cbs');
    expect(r.report.matched.map((m) => m.neighbourhood)).toEqual(['centrum', 'noord', 'oost']);
    expect(r.report.unmatchedFeatures).toEqual([{ feature: 4, value: 'BU00019999' }]);
    expect(r.report.unmatchedNeighbourhoods).toEqual(['west']);
    expect(r.warnings.map((w) => w.code).sort()).toEqual(['geo.unmatchedFeature', 'geo.unmatchedNeighbourhood']);
    const noord = r.geometry.shapes.find((s) => s.neighbourhood === 'noord')!;
    expect(noord.polygons).toHaveLength(2);
    const centrum = r.geometry.shapes.find((s) => s.neighbourhood === 'centrum')!;
    expect(centrum.polygons[0]).toHaveLength(2); // outline and hole
  });

  it('matches the lower-case fields of newer releases, by name when asked', () => {
    const r = importGeometry(scenarioWithCodes(), geojson('wgs84', { lower: true }), { key: 'buurtnaam' });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    // The ids here equal the names but for case (matching ignores case); the id column is tried first.
    expect(r.report.column).toBe('id');
    expect(r.report.matched).toHaveLength(3);
    const auto = importGeometry(scenarioWithCodes(), geojson('wgs84', { lower: true }));
    expect(auto.ok && auto.report.key).toBe('buurtcode');
  });

  it('a key no area has, and areas that match nothing, are problems', () => {
    const r = importGeometry(scenarioWithCodes(), geojson('rd'), { key: 'CODE' });
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(['geo.keyMissing']);
    const s = { ...scenarioWithCodes(), neighbourhoods: [{ ...scenarioWithCodes().neighbourhoods[0]!, id: 'x', name: 'x', extra: {} }] };
    const none = importGeometry(s, geojson('rd'));
    expect(none.ok ? [] : none.problems.map((p) => p.code)).toEqual(['geo.noKey']);
  });
});

describe('malformed GeoJSON is a clear problem, never a crash or hang', () => {
  const ring = [[155000, 463000], [155100, 463000], [155100, 463100], [155000, 463000]];
  const fc = (geometry: unknown) => JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry }] });
  it.each([
    ['not JSON', '{"type": "FeatureCollection", ', 'geo.notJson'],
    ['NaN in the text', '{"type":"Polygon","coordinates":[[[NaN,1],[2,3],[4,5],[NaN,1]]]}', 'geo.notJson'],
    ['a number', '42', 'geo.notGeoJson'],
    ['a wrong type', JSON.stringify({ type: 'Topology' }), 'geo.notGeoJson'],
    ['features not a list', JSON.stringify({ type: 'FeatureCollection', features: {} }), 'geo.notGeoJson'],
    ['coordinates as text', fc({ type: 'Polygon', coordinates: 'abc' }), 'geo.badCoordinates'],
    ['a string coordinate', fc({ type: 'Polygon', coordinates: [[[155000, '463000'], ...ring.slice(1)]] }), 'geo.badCoordinates'],
    ['a null coordinate', fc({ type: 'Polygon', coordinates: [[[null, 463000], ...ring.slice(1)]] }), 'geo.badCoordinates'],
    ['a ring of two points', fc({ type: 'Polygon', coordinates: [ring.slice(0, 2)] }), 'geo.badCoordinates'],
    ['latitude out of range', fc({ type: 'Polygon', coordinates: [[[5, 52], [5.1, 95], [5.2, 52], [5, 52]]] }), 'geo.crsUnknown'],
    ['WGS84 outside the Netherlands', fc({ type: 'Polygon', coordinates: [[[100, 10], [100.1, 10], [100.1, 10.1], [100, 10]]] }), 'geo.outOfRange'],
    ['RD New beyond its grid', JSON.stringify({ type: 'Polygon', crs: { type: 'name', properties: { name: 'EPSG:28992' } }, coordinates: [[[155000, 463000], [955000, 463000], [155000, 464000], [155000, 463000]]] }), 'geo.outOfRange'],
    ['only points', fc({ type: 'Point', coordinates: [1, 2] }), 'geo.noFeatures'],
    // JSON has no Infinity, but a number too large for a double parses to it.
    ['an infinite coordinate (1e999)', '{"type":"Polygon","coordinates":[[[1e999,463000],[155100,463000],[155100,463100],[1e999,463000]]]}', 'geo.badCoordinates'],
    ['NaN in a position built as text "NaN"', fc({ type: 'Polygon', coordinates: [[['NaN', 463000], ...ring.slice(1)]] }), 'geo.badCoordinates'],
    ['a position of one number', fc({ type: 'Polygon', coordinates: [[[155000], ...ring.slice(1)]] }), 'geo.badCoordinates'],
    ['a feature that is a number', JSON.stringify({ type: 'FeatureCollection', features: [7] }), 'geo.badCoordinates'],
    ['a MultiPolygon of numbers', fc({ type: 'MultiPolygon', coordinates: [1, 2, 3] }), 'geo.badCoordinates'],
    ['RD New metres declared as WGS84', JSON.stringify({ type: 'Polygon', crs: { type: 'name', properties: { name: 'EPSG:4326' } }, coordinates: [ring] }), 'geo.outOfRange'],
  ])('%s', (_, text, code) => {
    const r = readGeoJson(text);
    expect(codes(r)).toEqual([code]);
    // A clear problem: a whole sentence in both languages, no key or {placeholder} left.
    for (const lang of ['nl', 'en'] as const) {
      const shown = r.ok ? '' : renderProblem(lang, r.problems[0]!);
      expect(shown).not.toMatch(/\{\w+\}|^geo\./);
      expect(shown.length).toBeGreaterThan(20);
    }
  });

  it('arrays nested 100,000 deep: a problem, not a stack overflow', () => {
    const deep = `{"type":"Polygon","coordinates":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(codes(readGeoJson(deep))).toEqual(['geo.badCoordinates']);
  });

  it('a million vertices spread over 10,000 features: refused with a problem', () => {
    const features = Array.from({ length: 10_000 }, (_, f) => {
      const coords: number[][] = [];
      for (let i = 0; i < 99; i++) coords.push([155000 + (f % 100) * 10 + Math.cos(i), 463000 + Math.floor(f / 100) * 10 + Math.sin(i)]);
      coords.push(coords[0]!);
      return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [coords] } };
    });
    expect(codes(readGeoJson(JSON.stringify({ type: 'FeatureCollection', features })))).toEqual(['geo.tooManyVertices']);
  });

  it('a million vertices: refused quickly with a problem', () => {
    const n = 1_000_000;
    const coords: number[][] = new Array(n);
    for (let i = 0; i < n - 1; i++) coords[i] = [155000 + Math.cos(i) * 1000, 463000 + Math.sin(i) * 1000];
    coords[n - 1] = coords[0]!;
    const text = JSON.stringify({ type: 'Polygon', coordinates: [coords] });
    const t0 = performance.now();
    expect(codes(readGeoJson(text))).toEqual(['geo.tooManyVertices']);
    expect(performance.now() - t0).toBeLessThan(20_000); // a hang guard, not a benchmark
  });
});

describe('the Geometry sheet', () => {
  it('stores and reads back exactly what was stored, cut under the cell limit', async () => {
    const base = scenarioWithCodes();
    // A detailed ring: 20,000 vertices on a circle make a polygon text longer than one cell.
    const ring: number[][] = [];
    for (let i = 0; i < 20_000; i++) ring.push([155500 + 400 * Math.cos(i / 3183.1), 466500 + 400 * Math.sin(i / 3183.1) + (i % 2) * 3]);
    ring.push(ring[0]!);
    const doc = JSON.parse(geojson('rd'));
    doc.features.push({ type: 'Feature', properties: { BU_CODE: 'BU00010004' }, geometry: { type: 'Polygon', coordinates: [ring] } });
    const r = importGeometry(base, JSON.stringify(doc), { note: 'schematisch' });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const west = r.geometry.shapes.find((s) => s.neighbourhood === 'west')!;
    expect(JSON.stringify(west.polygons).length).toBeGreaterThan(CELL_CHARS);
    for (const lang of ['nl', 'en'] as const) {
      const back = readWorkbook(writeWorkbook(r.scenario, { lang }));
      if (!back.ok) throw new Error(JSON.stringify(back.problems));
      expect(back.scenario.geometry).toEqual(r.geometry);
      expect(back.warnings).toEqual([]);
    }
  });

  it('a scenario without geometry keeps its input hash and has no Geometry sheet', () => {
    const s = scenarioWithCodes();
    const back = readWorkbook(writeWorkbook(s, { lang: 'en' }));
    if (!back.ok) throw new Error('unreadable');
    expect('geometry' in back.scenario).toBe(false);
    expect(compute(back.scenario, { computedAt: 'x' }).meta.input).toBe(compute(s, { computedAt: 'x' }).meta.input);
  });

  it('a damaged Geometry cell is a problem naming sheet, row and column', async () => {
    const r = importGeometry(scenarioWithCodes(), geojson('rd'));
    if (!r.ok) throw new Error('no');
    const bad = { ...r.scenario, geometry: { ...r.geometry, shapes: r.geometry.shapes.map((s) => ({ ...s, polygons: s.polygons })) } };
    const bytes = writeWorkbook(bad, { lang: 'en' });
    // Write a broken text the way a user might leave it: through the same writer, a string cell.
    const { geometryRows } = await import('../../engine/geo/sheet');
    const rows = geometryRows(bad.geometry, 'en');
    expect(rows[0]).toEqual(['neighbourhood', 'part', 'polygons', 'note']);
    const { readGeometryRows } = await import('../../engine/geo/sheet');
    const problems: import('../../engine/problems').Problem[] = [];
    const broken = rows.map((row, i) => (i === 1 ? [row[0], row[1], '[[[1,2', row[3]] : row));
    expect(readGeometryRows('Geometry', broken, problems)).toBeUndefined();
    expect(problems[0]).toMatchObject({ code: 'geo.sheetBad', params: { sheet: 'Geometry', row: 2, column: 'C' } });
    expect(bytes.length).toBeGreaterThan(0);
  });

  it('a blank or wrong part number is a problem in both languages, naming the part expected', async () => {
    const { geometryRows, readGeometryRows } = await import('../../engine/geo/sheet');
    const r = importGeometry(scenarioWithCodes(), geojson('rd'));
    if (!r.ok) throw new Error('no');
    const rows = geometryRows(r.geometry, 'nl');
    for (const [part, code] of [[undefined, 'geo.sheetPartMissing'], [3, 'geo.sheetPart']] as const) {
      const problems: import('../../engine/problems').Problem[] = [];
      const broken = rows.map((row, i) => (i === 1 ? [row[0], part, row[2], row[3]] : row));
      expect(readGeometryRows('Geometrie', broken, problems)).toBeUndefined();
      expect(problems[0]).toMatchObject({ code, params: { sheet: 'Geometrie', row: 2, column: 'B', expected: 1 } });
      for (const lang of ['nl', 'en'] as const) {
        const text = renderProblem(lang, problems[0]!);
        expect(text).toContain('Geometrie');
        expect(text).not.toMatch(/undefined|\{/);
      }
    }
    const none: import('../../engine/problems').Problem[] = [];
    readGeometryRows('Geometrie', rows.map((row, i) => (i === 1 ? [undefined, row[1], row[2], row[3]] : row)), none);
    expect(none[0]).toMatchObject({ code: 'geo.sheetNoNeighbourhood', params: { row: 2, column: 'A' } });
  });
});
