// `koppelkans import-geometry` as a user runs it: the report, the new workbook, malformed input exit 2.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../engine/workbook/read';
import { writeWorkbook } from '../../engine/workbook/write';
import { runCli, stackLine } from '../cli/run-cli';
import { geojson, scenarioWithCodes } from './fixtures';

describe('koppelkans import-geometry', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kk-geo-'));
  const book = join(dir, 'scenario.xlsx');
  writeFileSync(book, writeWorkbook(scenarioWithCodes(), { lang: 'en' }));

  it('writes the geometry and reports unmatched areas and neighbourhoods', async () => {
    const file = join(dir, 'buurten.geojson');
    writeFileSync(file, geojson('wgs84', { extra: true }));
    const out = join(dir, 'new.xlsx');
    const r = await runCli(['import-geometry', book, file, '--key', 'BU_CODE', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('EPSG:4326');
    expect(r.stdout).toContain('3 of 4 neighbourhoods');
    expect(r.stdout).toContain('#4 BU00019999');
    expect(r.stdout).toContain('Neighbourhoods without an area: west');
    const back = readWorkbook(new Uint8Array(readFileSync(out)));
    expect(back.ok && back.scenario.geometry?.shapes.map((s) => s.neighbourhood)).toEqual(['centrum', 'noord', 'oost']);
  });

  it('koppelkans map writes the SVG map of a layer from the stored geometry', async () => {
    const svgPath = join(dir, 'map.svg');
    const r = await runCli(['map', join(dir, 'new.xlsx'), '--layer', 'saving', '--step', 'bundled', '--out', svgPath]);
    expect(r.code, r.stderr).toBe(0);
    const svg = readFileSync(svgPath, 'utf8');
    expect(svg.match(/<path data-neighbourhood=/g)).toHaveLength(3);
    expect(svg).toContain('fill-rule="evenodd"');
  });

  it('malformed GeoJSON: exit 2 with the problem, no stack trace', async () => {
    const file = join(dir, 'bad.geojson');
    writeFileSync(file, '{"type":"Polygon","coordinates":[[[NaN');
    const r = await runCli(['import-geometry', book, file, '--out', join(dir, 'x.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not valid JSON');
    expect(r.stderr).not.toMatch(stackLine);
  });
});
