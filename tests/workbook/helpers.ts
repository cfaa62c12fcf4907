// Test workbooks built in code with SheetJS, and raw zips for the damaged-file corpus.
import * as XLSX from 'xlsx';
import { expect } from 'vitest';
import { readWorkbook, type ReadResult } from '../../engine/workbook/read';
import type { Problem } from '../../engine/problems';
import { crc32, zipOf } from './zips';
import { prepareZip, type ZipLimits } from '../../engine/workbook/zip';

export type Aoa = unknown[][];

/** A workbook from sheets given as arrays of rows (cell objects such as {t,f,v} allowed). */
export function book(sheets: Record<string, Aoa>): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const [name, aoa] of Object.entries(sheets)) {
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa as unknown[][]), name);
  }
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

/** A small valid scenario in English, every sheet used. */
export function englishSheets(): Record<string, Aoa> {
  return {
    Settings: [
      ['key', 'value', 'low', 'high'],
      ['name', 'Testwijk'],
      ['baseYear', 2025],
      ['horizonYears', 30],
      ['discountRate', 0.0225, 0.01, 0.04],
      ['discountTiming', 'mid'],
      ['engineeringRate', 0.1],
      ['tenderFixed', 15000],
      ['siteFixed', 20000],
      ['sitePerDay', 800],
      ['openingCostPerM2', 35],
      ['coordinationPerExtraParty', 5000],
      ['bundleMode', 'optimal'],
      ['allocationRule', 'shapley'],
    ],
    Neighbourhoods: [
      ['id', 'name', 'households', 'disruptionCostPerDay', 'infiltrationClass', 'note'],
      ['N1', 'Oud-Noord', 1200, 6000, 2, 'klei'],
      ['N2', 'Zuid', 800, 4000, 3, 'zand'],
    ],
    Parties: [
      ['id', 'name', 'type'],
      ['GEM-R', 'Gemeente riolering', 'municipality'],
      ['WS', 'Waterschap', 'waterBoard'],
      ['NET', 'Netbeheerder', 'utility'],
    ],
    Works: [
      ['id', 'neighbourhood', 'party', 'category', 'plannedYear', 'quantity', 'unit', 'unitCost', 'durationDays',
        'street', 'openedArea', 'maxAdvanceYears', 'maxDeferYears', 'lifetimeYears', 'tags', 'bundle',
        'variantGroup', 'bookValue', 'unitCostLow', 'unitCostHigh', 'contractNr'],
      ['W1', 'N1', 'GEM-R', 'sewer', 2027, 400, 'm', 1200, 40, 'Dorpsstraat', 2400, 1, 2, 60, 'klimaat; riool', 'B1', undefined, 50000, 1000, 1500, 'C-17'],
      ['W2', 'N1', 'NET', 'cable', 2028, 400, 'm', 150, 15, 'Dorpsstraat', 800, 0, 1, 40, '', 'B1', undefined, 0, undefined, undefined, 'C-18'],
      ['W3', 'N2', undefined, 'sewer', 2030, undefined, undefined, undefined, undefined, 'Laan', 1000, 2, 2, undefined, '', undefined, 'SEW', 0],
    ],
    Variants: [
      ['id', 'group', 'name', 'party', 'generic', 'eligibility', 'quantity', 'unit', 'unitCost', 'lifetimeYears', 'annualOpexPerUnit'],
      ['SEW-G', 'SEW', 'Gescheiden stelsel', 'GEM-R', 'yes', undefined, 'households * 1', 'dwelling', 4500, 60, 10],
      ['SEW-A', 'SEW', 'Afkoppelen', 'GEM-R', 'no', 'infiltrationClass >= 2', 'households * 11', 'm2', 45, 40, 0.5],
    ],
    Bundles: [['id', 'year'], ['B1', 2028]],
    CitizenMaintenance: [
      ['neighbourhood', 'task', 'party', 'contractorHoursPerYear', 'hourlyRate', 'residentShare', 'startYear', 'dropoutRate'],
      ['N1', 'maaien', 'GEM-R', 400, 55, 0.3, 2026, 0.05],
    ],
    CoFinancing: [
      ['id', 'funder', 'share', 'tags', 'cap', 'fromYear', 'toYear'],
      ['IMP', 'WS', 0.33, 'klimaat', 100000, 2025, 2035],
    ],
    Budgets: [['party', 'year', 'amount'], ['GEM-R', 2027, 500000]],
  };
}

export function englishBook(): Uint8Array {
  return book(englishSheets());
}

export function readOk(bytes: Uint8Array): Extract<ReadResult, { ok: true }> {
  const r = readWorkbook(bytes);
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.problems, null, 1)}`);
  return r;
}

export function readProblems(bytes: Uint8Array): Problem[] {
  const r = readWorkbook(bytes);
  if (r.ok) throw new Error('expected problems, the workbook was accepted');
  return r.problems;
}

/** Asserts a problem with this code (and location fields, where given) is in the list. */
export function expectProblem(problems: Problem[], code: string, where: Partial<Problem> = {}): Problem {
  const hit = problems.find((p) => p.code === code && Object.entries(where).every(([k, v]) => (p as unknown as Record<string, unknown>)[k] === v));
  expect(hit, `${code} ${JSON.stringify(where)} in ${JSON.stringify(problems)}`).toBeDefined();
  return hit as Problem;
}

/** Replaces cells in a copy of the sheets: edit(sheets) mutates. */
export function variant(edit: (s: Record<string, Aoa>) => void): Uint8Array {
  const s = englishSheets();
  edit(s);
  return book(s);
}

/** The problems that forbid parsing these bytes (none: `prepareZip` hands them on). */
export function zipProblems(bytes: Uint8Array, limits: Partial<ZipLimits> = {}): Problem[] {
  const r = prepareZip(bytes, limits);
  return r.ok ? [] : r.problems;
}

/** A stored zip; `declared` overrides the uncompressed size written for an entry (a zip bomb). */
export function storedZip(entries: { name: string; data: Uint8Array; declared?: number }[]): Uint8Array {
  return zipOf(entries.map((e) => {
    const sizes = { compressed: e.data.length, uncompressed: e.declared ?? e.data.length };
    return { name: e.name, method: 0, payload: e.data, crc: crc32(e.data), compressed: e.data.length, uncompressed: e.data.length, local: sizes, central: sizes };
  }));
}

/** The parts of an .xlsx (via SheetJS's own zip reader), to tamper with and re-zip. */
export function unzipParts(bytes: Uint8Array): { name: string; data: Uint8Array }[] {
  const cfb = XLSX.CFB.read(bytes, { type: 'array' });
  const out: { name: string; data: Uint8Array }[] = [];
  cfb.FileIndex.forEach((f: { type: number; content?: unknown }, i: number) => {
    const path = (cfb.FullPaths[i] ?? '').replace(/^Root Entry\//, '');
    if (f.type === 2 && f.content && !path.startsWith('\u0001')) out.push({ name: path, data: new Uint8Array(f.content as ArrayLike<number>) });
  });
  return out;
}
