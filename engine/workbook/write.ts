// Writes a scenario as an .xlsx workbook with sheet and column names in the user's language, so
// that reading it back gives the same scenario (lossless round trip: extra columns and attributes
// included). Also the empty, documented template.
import type { Lang } from '../i18n';
import {
  choiceLabel, columnHeader, settingDefs, sheetDefs, type ColumnDef, type SheetDef,
} from '../scenario/columns';
import type { RangedSettingKey, Scenario, SheetKey } from '../scenario/schema';
import { mappingsSheet } from './mappings-sheet';
import { geometryRows, geometrySheetNames } from '../geo/sheet';
import { readmeRows } from './readme';
import { buildXlsx, type OutSheet } from './xlsx-write';

export interface WriteOptions {
  lang: Lang;
}

type Cell = string | number | boolean | undefined;
type Item = Record<string, unknown> & { extra?: Record<string, unknown>; attributes?: Record<string, number> };

const cellOf = (v: unknown): Cell =>
  (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : undefined);

function cellFor(def: ColumnDef, v: unknown, lang: Lang): Cell {
  if (v === undefined || v === null || v === '') return undefined;
  switch (def.kind) {
    case 'tags':
      return Array.isArray(v) && v.length ? v.join(', ') : undefined;
    case 'choice':
      return typeof v === 'string' ? choiceLabel(v, lang) : undefined;
    default:
      return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : undefined;
  }
}

/** The names of extra (and attribute) columns over all rows, in first-seen order. */
function extraNames(items: readonly Item[]): string[] {
  const names = new Set<string>();
  for (const it of items) {
    if (it.attributes) for (const k of Object.keys(it.attributes)) names.add(k);
    if (it.extra) for (const k of Object.keys(it.extra)) names.add(k);
  }
  return [...names];
}

function tableSheet(def: SheetDef, items: readonly Item[], lang: Lang): OutSheet {
  const extras = extraNames(items);
  const header: Cell[] = [...def.columns.map((c) => columnHeader(def.key, c.key, lang)), ...extras];
  const aoa: Cell[][] = [header];
  const fractionCols = def.columns.flatMap((c, i) => (c.kind === 'fraction' ? [i] : []));
  for (const it of items) {
    const row: Cell[] = def.columns.map((c) => cellFor(c, it[c.key], lang));
    for (const k of extras) {
      row.push(cellOf(it.attributes?.[k] ?? it.extra?.[k]));
    }
    aoa.push(row);
  }
  return {
    name: def[lang], rows: aoa, percent: { columns: fractionCols, fromRow: 1 },
    widths: header.map((h) => Math.max(8, String(h ?? '').length + 2)),
  };
}

function settingsSheet(scenario: Scenario | undefined, lang: Lang): OutSheet {
  const def = sheetDefs[0] as SheetDef;
  const kept = scenario?.settingsExtra;
  const extraColumns = kept?.columns ?? [];
  const aoa: Cell[][] = [[...def.columns.map((c) => columnHeader('settings', c.key, lang)), ...extraColumns]];
  const fractionRows: number[] = [];
  const extraCells = (cells: Record<string, unknown> | undefined): Cell[] =>
    extraColumns.map((h) => cellOf(cells?.[h]));
  for (const row of settingsLayout(kept)) {
    if ('unknown' in row) {
      const u = row.unknown;
      aoa.push([u.key || undefined, u.value, u.low, u.high, ...extraCells(u.extra)]);
      continue;
    }
    const sd = row.setting;
    const key = sd.key as keyof Scenario['settings'];
    const v = scenario ? scenario.settings[key] : defaultSetting(sd.key);
    const range = sd.ranged ? scenario?.settingRanges[sd.key as RangedSettingKey] : undefined;
    const value: Cell = typeof v === 'string' && sd.kind === 'choice' ? choiceLabel(v, lang) : v;
    if (sd.kind === 'fraction') fractionRows.push(aoa.length);
    aoa.push([sd.key, value, range?.low, range?.high, ...extraCells(kept?.cells[key])]);
  }
  return {
    name: def[lang], rows: aoa, percent: { cells: fractionRows.flatMap((r) => [[r, 1], [r, 2], [r, 3]] as [number, number][]) },
    widths: [28, 16, 12, 12, ...extraColumns.map((h) => Math.max(12, h.length + 2))],
  };
}

type SettingDef = (typeof settingDefs)[number];
type UnknownRow = NonNullable<Scenario['settingsExtra']>['unknownRows'][number];

/** The data rows of the Settings sheet in order: every setting in settingDefs order, and the rows
 *  that are not settings back where they stood (after the known key above them). The formula
 *  workbook's references into Settings follow this same order (engine/results-workbook/formulas/refs). */
export function* settingsLayout(kept: Scenario['settingsExtra']): Generator<{ setting: SettingDef } | { unknown: UnknownRow }> {
  const unknownAfter = (key: string | undefined) => (kept?.unknownRows ?? []).filter((u) => u.after === key).map((unknown) => ({ unknown }));
  yield* unknownAfter(undefined);
  for (const setting of settingDefs) {
    yield { setting };
    yield* unknownAfter(setting.key);
  }
}

/** Template defaults (MODEL.md "Defaults"); baseYear and horizonYears stay blank: the user must fill them. */
function defaultSetting(key: string): Cell {
  const defaults: Record<string, Cell> = {
    name: 'Scenario', discountRate: 0.0225, discountTiming: 'end', escalationRate: 0, interestRate: 0.02,
    engineeringFixed: 0, engineeringRate: 0, tenderFixed: 0, participationFixed: 0, siteFixed: 0,
    sitePerDay: 0, openingCostPerM2: 0, coordinationPerExtraParty: 0, sequentialShare: 0.25,
    bundleMode: 'optimal', optimizeFor: 'financial', allocationRule: 'direct',
  };
  return defaults[key];
}

const required: readonly SheetKey[] = ['settings', 'neighbourhoods', 'parties', 'works'];

export function writeWorkbook(scenario: Scenario, options: WriteOptions = { lang: 'en' }): Uint8Array {
  const { lang } = options;
  const sheets: OutSheet[] = [];
  for (const def of sheetDefs) {
    if (def.key === 'settings') {
      sheets.push(settingsSheet(scenario, lang));
      continue;
    }
    const items = scenario[def.key] as unknown as Item[];
    if (!items.length && !required.includes(def.key)) continue;
    sheets.push(tableSheet(def, items, lang));
  }
  if (scenario.mappings) sheets.push(mappingsSheet(scenario.mappings, lang));
  if (scenario.geometry) {
    sheets.push({ name: geometrySheetNames[lang], rows: geometryRows(scenario.geometry, lang), widths: [16, 6, 60, 30] });
  }
  return buildXlsx(sheets);
}

/** An empty template: a Read me sheet explaining every column, then every sheet with its headers. */
export function writeTemplate(lang: Lang): Uint8Array {
  const sheets: OutSheet[] = [{
    name: lang === 'nl' ? 'Lees mij' : 'Read me', rows: readmeRows(lang), widths: [18, 28, 10, 14, 12, 90],
  }];
  for (const def of sheetDefs) {
    sheets.push(def.key === 'settings' ? settingsSheet(undefined, lang) : tableSheet(def, [], lang));
  }
  return buildXlsx(sheets);
}
