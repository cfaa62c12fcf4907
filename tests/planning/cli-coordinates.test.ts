// `koppelkans import-planning` with a planning whose rows carry RD New coordinates instead of a
// neighbourhood: the proposed mapping names the coordinate columns, and with it each work lands in
// the neighbourhood whose polygon holds its point. The real command line, as a user runs it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../engine/workbook/read';
import { writeWorkbook } from '../../engine/workbook/write';
import { runCli } from '../cli/run-cli';
import { scenarioWithGeometry } from './fixtures';

const dir = mkdtempSync(join(tmpdir(), 'import-points-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const path = (name: string) => join(dir, name);

describe('import-planning by point coordinates', () => {
  writeFileSync(path('scenario.xlsx'), writeWorkbook(scenarioWithGeometry(), { lang: 'nl' }));
  const csv = ['Objectcode;RD_X;RD_Y;Planjaar;Aantal;Levensduur;Eenheidsprijs',
    'K-1;155500,5;464500;2030;3;40;1000', 'K-2;156500;463500,25;2031;2;40;1000', 'K-3;155000;463500;2032;1;40;1000'].join('\n');
  writeFileSync(path('kabels.csv'), csv);

  it('proposes the coordinate columns, then places each work by its point', async () => {
    const proposed = await runCli(['import-planning', path('scenario.xlsx'), path('kabels.csv'), '--party', 'A', '--out', path('new.xlsx'), '--lang', 'en']);
    expect(proposed.code).toBe(2);
    const mapping = JSON.parse(proposed.stdout);
    expect(mapping.coordinates).toEqual({ x: 'RD_X', y: 'RD_Y' });
    writeFileSync(path('map.json'), proposed.stdout);
    const r = await runCli(['import-planning', path('scenario.xlsx'), path('kabels.csv'), '--party', 'A', '--mapping', path('map.json'), '--out', path('new.xlsx'), '--lang', 'en']);
    expect(r.stderr).toContain('new.xlsx');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('3 added, 2 removed');
    const back = readWorkbook(new Uint8Array(readFileSync(path('new.xlsx'))));
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    // K-3 lies on Centrum's western outline: on the edge counts as inside.
    expect(back.scenario.works.map((w) => [w.id, w.neighbourhood])).toEqual([['K-1', 'noord'], ['K-2', 'oost'], ['K-3', 'centrum']]);
    expect(JSON.parse(back.scenario.mappings![0]!.mapping).coordinates).toEqual({ x: 'RD_X', y: 'RD_Y' });
  });

  it('a point outside every polygon is named at its line, and nothing is written', async () => {
    writeFileSync(path('ver.csv'), `${csv}\nK-4;200000;400000;2030;1;40;1000\n`);
    const r = await runCli(['import-planning', path('scenario.xlsx'), path('ver.csv'), '--party', 'A', '--mapping', path('map.json'), '--out', path('ver.xlsx'), '--lang', 'nl']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ver.csv, rij 5: Het punt (200.000; 400.000) uit de kolommen "RD_X" en "RD_Y" ligt in geen enkele wijk');
    expect(() => readFileSync(path('ver.xlsx'))).toThrow();
  });
});
