// `koppelkans import-planning`: the proposed mapping (exit 2) without one, the diff with one, the
// mapping stored so the next version imports in one step, and the input never written over.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Output } from '../../cli/io';
import { main } from '../../cli/main';
import { storedMapping } from '../../engine/planning';
import { readWorkbook } from '../../engine/workbook/read';
import { writeWorkbook } from '../../engine/workbook/write';
import { runCli } from '../cli/run-cli';
import { cityScenario, gbiRows, xlsxOf } from './fixtures';

const dir = mkdtempSync(join(tmpdir(), 'import-planning-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const path = (name: string) => join(dir, name);

function recording(): Output & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (s) => out.push(s), stderr: (s) => err.push(s) };
}

describe('import-planning', () => {
  writeFileSync(path('scenario.xlsx'), writeWorkbook(cityScenario(), { lang: 'nl' }));
  writeFileSync(path('riool.xlsx'), xlsxOf({ Planning: gbiRows() }));
  const scenarioBytes = readFileSync(path('scenario.xlsx'));

  it('without a mapping prints the proposed mapping as JSON and exits 2', async () => {
    const io = recording();
    const code = await main(['import-planning', path('scenario.xlsx'), path('riool.xlsx'), '--party', 'riool', '--out', path('new.xlsx'), '--lang', 'en'], io);
    expect(code).toBe(2);
    const proposed = JSON.parse(io.out.join(''));
    expect(proposed.columns.plannedYear).toBe('Vervangingsjaar');
    expect(proposed.headerRow).toBe(3);
    expect(io.err.join('')).toContain('No mapping given or stored for party riool');
  });

  it('with a mapping prints the diff, writes the new workbook with the mapping stored', async () => {
    const mapping = {
      version: 1, headerRow: 3,
      columns: { id: 'Objectcode', neighbourhood: 'Buurt', plannedYear: 'Vervangingsjaar', quantity: 'Lengte (m)', unitCost: 'Eenheidsprijs', durationDays: 'Duur (dagen)' },
      constants: { lifetimeYears: 60, unit: 'm' },
    };
    writeFileSync(path('map.json'), JSON.stringify(mapping));
    const io = recording();
    const code = await main(['import-planning', path('scenario.xlsx'), path('riool.xlsx'), '--party', 'riool', '--mapping', path('map.json'), '--out', path('new.xlsx'), '--lang', 'en'], io);
    expect(io.err.join('\n')).toContain('new.xlsx');
    expect(code).toBe(0);
    const text = io.out.join('\n');
    expect(text).toContain('Planning of party riool: 2 added, 1 removed, 1 changed, 0 unchanged.');
    expect(text).toContain('  + S-200\n  + S-300\n  - S-OLD\n  ~ S-100: plannedYear, quantity, unit, unitCost, durationDays');
    expect(text).toContain('Bundle B1 loses work S-OLD.');
    expect(text).toMatch(/Separate projects: €[\d,.]+ \/ €[\d,.]+ → €[\d,.]+/);
    expect(readFileSync(path('scenario.xlsx')).equals(scenarioBytes)).toBe(true);
    const back = readWorkbook(new Uint8Array(readFileSync(path('new.xlsx'))));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.scenario.works.filter((w) => w.party === 'riool').map((w) => w.id)).toEqual(['S-100', 'S-200', 'S-300']);
    expect(storedMapping(back.scenario, 'riool')).toEqual({ ok: true, mapping });
  });

  it('the next version imports in one step with the stored mapping (the real command line)', async () => {
    const next = gbiRows().filter((r) => r[0] !== 'S-300');
    writeFileSync(path('riool-v2.xlsx'), xlsxOf({ Planning: next }));
    const r = await runCli(['import-planning', path('new.xlsx'), path('riool-v2.xlsx'), '--party', 'riool', '--out', path('v2.xlsx'), '--lang', 'nl']);
    expect(r.stderr).toContain('v2.xlsx');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Planning van partij riool: 0 toegevoegd, 1 verwijderd, 0 gewijzigd, 2 ongewijzigd.');
    expect(r.stdout).toContain('  - S-300');
  });

  it('refuses to write over its input, and names bad rows without writing', async () => {
    const io = recording();
    expect(await main(['import-planning', path('new.xlsx'), path('riool.xlsx'), '--party', 'riool', '--out', path('new.xlsx'), '--lang', 'en'], io)).toBe(2);
    expect(io.err.join('')).toContain('is the input file');
    const bad = [...gbiRows(), ['S-900', 'Atlantis', 'x', 2030, 1, 'm', 1, 1, 'y']];
    writeFileSync(path('bad.xlsx'), xlsxOf({ Planning: bad }));
    const io2 = recording();
    expect(await main(['import-planning', path('new.xlsx'), path('bad.xlsx'), '--party', 'riool', '--out', path('bad-out.xlsx'), '--lang', 'en'], io2)).toBe(2);
    expect(io2.err.join('\n')).toContain('Planning, row 7, column "Buurt": "Atlantis" is not a known neighbourhood');
    expect(() => readFileSync(path('bad-out.xlsx'))).toThrow();
  });

  it('names a scenario rule an imported work breaks at the planning file\'s row', async () => {
    const noPrice = { version: 1, columns: { id: 'Objectcode', neighbourhood: 'Buurt', plannedYear: 'Vervangingsjaar', quantity: 'Lengte (m)' }, constants: { lifetimeYears: 60 } };
    writeFileSync(path('no-price.json'), JSON.stringify(noPrice));
    const io = recording();
    expect(await main(['import-planning', path('scenario.xlsx'), path('riool.xlsx'), '--party', 'riool', '--mapping', path('no-price.json'), '--out', path('np.xlsx'), '--lang', 'en'], io)).toBe(2);
    expect(io.err.join('\n')).toContain('  Planning, row 4: A work without a variant group needs a value here.');
    expect(() => readFileSync(path('np.xlsx'))).toThrow();
  });
});
