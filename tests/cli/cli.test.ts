// The real command line on real workbooks: the example it writes, a bad workbook built with
// SheetJS, files that are no workbook at all.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../engine/workbook/read';
import { writeWorkbook } from '../../engine/workbook/write';
import { buildExample } from '../../scenarios/example';
import { runCli, stackLine } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'koppelkans-cli-'));
const exampleNl = join(dir, 'voorbeeld.xlsx');
const exampleEn = join(dir, 'example.xlsx');
// Each test spawns the command line (the bundle; tsx only if it is missing); on a loaded 2-core
// machine one spawn can still take seconds.
const slow = 300_000;
const bytes = (path: string) => new Uint8Array(readFileSync(path));

beforeAll(async () => {
  const [nl, en] = await Promise.all([
    runCli(['example', exampleNl]),
    runCli(['example', exampleEn, '--lang', 'en']),
  ]);
  expect(nl.code, nl.stderr).toBe(0);
  expect(en.code, en.stderr).toBe(0);
}, slow);

describe('example and template commands', { timeout: slow }, () => {
  it('example writes the example scenario, in Dutch by default and in English on request', () => {
    for (const [file, lang] of [[exampleNl, 'nl'], [exampleEn, 'en']] as const) {
      const read = readWorkbook(bytes(file));
      expect(read.ok && read.lang).toBe(lang);
      if (read.ok) expect(read.scenario).toEqual(buildExample());
    }
    expect(XLSX.read(bytes(exampleNl)).SheetNames).toEqual(expect.arrayContaining(['Instellingen', 'Wijken', 'Partijen', 'Werken']));
    expect(XLSX.read(bytes(exampleEn)).SheetNames).toEqual(expect.arrayContaining(['Settings', 'Neighbourhoods', 'Parties', 'Works']));
  });

  it('template writes a workbook with every required sheet and its columns, in the chosen language', async () => {
    const file = join(dir, 'sjabloon.xlsx');
    const r = await runCli(['template', file, '--lang', 'nl']);
    expect(r.code, r.stderr).toBe(0);
    const wb = XLSX.read(bytes(file));
    expect(wb.SheetNames).toEqual(expect.arrayContaining(['Instellingen', 'Wijken', 'Partijen', 'Werken']));
    const header = XLSX.utils.sheet_to_json<string[]>(wb.Sheets.Werken as XLSX.WorkSheet, { header: 1 })[0];
    expect(header).toEqual(expect.arrayContaining(['id', 'wijk', 'partij', 'gepland', 'hoeveelheid', 'eenheidsprijs', 'levensduur']));
    // Read back by our own reader: a Dutch scenario workbook that only lacks the two values the
    // user must give (base year and horizon); with those filled in it reads as an empty scenario.
    const read = readWorkbook(bytes(file));
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problems.map((p) => [p.sheet, p.field, p.code]).sort()).toEqual([
        ['settings', 'baseYear', 'value.required'], ['settings', 'horizonYears', 'value.required'],
      ]);
    }
    const ws = wb.Sheets.Instellingen as XLSX.WorkSheet;
    const keys = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1 }).map((r) => r[0]);
    ws[`B${keys.indexOf('baseYear') + 1}`] = { t: 'n', v: 2026 };
    ws[`B${keys.indexOf('horizonYears') + 1}`] = { t: 'n', v: 30 };
    const filled = readWorkbook(new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' })));
    expect(filled.ok && filled.lang).toBe('nl');
    if (filled.ok) {
      expect(filled.scenario.settings).toMatchObject({ baseYear: 2026, horizonYears: 30, discountRate: 0.0225 });
      expect(filled.scenario.works).toEqual([]);
    }
    // compute on the unfilled template: the problems name sheet, row and column; exit 2.
    const r2 = await runCli(['compute', file]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/Instellingen, rij \d+, kolom B/);
  });
});

describe('compute', { timeout: slow }, () => {
  it('prints a Dutch summary for a Dutch workbook: steps, savings, parties, projects', async () => {
    const r = await runCli(['compute', exampleNl]);
    expect(r.code, r.stderr).toBe(0);
    for (const text of ['Afzonderlijke projecten', 'Gebundeld', 'Gedifferentieerd', 'Integraal', 'Bundelen',
      'Totaal', 'Gemeente – riolering (GRP)', 'Projecten in de stap', 'werken met een variantgroep',
      'Budgettekorten']) expect(r.stdout).toContain(text);
    // Dutch notation: € 12.345.678,90
    expect(r.stdout).toMatch(/€\s?\d{1,3}(\.\d{3})+,\d{2}/);
  });

  it('follows the workbook language, and --lang overrides it', async () => {
    const en = await runCli(['compute', exampleEn]);
    expect(en.code, en.stderr).toBe(0);
    expect(en.stdout).toContain('Separate projects');
    expect(en.stdout).toMatch(/€\d{1,3}(,\d{3})+\.\d{2}/);
    const nl = await runCli(['compute', exampleEn, '--lang', 'nl']);
    expect(nl.stdout).toContain('Afzonderlijke projecten');
  });

  it('--json prints the summary of MODEL.md, savings adding up to the cent', async () => {
    const r = await runCli(['compute', exampleNl, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.scenario).toBe('Vier testwijken');
    expect(j.currency).toBe('EUR');
    expect(j.meta.method).toBe('1');
    expect(j.meta.app).toMatch(/^\d+\.\d+\.\d+/);
    expect(j.meta.input).toMatch(/^[0-9a-f]{64}$/);
    expect(Number.isNaN(Date.parse(j.meta.computedAt))).toBe(false);
    expect(j.steps.map((s: { id: string }) => s.id)).toEqual(['separate', 'bundled', 'differentiated', 'integrated']);
    const cents = (v: number) => Math.round(v * 100);
    for (const p of ['financial', 'societal'] as const) {
      const step = (id: string) => cents(j.steps.find((s: { id: string }) => s.id === id)[`${p}PV`]);
      expect(cents(j.savings.bundling[p])).toBe(step('separate') - step('bundled'));
      expect(cents(j.savings.total[p])).toBe(step('separate') - step('integrated'));
      expect(cents(j.savings.bundling[p]) + cents(j.savings.differentiation[p]) + cents(j.savings.citizen[p]))
        .toBe(cents(j.savings.total[p]));
    }
    expect(j.parties.length).toBeGreaterThanOrEqual(7);
    for (const p of j.parties) {
      expect(Object.keys(p)).toEqual(expect.arrayContaining(['id', 'separatePV', 'integratedPV', 'saving', 'flagged']));
      expect(cents(p.saving)).toBe(cents(p.separatePV) - cents(p.integratedPV));
    }
    expect(j.projects.length).toBeGreaterThan(0);
    const worksInProjects = new Set<string>();
    for (const p of j.projects) {
      expect(Object.keys(p)).toEqual(expect.arrayContaining(['step', 'neighbourhood', 'year', 'works', 'shared', 'disruption']));
      if (p.step === 'integrated') for (const w of p.works) worksInProjects.add(w);
    }
    // Every work of the example is executed once in the integrated step.
    expect(worksInProjects.size).toBe(buildExample().works.length);
  });

  it('--json is byte-identical for the same workbook, apart from meta.computedAt', async () => {
    const [a, b] = await Promise.all([runCli(['compute', exampleNl, '--json']), runCli(['compute', exampleNl, '--json'])]);
    const strip = (text: string) => text.replace(/"computedAt": "[^"]*"/, '"computedAt": ""');
    expect(a.code, a.stderr).toBe(0);
    expect(strip(a.stdout)).toBe(strip(b.stdout));
  });

  it('--rule overrides the allocation rule: the engine computes with it, step totals unchanged', async () => {
    const base = JSON.parse((await runCli(['compute', exampleNl, '--json'])).stdout);
    const r = await runCli(['compute', exampleNl, '--json', '--rule', 'equal']);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.steps).toEqual(base.steps);
    expect(j.savings).toEqual(base.savings);
    // Separate projects hold one work each: nothing to allocate, whatever the rule.
    const sep = (x: { parties: { id: string; separatePV: number }[] }) => x.parties.map((p) => [p.id, p.separatePV]);
    expect(sep(j)).toEqual(sep(base));
    // Bundled projects hold several parties: an equal split differs from a split by direct cost.
    const integ = (x: { parties: { id: string; integratedPV: number }[] }) => x.parties.map((p) => p.integratedPV);
    expect(integ(j)).not.toEqual(integ(base));
    expect(r.stderr).toBe('');
    const text = await runCli(['compute', exampleNl, '--rule', 'shapley', '--lang', 'en']);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('allocation: shapley');
  });
});

describe('results workbook', { timeout: slow }, () => {
  it('--out writes the results workbook with the same totals as the JSON, in the output language', async () => {
    const file = join(dir, 'resultaten.xlsx');
    const r = await runCli(['compute', exampleNl, '--json', '--out', file]);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    const wb = XLSX.read(bytes(file));
    expect(wb.SheetNames).toEqual(expect.arrayContaining(['Samenvatting', 'Projecten', 'Werken']));
    const cells = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets.Samenvatting as XLSX.WorkSheet, { header: 1 }).flat();
    for (const s of j.steps) {
      expect(cells).toContain(s.financialPV);
      expect(cells).toContain(s.societalPV);
    }
    expect(cells).toContain(j.savings.total.financial);
  });
});

describe('errors', { timeout: slow }, () => {
  it('a bad workbook: the problems with sheet, row and column, exit 2, no stack trace', async () => {
    const s = buildExample();
    const wb = XLSX.read(writeWorkbook(s, { lang: 'nl' }));
    const works = wb.Sheets.Werken as XLSX.WorkSheet;
    const header = XLSX.utils.sheet_to_json<string[]>(works, { header: 1 })[0] ?? [];
    const col = XLSX.utils.encode_col(header.indexOf('hoeveelheid'));
    works[`${col}3`] = { t: 's', v: 'veel' };
    const file = join(dir, 'fout.xlsx');
    writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
    const r = await runCli(['compute', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Werken');
    expect(r.stderr).toContain('3');
    expect(r.stderr).toContain(col);
    expect(r.stderr).toContain('hoeveelheid');
    expect(r.stderr).not.toMatch(stackLine);
    const en = await runCli(['compute', file, '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('error');
  });

  it('a file that is not a workbook, and a missing file: exit 2, no stack trace', async () => {
    const file = join(dir, 'not-a-zip.xlsx');
    writeFileSync(file, 'this is not a zip file');
    const r = await runCli(['compute', file, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not-a-zip.xlsx');
    expect(r.stderr).not.toMatch(stackLine);
    const missing = await runCli(['compute', join(dir, 'nope.xlsx'), '--lang', 'en']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Cannot read');
    expect(missing.stderr).toContain('ENOENT');
    expect(missing.stderr).not.toMatch(stackLine);
  });

  it('usage errors exit 2 with the usage; --help and --version exit 0', async () => {
    const [none, unknown, badOpt, help, version] = await Promise.all([
      runCli([]),
      runCli(['bereken', 'x.xlsx', '--lang', 'en']),
      runCli(['compute', exampleNl, '--rule', 'shapely', '--lang', 'en']),
      runCli(['--help']),
      runCli(['--version']),
    ]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('koppelkans compute');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "bereken"');
    expect(badOpt.code).toBe(2);
    expect(badOpt.stderr).toContain('shapley');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('koppelkans template');
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
