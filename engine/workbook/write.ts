// Writes a scenario as an .xlsx workbook with sheet and column names in the user's language, so
// that reading it back gives the same scenario (lossless round trip: extra columns and attributes
// included). Also the empty, documented template.
import * as XLSX from 'xlsx';
import type { Lang } from '../i18n';
import {
  choiceLabel, columnHeader, settingDefs, sheetDefs, type ColumnDef, type SheetDef,
} from '../scenario/columns';
import type { RangedSettingKey, Scenario, SheetKey } from '../scenario/schema';
import { readmeRows } from './readme';

export interface WriteOptions {
  lang: Lang;
}

type Cell = string | number | boolean | undefined;
type Item = Record<string, unknown> & { extra?: Record<string, unknown>; attributes?: Record<string, number> };

const PERCENT = '0.00%';

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

function tableSheet(def: SheetDef, items: readonly Item[], lang: Lang): XLSX.WorkSheet {
  const extras = extraNames(items);
  const header: Cell[] = [...def.columns.map((c) => columnHeader(def.key, c.key, lang)), ...extras];
  const aoa: Cell[][] = [header];
  const fractionCols = def.columns.flatMap((c, i) => (c.kind === 'fraction' ? [i] : []));
  for (const it of items) {
    const row: Cell[] = def.columns.map((c) => cellFor(c, it[c.key], lang));
    for (const k of extras) {
      const v = it.attributes?.[k] ?? it.extra?.[k];
      row.push(typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : undefined);
    }
    aoa.push(row);
  }
  const ws = XLSX.utils.aoa_to_sheet(aoa, { dense: true });
  percentFormat(ws, fractionCols, 1);
  ws['!cols'] = header.map((h) => ({ wch: Math.max(8, String(h ?? '').length + 2) }));
  return ws;
}

function percentFormat(ws: XLSX.WorkSheet, cols: number[], firstRow: number): void {
  if (!cols.length) return;
  const data = ws['!data'] ?? [];
  for (let r = firstRow; r < data.length; r++) {
    for (const c of cols) {
      const cell = data[r]?.[c];
      if (cell && cell.t === 'n') cell.z = PERCENT;
    }
  }
}

function settingsSheet(scenario: Scenario | undefined, lang: Lang): XLSX.WorkSheet {
  const def = sheetDefs[0] as SheetDef;
  const aoa: Cell[][] = [def.columns.map((c) => columnHeader('settings', c.key, lang))];
  const fractionRows: number[] = [];
  for (const sd of settingDefs) {
    const v = scenario ? scenario.settings[sd.key as keyof Scenario['settings']] : defaultSetting(sd.key);
    const range = sd.ranged ? scenario?.settingRanges[sd.key as RangedSettingKey] : undefined;
    const value: Cell = typeof v === 'string' && sd.kind === 'choice' ? choiceLabel(v, lang) : v;
    if (sd.kind === 'fraction') fractionRows.push(aoa.length);
    aoa.push([sd.key, value, range?.low, range?.high]);
  }
  const ws = XLSX.utils.aoa_to_sheet(aoa, { dense: true });
  const data = ws['!data'] ?? [];
  for (const r of fractionRows) {
    for (const c of [1, 2, 3]) {
      const cell = data[r]?.[c];
      if (cell && cell.t === 'n') cell.z = PERCENT;
    }
  }
  ws['!cols'] = [{ wch: 28 }, { wch: 16 }, { wch: 12 }, { wch: 12 }];
  return ws;
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

function toBytes(wb: XLSX.WorkBook): Uint8Array {
  const out = XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;
  return new Uint8Array(out);
}

export function writeWorkbook(scenario: Scenario, options: WriteOptions = { lang: 'en' }): Uint8Array {
  const { lang } = options;
  const wb = XLSX.utils.book_new();
  for (const def of sheetDefs) {
    if (def.key === 'settings') {
      XLSX.utils.book_append_sheet(wb, settingsSheet(scenario, lang), def[lang]);
      continue;
    }
    const items = scenario[def.key] as unknown as Item[];
    if (!items.length && !required.includes(def.key)) continue;
    XLSX.utils.book_append_sheet(wb, tableSheet(def, items, lang), def[lang]);
  }
  return toBytes(wb);
}

/** An empty template: a Read me sheet explaining every column, then every sheet with its headers. */
export function writeTemplate(lang: Lang): Uint8Array {
  const wb = XLSX.utils.book_new();
  const readme = XLSX.utils.aoa_to_sheet(readmeRows(lang), { dense: true });
  readme['!cols'] = [{ wch: 18 }, { wch: 28 }, { wch: 10 }, { wch: 14 }, { wch: 12 }, { wch: 90 }];
  XLSX.utils.book_append_sheet(wb, readme, lang === 'nl' ? 'Lees mij' : 'Read me');
  for (const def of sheetDefs) {
    const ws = def.key === 'settings' ? settingsSheet(undefined, lang) : tableSheet(def, [], lang);
    XLSX.utils.book_append_sheet(wb, ws, def[lang]);
  }
  return toBytes(wb);
}
