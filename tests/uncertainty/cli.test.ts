// `koppelkans sensitivity` as a user runs it, on real workbooks.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { writeWorkbook } from '../../engine/workbook/write';
import { runCli } from '../cli/run-cli';
import { twoPartyCase } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'kk-sens-'));
const book = join(dir, 'two-party.xlsx');
writeFileSync(book, writeWorkbook(twoPartyCase(), { lang: 'en' }));

describe('koppelkans sensitivity', () => {
  it('prints the tornado, percentiles and break-even as JSON, reproducibly', async () => {
    const a = await runCli(['sensitivity', book, '--json', '--iterations', '2000', '--seed', '5']);
    expect(a.stderr).toBe('');
    expect(a.code).toBe(0);
    const j = JSON.parse(a.stdout);
    expect(j.plan).toBe('fixed');
    expect(j.tornado.base).toBe(8_750);
    expect(j.tornado.bars[0]).toEqual({ input: 'setting:coordinationPerExtraParty', atLow: 10_750, atHigh: -19_250, swing: 30_000 });
    expect(j.monteCarlo.iterations).toBe(2_000);
    expect(j.monteCarlo.seed).toBe(5);
    expect(j.monteCarlo.probPositive).toBeGreaterThan(0);
    expect(j.monteCarlo.probPositive).toBeLessThan(1);
    const coord = j.breakEven.find((b: { input: string }) => b.input === 'setting:coordinationPerExtraParty');
    expect(coord.found).toBe(true);
    expect(Math.abs(coord.value - 10_750)).toBeLessThanOrEqual(1);
    expect(j.breakEven.find((b: { input: string }) => b.input === 'setting:tenderFixed').found).toBe(false);
    const b = await runCli(['sensitivity', book, '--json', '--iterations', '2000', '--seed', '5']);
    expect(b.stdout).toBe(a.stdout);
    const c = await runCli(['sensitivity', book, '--json', '--iterations', '2000', '--seed', '6']);
    expect(JSON.parse(c.stdout).monteCarlo.mean).not.toBe(j.monteCarlo.mean);
  });

  it('prints a readable report in Dutch and writes the results workbook sheets', async () => {
    const out = join(dir, 'results.xlsx');
    const r = await runCli(['sensitivity', book, '--lang', 'nl', '--iterations', '500', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Onzekerheid en gevoeligheid');
    expect(r.stdout).toContain('Coördinatie per extra partij');
    expect(r.stdout).toContain('Kans dat de besparing positief is');
    expect(r.stdout).toMatch(/Coördinatie per extra partij: de besparing is nul bij €\s10\.7(49|50|51)/);
    expect(r.stdout).toContain('Aanbesteding per project: geen omslagpunt');
    const wb = XLSX.read(readFileSync(out), { type: 'buffer' });
    expect(wb.SheetNames).toEqual(expect.arrayContaining(['Tornado', 'Monte Carlo', 'Omslagpunten']));
    const tornado = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets.Tornado!);
    expect(tornado[0]).toMatchObject({ Invoer: 'Coördinatie per extra partij', 'Besparing bij laag': 10_750, 'Besparing bij hoog': -19_250 });
    const mc = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['Monte Carlo']!, { header: 1 });
    expect(mc[1]).toEqual(['Trekkingen', 500]);
  });

  it('re-plans per draw when asked, and refuses a bad iteration count', async () => {
    const r = await runCli(['sensitivity', book, '--json', '--iterations', '50', '--replan']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.plan).toBe('replan');
    // Re-planning drops the bundle when coordination costs more than it saves: never below 0.
    const coord = j.tornado.bars.find((b: { input: string }) => b.input === 'setting:coordinationPerExtraParty');
    expect(coord).toMatchObject({ atLow: 10_750, atHigh: 0 });
    const bad = await runCli(['sensitivity', book, '--iterations', 'lots', '--lang', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--iterations needs a whole number');
  });
});
