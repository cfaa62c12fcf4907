// Importing a party's planning from the files partners send: each file built here, each row's work
// checked, problems placed at the file's own sheet, row and column.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  importPlanning, parseMapping, planningProblemText, proposeMapping, readPlanningSource, type PlanningSource,
} from '../../engine/planning';
import { findSoffice } from '../support/soffice';
import { cityScenario, gbiRows, xlsxOf } from './fixtures';

const source = (bytes: Uint8Array, name: string): PlanningSource => {
  const r = readPlanningSource(bytes, name);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.source;
};

describe('import a planning', () => {
  it('reads a GBI-like xlsx with two title rows above Dutch headers', () => {
    const src = source(xlsxOf({ Planning: gbiRows() }), 'riool.xlsx');
    const mapping = proposeMapping(src, { category: 'riolering', lifetimeYears: 60, maxAdvanceYears: 2 });
    expect(mapping).toEqual({
      version: 1, headerRow: 3,
      columns: {
        id: 'Objectcode', neighbourhood: 'Buurt', description: 'Omschrijving', plannedYear: 'Vervangingsjaar',
        quantity: 'Lengte (m)', unit: 'Eenheid', unitCost: 'Eenheidsprijs', durationDays: 'Duur (dagen)', street: 'Straatnaam',
      },
      constants: { category: 'riolering', lifetimeYears: 60, maxAdvanceYears: 2 },
    });
    const r = importPlanning(src, mapping!, 'riool', cityScenario());
    expect(r.problems).toEqual([]);
    expect(r.rows.map((x) => [x.sheet, x.row])).toEqual([['Planning', 4], ['Planning', 5], ['Planning', 6]]);
    const base = { party: 'riool', category: 'riolering', lifetimeYears: 60, maxAdvanceYears: 2, maxDeferYears: 0, unit: 'm', deferralCostPerYear: 0, bookValue: 0, tags: [] };
    expect(r.works).toEqual([
      { ...base, id: 'S-100', neighbourhood: 'N2', description: 'Vrijverval riool', plannedYear: 2031, quantity: 12.5, unitCost: 1100, durationDays: 12, street: 'Zuiderlaan' },
      { ...base, id: 'S-200', neighbourhood: 'N1', description: 'Gemengd stelsel', plannedYear: 2028, quantity: 80, unitCost: 950, durationDays: 25, street: 'Oosterweg' },
      { ...base, id: 'S-300', neighbourhood: 'N2', description: 'Drukriool', plannedYear: 2033, quantity: 40, unitCost: 700, durationDays: 8, street: 'Hofstraat' },
    ]);
  });

  it('reads the same planning from .ods', () => {
    const src = source(xlsxOf({ Planning: gbiRows() }, 'ods'), 'riool.ods');
    expect(src.kind).toBe('ods');
    const r = importPlanning(src, proposeMapping(src, { lifetimeYears: 60 })!, 'riool', cityScenario());
    expect(r.problems).toEqual([]);
    expect(r.works.map((w) => [w.id, w.neighbourhood, w.plannedYear, w.quantity])).toEqual([
      ['S-100', 'N2', 2031, 12.5], ['S-200', 'N1', 2028, 80], ['S-300', 'N2', 2033, 40],
    ]);
  });

  it('reads an English CSV with commas and quotes', () => {
    const csv = [
      'Ref no.,Neighbourhood,Description,Year,Quantity,Unit,Unit cost,Lifetime,Duration days',
      'E-1,Zuiderhof,"Cable, 10 kV",2032,"1,250.5",m,150,50,15',
      'E-2,N1,Gas main,2029,300,m,90.25,60,10',
    ].join('\r\n');
    const src = source(new TextEncoder().encode(csv), 'net.csv');
    expect(src.csv).toEqual({ encoding: 'utf-8', delimiter: ',' });
    const mapping = proposeMapping(src, { category: 'electricity' })!;
    expect(mapping.columns).toEqual({
      neighbourhood: 'Neighbourhood', description: 'Description', plannedYear: 'Year', quantity: 'Quantity',
      unit: 'Unit', unitCost: 'Unit cost', lifetimeYears: 'Lifetime', durationDays: 'Duration days',
    });
    // "Ref no." is not a header we guess; the user corrects the mapping.
    const fixed = parseMapping({ ...mapping, columns: { ...mapping.columns, id: 'Ref no.' } });
    expect(fixed.ok).toBe(true);
    const r = importPlanning(src, fixed.ok ? fixed.mapping : mapping, 'net', cityScenario());
    expect(r.problems).toEqual([]);
    expect(r.works.map((w) => [w.id, w.neighbourhood, w.description, w.plannedYear, w.quantity, w.unitCost, w.lifetimeYears, w.category]))
      .toEqual([
        ['E-1', 'N2', 'Cable, 10 kV', 2032, 1250.5, 150, 50, 'electricity'],
        ['E-2', 'N1', 'Gas main', 2029, 300, 90.25, 60, 'electricity'],
      ]);
  });

  it('names each bad row at the file\'s sheet, line and column, in Dutch and English', () => {
    const csv = [
      'Objectcode;Wijk;Planjaar;Hoeveelheid;Levensduur',
      'S-1;Nergenshuizen;2030;10;60',
      'S-2;N1;twintig;10;60',
      'S-3;N1;2030;1.234;60',
      'S-4;N1;2031;5;60',
      'S-4;N1;2032;5;60',
      'E-1;N2;2031;5;60',
    ].join('\n');
    const src = source(new TextEncoder().encode(csv), 'riool.csv');
    const r = importPlanning(src, proposeMapping(src)!, 'riool', cityScenario());
    expect(r.works.map((w) => w.id)).toEqual(['S-4']);
    expect(r.problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ['planning.neighbourhood.unmatched', 2, 'Wijk'],
      ['value.notNumber', 3, 'Planjaar'],
      ['value.ambiguousNumber', 4, 'Hoeveelheid'],
      ['planning.id.duplicate', 6, 'Objectcode'],
      ['planning.id.otherParty', 7, 'Objectcode'],
    ]);
    expect(planningProblemText('nl', r.problems[0]!)).toBe('riool.csv, rij 2, kolom "Wijk": "Nergenshuizen" is geen bekende wijk (id, naam of CBS-code).');
    expect(planningProblemText('en', r.problems[1]!)).toBe('riool.csv, row 3, column "Planjaar": "twintig" is not a number.');
  });

  it.skipIf(!findSoffice())('reads a semicolon CSV in Windows-1252 with decimal commas, written by LibreOffice', () => {
    const rows = [
      ['Rioleringsplan 2027-2031 (concept)'],
      [],
      ['Objectcode', 'Buurtcode', 'Omschrijving', 'Jaar uitvoering', 'Hoeveelheid', 'Eenheidsprijs', 'Levensduur'],
      // Dutch notation as a Dutch Calc writes it: decimal comma, dot for thousands.
      ['S-10', 'BU03630002', 'Vervanging gemengd riool Zuiderhof — fase één', 2029, '12,75', '1.250,50', 60],
      ['S-11', 'Oosterpark', 'Relining café-straat', 2030, '3,5', '880', 45],
    ];
    const dir = mkdtempSync(join(tmpdir(), 'planning-lo-'));
    let bytes: Uint8Array;
    try {
      writeFileSync(join(dir, 'plan.xlsx'), xlsxOf({ Blad1: rows }));
      writeFileSync(join(dir, 'profile.marker'), '');
      execFileSync(findSoffice()!, [
        `-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore',
        '--convert-to', 'csv:Text - txt - csv (StarCalc):59,34,1,1', '--outdir', join(dir, 'out'), join(dir, 'plan.xlsx'),
      ], { stdio: 'pipe', timeout: 120_000 });
      const name = readdirSync(join(dir, 'out')).find((f) => f.endsWith('.csv'))!;
      bytes = new Uint8Array(readFileSync(join(dir, 'out', name)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // Charset token 1 is LibreOffice's Windows-1252 (RTL_TEXTENCODING_MS_1252): é is the one byte
    // 0xE9 and the em dash 0x97, which ISO-8859-1 has not.
    expect(bytes.includes(0xe9) && bytes.includes(0x97)).toBe(true);
    expect(new TextDecoder('windows-1252').decode(bytes)).toContain('2029;"12,75";"1.250,50";60');
    const src = source(bytes, 'plan.csv');
    expect(src.csv).toEqual({ encoding: 'windows-1252', delimiter: ';' });
    const r = importPlanning(src, proposeMapping(src)!, 'riool', cityScenario());
    expect(r.problems).toEqual([]);
    expect(r.works.map((w) => [w.id, w.neighbourhood, w.description, w.plannedYear, w.quantity, w.unitCost, w.lifetimeYears])).toEqual([
      ['S-10', 'N2', 'Vervanging gemengd riool Zuiderhof — fase één', 2029, 12.75, 1250.5, 60],
      ['S-11', 'N1', 'Relining café-straat', 2030, 3.5, 880, 45],
    ]);
  });
});

describe('CSV encoding and delimiter', () => {
  it('reads UTF-8 with a BOM, tab separated', () => {
    const text = 'Objectcode\tWijk\tPlanjaar\nS-1\tOosterpark\t2030\n';
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const src = source(bytes, 'p.csv');
    expect(src.csv).toEqual({ encoding: 'utf-8-bom', delimiter: '\t' });
    expect(src.sheets[0]!.rows[0]!.cells).toEqual(['Objectcode', 'Wijk', 'Planjaar']);
  });
});

describe('a planning with more problems than an import lists', () => {
  it('stops at the cap and says there are more, in both languages', () => {
    const csv = ['ID,Neighbourhood,Description,Year,Quantity,Unit,Unit cost,Lifetime,Duration days',
      ...Array.from({ length: 5000 }, (_, i) => `X-${i},Nowhere,Cable,2030,10,m,100,50,5`)].join('\n');
    const src = source(new TextEncoder().encode(csv), 'net.csv');
    const r = importPlanning(src, proposeMapping(src, { lifetimeYears: 50 })!, 'riool', cityScenario());
    expect(r.problems).toHaveLength(1001);
    expect(r.problems.slice(0, 1000).every((p) => p.code === 'planning.neighbourhood.unmatched')).toBe(true);
    expect(r.problems[1000]).toMatchObject({ code: 'problems.more', severity: 'error' });
    expect(planningProblemText('nl', r.problems[1000]!)).toContain('Meer dan 1000 problemen');
    expect(planningProblemText('en', r.problems[1000]!)).toContain('More than 1000 problems');
    expect(r.rows.length).toBe(1000);
  });
});
