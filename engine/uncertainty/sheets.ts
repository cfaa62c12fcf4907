// The uncertainty result sheets for the results workbook: the tornado, the Monte Carlo percentiles
// (with the histogram under them) and the break-even points. Added through writeResultsWorkbook's
// `extraSheets` option.
import * as XLSX from 'xlsx';
import '../i18n/uncertainty';
import { t, type Lang } from '../i18n';
import { euroFormat, fractionFormat, tableSheet, type Column } from '../results-workbook/sheet';
import type { BreakEvenResult } from './breakeven';
import { inputLabel, type InputNames } from './labels';
import type { MonteCarloResult } from './montecarlo';
import type { TornadoBar, TornadoResult } from './tornado';

export interface ExtraSheet {
  name: string;
  sheet: XLSX.WorkSheet;
  table: boolean;
}

export interface UncertaintyOutcome {
  tornado?: TornadoResult;
  monteCarlo?: MonteCarloResult;
  breakEven?: BreakEvenResult[];
}

/** `names`: how variants and works are named to a reader (./labels inputNamesOf); ids without it. */
export function uncertaintySheets(o: UncertaintyOutcome, lang: Lang, names?: InputNames): ExtraSheet[] {
  const L = (k: string) => t(lang, `unc.col.${k}`);
  const out: ExtraSheet[] = [];
  if (o.tornado) {
    const cols: Column<TornadoBar>[] = [
      { header: L('input'), kind: 'text', value: (b) => inputLabel(lang, b.input, names) },
      { header: L('low'), kind: 'int', value: (b) => b.input.low },
      { header: L('base'), kind: 'int', value: (b) => b.input.base },
      { header: L('high'), kind: 'int', value: (b) => b.input.high },
      { header: L('atLow'), kind: 'euro', value: (b) => b.atLow },
      { header: L('atHigh'), kind: 'euro', value: (b) => b.atHigh },
      { header: L('swing'), kind: 'euro', value: (b) => b.swing },
    ];
    out.push({ name: t(lang, 'unc.sheet.tornado'), sheet: tableSheet(cols, o.tornado.bars).sheet, table: true });
  }
  if (o.monteCarlo) out.push({ name: t(lang, 'unc.sheet.montecarlo'), sheet: monteCarloSheet(o.monteCarlo, lang), table: true });
  if (o.breakEven?.length) {
    const cols: Column<BreakEvenResult>[] = [
      { header: L('input'), kind: 'text', value: (b) => inputLabel(lang, b.input, names) },
      { header: L('low'), kind: 'int', value: (b) => b.input.low },
      { header: L('base'), kind: 'int', value: (b) => b.input.base },
      { header: L('high'), kind: 'int', value: (b) => b.input.high },
      { header: L('breakEven'), kind: 'int', value: (b) => (b.found ? b.value : t(lang, 'unc.be.noneShort')) },
      { header: L('atLow'), kind: 'euro', value: (b) => b.atLow },
      { header: L('atHigh'), kind: 'euro', value: (b) => b.atHigh },
    ];
    out.push({ name: t(lang, 'unc.sheet.breakEven'), sheet: tableSheet(cols, o.breakEven).sheet, table: true });
  }
  return out;
}

function monteCarloSheet(r: MonteCarloResult, lang: Lang): XLSX.WorkSheet {
  const M = (k: string) => t(lang, `unc.mc.${k}`);
  const rows: [string, number, string | undefined][] = [
    [M('iterations'), r.iterations, undefined],
    [M('seed'), r.seed, undefined],
    [M('base'), r.base, euroFormat],
    [M('mean'), r.mean, euroFormat],
    [M('p10'), r.p10, euroFormat],
    [M('p50'), r.p50, euroFormat],
    [M('p90'), r.p90, euroFormat],
    [M('min'), r.min, euroFormat],
    [M('max'), r.max, euroFormat],
    [M('probPositive'), r.probPositive, fractionFormat],
  ];
  const aoa: (string | number)[][] = [[t(lang, 'unc.col.statistic'), t(lang, 'unc.col.value')], ...rows.map(([a, b]) => [a, b])];
  aoa.push([], [t(lang, 'unc.sheet.histogram')], [t(lang, 'unc.col.from'), t(lang, 'unc.col.to'), t(lang, 'unc.col.count')]);
  const histStart = aoa.length;
  for (const b of r.histogram) aoa.push([b.from, b.to, b.count]);
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  rows.forEach(([, , z], i) => {
    const cell = ws[XLSX.utils.encode_cell({ r: i + 1, c: 1 })] as XLSX.CellObject | undefined;
    if (cell && z) cell.z = z;
  });
  r.histogram.forEach((_, i) => {
    for (const c of [0, 1]) {
      const cell = ws[XLSX.utils.encode_cell({ r: histStart + i, c })] as XLSX.CellObject | undefined;
      if (cell) cell.z = euroFormat;
    }
  });
  ws['!cols'] = [{ wch: Math.max(...aoa.map((row) => String(row[0] ?? '').length), 10) + 2 }, { wch: 18 }, { wch: 18 }];
  return ws;
}
