// A planning row's neighbourhood from its point: two mapped columns, x/y in RD New (metres) or
// lat/lon in WGS84 (degrees), read as the Works sheet reads numbers (Dutch or English notation,
// decimal commas), checked against the range of their system, and located in the scenario's
// neighbourhood polygons (../geo/contains decides a point on a shared border). Every way a point
// can fail is a problem at the file's row and column, never a silent drop.
import { pointLocator } from '../geo/contains';
import { nlBounds, rdBounds, wgs84ToRd } from '../geo/rd';
import type { Scenario } from '../scenario/schema';
import { parseNumberText } from '../workbook/numbers';
import type { CoordinateColumns } from './mapping';
import { planningProblem, type PlanningProblem } from './problem';
import type { PlanningCell, PlanningRow } from './source';
import { coordinateIndex, normalHeader } from './synonyms';

type Axis = 'x' | 'y' | 'lat' | 'lon';

const ranges: Record<Axis, readonly [number, number]> = {
  x: [rdBounds.minX, rdBounds.maxX], y: [rdBounds.minY, rdBounds.maxY],
  lat: [nlBounds.minLat, nlBounds.maxLat], lon: [nlBounds.minLon, nlBounds.maxLon],
};
const inRange = (axis: Axis, v: number): boolean => v >= ranges[axis][0] && v <= ranges[axis][1];

type Coordinate = { ok: true; value: number } | { ok: false; code: string; params: Record<string, string | number> };

/** One coordinate cell. A text such as `52,123` (one separator, three digits) could be a decimal or
 *  a thousands separator; where only one of the two readings lies in the coordinate's range that
 *  one is meant, else it is refused as ambiguous, as anywhere else in a workbook. */
export function coordinateValue(cell: Exclude<PlanningCell, undefined>, axis: Axis): Coordinate {
  const text = String(cell).trim();
  let value: number;
  if (typeof cell === 'number') value = cell;
  else if (typeof cell === 'string') {
    const n = parseNumberText(cell);
    if (n.ok) value = n.value;
    else if (n.reason === 'ambiguous') {
      const m = /^([-+\u2212]?)(\d{1,3})[.,](\d{3})$/.exec(text.replace(/\s/g, ''));
      const sign = m?.[1] && m[1] !== '+' ? -1 : 1;
      const readings = m ? [sign * (Number(m[2]) + Number(m[3]) / 1000), sign * (Number(m[2]) * 1000 + Number(m[3]))] : [];
      const fits = readings.filter((v) => inRange(axis, v));
      if (fits.length !== 1) return { ok: false, code: 'value.ambiguousNumber', params: { value: text } };
      value = fits[0]!;
    } else return { ok: false, code: 'planning.point.notNumber', params: { value: text } };
  } else return { ok: false, code: 'planning.point.notNumber', params: { value: text } };
  if (!Number.isFinite(value) || !inRange(axis, value)) {
    return { ok: false, code: 'planning.point.outOfRange', params: { value: text, min: ranges[axis][0], max: ranges[axis][1] } };
  }
  return { ok: true, value };
}

export type PointRead =
  | { kind: 'blank' }
  | { kind: 'found'; neighbourhood: string }
  | { kind: 'problems'; problems: PlanningProblem[] };

export type PointReader = (row: PlanningRow, sheet: string) => PointRead;

/** The two columns in reading order: RD New x, y; WGS84 lon, lat (east, then north). */
const axesOf = (c: CoordinateColumns): [[Axis, string], [Axis, string]] =>
  'x' in c ? [['x', c.x], ['y', c.y]] : [['lon', c.lon], ['lat', c.lat]];

/** A reader of each row's point, or the problems of the mapping (a column the header lacks). */
export function pointReader(
  coordinates: CoordinateColumns, byHeader: ReadonlyMap<string, number>, scenario: Scenario,
  at: { sheet: string; row: number },
): { ok: true; read: PointReader } | { ok: false; problems: PlanningProblem[] } {
  const axes = axesOf(coordinates);
  const problems: PlanningProblem[] = [];
  const index = axes.map(([axis, header]) => {
    const i = byHeader.get(header.trim());
    if (i === undefined) {
      problems.push(planningProblem('planning.mapping.columnMissing', { column: header, field: `coordinates.${axis}` }, { ...at, field: 'neighbourhood' }));
    }
    return i ?? -1;
  });
  if (problems.length) return { ok: false, problems };
  if (!scenario.geometry) return { ok: false, problems: [planningProblem('planning.point.noGeometry')] };
  const locate = pointLocator(scenario.geometry, scenario.neighbourhoods.map((n) => n.id));
  const [[axisA, headerA], [axisB, headerB]] = axes;
  const rd = axisA === 'x';
  return {
    ok: true,
    read: (row, sheet) => {
      const a = row.cells[index[0]!];
      const b = row.cells[index[1]!];
      if (a === undefined && b === undefined) return { kind: 'blank' };
      const place = (column: string) => ({ sheet, row: row.row, column, field: 'neighbourhood' });
      if (a === undefined || b === undefined) {
        const [blank, other] = a === undefined ? [headerA, headerB] : [headerB, headerA];
        return { kind: 'problems', problems: [planningProblem('planning.point.incomplete', { other }, place(blank))] };
      }
      const va = coordinateValue(a, axisA);
      const vb = coordinateValue(b, axisB);
      const bad: PlanningProblem[] = [];
      if (!va.ok) bad.push(planningProblem(va.code, va.params, place(headerA)));
      if (!vb.ok) bad.push(planningProblem(vb.code, vb.params, place(headerB)));
      if (!va.ok || !vb.ok) return { kind: 'problems', problems: bad };
      const [x, y] = rd ? [va.value, vb.value] : wgs84ToRd(va.value, vb.value);
      const id = locate(x, y);
      if (id !== undefined) return { kind: 'found', neighbourhood: id };
      return {
        kind: 'problems',
        problems: [planningProblem('planning.point.outside', { a: va.value, b: vb.value, columnA: headerA, columnB: headerB },
          { sheet, row: row.row, field: 'neighbourhood' })],
      };
    },
  };
}

/** Coordinate columns proposed from the headers: an x and a y column (RD New, unless the first
 *  rows hold degrees in the Netherlands' range, as some exports label longitude and latitude), or
 *  a lat and a lon column. */
export function proposeCoordinates(
  headers: readonly { index: number; header: string }[], sample: readonly PlanningRow[],
): CoordinateColumns | undefined {
  const found: Partial<Record<Axis, string>> = {};
  const position = new Map<string, number>();
  for (const h of headers) {
    const axis = coordinateIndex.get(normalHeader(h.header));
    if (axis && found[axis] === undefined) {
      found[axis] = h.header;
      position.set(h.header, h.index);
    }
  }
  if (found.x !== undefined && found.y !== undefined) {
    const degrees = (header: string, axis: Axis): boolean => {
      const i = position.get(header)!;
      let seen = 0;
      for (const r of sample) {
        const c = r.cells[i];
        if (c === undefined) continue;
        const v = coordinateValue(c, axis);
        if (!v.ok) return false;
        seen++;
      }
      return seen > 0;
    };
    if (degrees(found.x, 'lon') && degrees(found.y, 'lat')) return { lat: found.y, lon: found.x };
    return { x: found.x, y: found.y };
  }
  if (found.lat !== undefined && found.lon !== undefined) return { lat: found.lat, lon: found.lon };
  return undefined;
}
