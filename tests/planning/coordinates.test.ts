// A planning row's neighbourhood from its point coordinates, in RD New or WGS84, against the
// scenario's neighbourhood polygons: each file built here, each row's neighbourhood checked.
import { describe, expect, it } from 'vitest';
import { rdToWgs84 } from '../../engine/geo/rd';
import {
  importPlanning, mappingJson, parseMapping, planningProblemText, proposeMapping, readPlanningSource, type PlanningSource,
} from '../../engine/planning';
import { scenarioWithCodes } from '../geo/fixtures';
import { scenarioWithGeometry, xlsxOf } from './fixtures';

const source = (bytes: Uint8Array, name: string): PlanningSource => {
  const r = readPlanningSource(bytes, name);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.source;
};

// Points and the neighbourhood each must land in, as RD New metres.
const points: [string, number, number, string][] = [
  ['P-1', 155100.5, 463100.25, 'centrum'],
  ['P-2', 155500, 464500, 'noord'],
  ['P-3', 156400, 464400, 'noord'], // the second part of Noord's MultiPolygon
  ['P-4', 156500, 463500, 'oost'],
  ['P-5', 155500, 464000, 'centrum'], // on the border of Centrum and Noord: the first listed wins
  ['P-6', 156000, 463500, 'centrum'], // on the border of Centrum and Oost
  ['P-7', 156000, 464000, 'centrum'], // the corner of all three
  ['P-8', 155800, 463300, 'centrum'], // on the hole's edge line, but beside the hole: inside
];

describe('neighbourhood by point coordinates', () => {
  it('RD New x/y with decimal commas in a semicolon CSV: row by row', () => {
    const dutch = (v: number) => String(v).replace('.', ',');
    const csv = [
      'Objectcode;X-coördinaat;Y-coördinaat;Planjaar;Hoeveelheid;Levensduur',
      ...points.map(([id, x, y]) => `${id};${dutch(x)};${dutch(y)};2030;10;60`),
    ].join('\r\n');
    const src = source(new TextEncoder().encode(csv), 'punten.csv');
    const mapping = proposeMapping(src)!;
    expect(mapping.coordinates).toEqual({ x: 'X-coördinaat', y: 'Y-coördinaat' });
    expect(mapping.columns.neighbourhood).toBeUndefined();
    const r = importPlanning(src, mapping, 'A', scenarioWithGeometry());
    expect(r.problems).toEqual([]);
    expect(r.rows.map((row) => [row.row, row.work?.id, row.work?.neighbourhood]))
      .toEqual(points.map(([id, , , nb], i) => [i + 2, id, nb]));
  });

  it('WGS84 lat/lon in an xlsx: the same neighbourhoods row by row', () => {
    // Points on a border are left out: a WGS84 point converts to within a metre, not to the millimetre.
    const inner = points.filter(([id]) => !['P-5', 'P-6', 'P-7', 'P-8'].includes(id));
    const rows = [
      ['Planning netbeheerder'],
      ['Ref', 'Breedtegraad', 'Lengtegraad', 'Year', 'Quantity', 'Lifetime'],
      ...inner.map(([id, x, y]) => {
        const [lon, lat] = rdToWgs84(x, y);
        return [id, lat, lon, 2031, 5, 50];
      }),
    ];
    const src = source(xlsxOf({ Net: rows }), 'net.xlsx');
    const mapping = proposeMapping(src)!;
    expect(mapping.coordinates).toEqual({ lat: 'Breedtegraad', lon: 'Lengtegraad' });
    const r = importPlanning(src, mapping, 'A', scenarioWithGeometry());
    expect(r.problems).toEqual([]);
    expect(r.works.map((w) => [w.id, w.neighbourhood])).toEqual(inner.map(([id, , , nb]) => [id, nb]));
  });

  it('columns named x and y that hold degrees are proposed as lon and lat', () => {
    const [lon, lat] = rdToWgs84(156500, 463500);
    const csv = `id,x,y,year\nW-1,${lon},${lat},2030\n`;
    const src = source(new TextEncoder().encode(csv), 'p.csv');
    expect(proposeMapping(src)!.coordinates).toEqual({ lat: 'y', lon: 'x' });
  });

  it('a point on no polygon, out of range, not a number or half given is a problem at its row and column', () => {
    const csv = [
      'id;x;y;jaar;levensduur',
      'Q-1;155450;463450;2030;60', // in Centrum's hole
      'Q-2;170000;463000;2030;60', // east of every polygon
      'Q-3;955000;463000;2030;60', // beyond the RD New grid
      'Q-4;155500;abc;2030;60',
      'Q-5;155500;;2030;60',
      'Q-6;;;2030;60', // no point and no neighbourhood column
      'Q-7;156.500;463.500;2030;60', // thousands separators: both readings of 156.500 lie in range
      'Q-8;155500;464500;2030;60',
    ].join('\n');
    const src = source(new TextEncoder().encode(csv), 'fout.csv');
    const mapping = proposeMapping(src, { quantity: 1 })!;
    const r = importPlanning(src, mapping, 'A', scenarioWithGeometry());
    expect(r.works.map((w) => [w.id, w.neighbourhood])).toEqual([['Q-8', 'noord']]);
    expect(r.problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ['planning.point.outside', 2, undefined],
      ['planning.point.outside', 3, undefined],
      ['planning.point.outOfRange', 4, 'x'],
      ['planning.point.notNumber', 5, 'y'],
      ['planning.point.incomplete', 6, 'y'],
      ['planning.neighbourhood.blank', 7, undefined],
      ['value.ambiguousNumber', 8, 'x'],
    ]);
    expect(planningProblemText('nl', r.problems[0]!)).toBe(
      'fout.csv, rij 2: Het punt (155.450; 463.450) uit de kolommen "x" en "y" ligt in geen enkele wijk met een vlak op het blad Geometrie.');
    expect(planningProblemText('en', r.problems[2]!)).toBe('fout.csv, row 4, column "x": 955000 is outside the range of this coordinate (-7000 to 300,000).');
    expect(planningProblemText('nl', r.problems[2]!)).toBe('fout.csv, rij 4, kolom "x": 955000 ligt buiten het bereik van deze coördinaat (-7000 tot 300.000).');
  });

  it('a latitude with a decimal comma and three decimals reads as degrees, its only reading in range', () => {
    const csv = 'id;lat;lon;jaar;levensduur\nL-1;52,123;5,4;2030;60\n';
    const src = source(new TextEncoder().encode(csv), 'p.csv');
    const mapping = proposeMapping(src, { quantity: 1 })!;
    const r = importPlanning(src, mapping, 'A', scenarioWithGeometry());
    // 52.123 N, 5.4 E lies outside these test polygons: the point was read, then found on none.
    expect(r.problems.map((p) => p.code)).toEqual(['planning.point.outside']);
    expect(r.problems[0]!.params).toMatchObject({ a: 5.4, b: 52.123 });
  });

  it('a neighbourhood cell wins over the point; the point fills the rows whose cell is blank', () => {
    const csv = 'id;buurt;x;y;jaar;levensduur\nM-1;oost;155500;464500;2030;60\nM-2;;155500;464500;2030;60\n';
    const src = source(new TextEncoder().encode(csv), 'p.csv');
    const mapping = proposeMapping(src, { quantity: 1 })!;
    expect(mapping.columns.neighbourhood).toBe('buurt');
    const r = importPlanning(src, mapping, 'A', scenarioWithGeometry());
    expect(r.problems).toEqual([]);
    expect(r.works.map((w) => [w.id, w.neighbourhood])).toEqual([['M-1', 'oost'], ['M-2', 'noord']]);
  });

  it('coordinates without geometry: a problem, or a warning when a neighbourhood column decides anyway', () => {
    const noGeometry = scenarioWithCodes();
    const onlyPoints = source(new TextEncoder().encode('id;x;y;jaar\nW-1;155500;464500;2030\n'), 'p.csv');
    const r = importPlanning(onlyPoints, proposeMapping(onlyPoints, { quantity: 1, lifetimeYears: 40 })!, 'A', noGeometry);
    expect(r.problems.map((p) => [p.code, p.severity])).toEqual([['planning.point.noGeometry', 'error']]);
    const both = source(new TextEncoder().encode('id;buurt;x;y;jaar\nW-1;oost;155500;464500;2030\n'), 'p.csv');
    const r2 = importPlanning(both, proposeMapping(both, { quantity: 1, lifetimeYears: 40 })!, 'A', noGeometry);
    expect(r2.works.map((w) => w.neighbourhood)).toEqual(['oost']);
    expect(r2.problems.map((p) => [p.code, p.severity])).toEqual([['planning.point.noGeometry', 'warning']]);
  });

  it('the mapping keeps its coordinates through JSON; mappings without them stay valid', () => {
    const m = parseMapping({ version: 1, columns: { id: 'id' }, constants: {}, coordinates: { lat: 'Lat', lon: 'Lon' } });
    expect(m.ok).toBe(true);
    if (!m.ok) return;
    const back = parseMapping(mappingJson(m.mapping));
    expect(back).toEqual(m);
    expect(parseMapping({ version: 1, columns: { id: 'id' }, constants: {} }).ok).toBe(true);
    expect(parseMapping({ version: 1, columns: {}, constants: {}, coordinates: { x: 'X' } }).ok).toBe(false);
    const missing = importPlanning(source(new TextEncoder().encode('id;x;jaar\nW-1;1;2030\n'), 'p.csv'),
      { version: 1, columns: { id: 'id', plannedYear: 'jaar' }, constants: {}, coordinates: { x: 'x', y: 'Y-RD' } }, 'A', scenarioWithGeometry());
    expect(missing.problems.map((p) => [p.code, p.params.column])).toEqual([['planning.mapping.columnMissing', 'Y-RD']]);
  });
});
