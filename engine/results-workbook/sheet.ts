// A readable table sheet: a header row, typed columns (euro amounts carry a number format), column
// widths that fit the content, and an optional totals row with SUM formulas that also carry their
// value, so a reader that does not recalculate shows the same figure. Issue 8's live-formula variant
// can add columns of formulas through the same Column type.
import * as XLSX from 'xlsx';

export type ColumnKind = 'text' | 'int' | 'euro' | 'fraction';

export interface Column<R> {
  header: string;
  kind: ColumnKind;
  value: (row: R) => string | number | null;
  /** Sum this column in the totals row. */
  total?: boolean;
}

/** Euros with thousands separators and cents; negatives with a minus. The file stores the format
 *  in the neutral notation; Excel and LibreOffice show it in the reader's own locale. */
export const euroFormat = '"€" #,##0.00;-"€" #,##0.00';
export const fractionFormat = '0.00%';

export interface TableSheet {
  sheet: XLSX.WorkSheet;
  /** Rows of data (without the header and totals rows). */
  rows: number;
}

export function tableSheet<R>(columns: readonly Column<R>[], rows: readonly R[], totalLabel?: string): TableSheet {
  const aoa: (string | number | null)[][] = [columns.map((c) => c.header)];
  for (const r of rows) aoa.push(columns.map((c) => c.value(r)));
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  const hasTotals = totalLabel !== undefined && columns.some((c) => c.total);
  if (hasTotals) addTotals(ws, columns, rows.length, totalLabel);
  columns.forEach((c, ci) => {
    if (c.kind !== 'euro' && c.kind !== 'fraction') return;
    for (let ri = 1; ri <= rows.length + (hasTotals ? 1 : 0); ri++) {
      const cell = ws[XLSX.utils.encode_cell({ r: ri, c: ci })] as XLSX.CellObject | undefined;
      if (cell && cell.t === 'n') cell.z = c.kind === 'euro' ? euroFormat : fractionFormat;
    }
  });
  ws['!cols'] = columns.map((c, ci) => ({ wch: width(c, aoa.map((row) => row[ci])) }));
  return { sheet: ws, rows: rows.length };
}

function addTotals<R>(ws: XLSX.WorkSheet, columns: readonly Column<R>[], n: number, label: string): void {
  const r = n + 1; // 0-based row index of the totals row
  XLSX.utils.sheet_add_aoa(ws, [[label]], { origin: { r, c: 0 } });
  columns.forEach((c, ci) => {
    if (!c.total) return;
    const col = XLSX.utils.encode_col(ci);
    // Sum in integer cents so the cached value is the exact sum of the rounded cells.
    let cents = 0;
    for (let ri = 1; ri <= n; ri++) {
      const v = (ws[XLSX.utils.encode_cell({ r: ri, c: ci })] as XLSX.CellObject | undefined)?.v;
      if (typeof v === 'number') cents += Math.round(v * 100);
    }
    ws[XLSX.utils.encode_cell({ r, c: ci })] = { t: 'n', v: cents / 100, f: n > 0 ? `SUM(${col}2:${col}${n + 1})` : undefined };
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r, c: columns.length - 1 } });
}

function width<R>(c: Column<R>, values: readonly (string | number | null | undefined)[]): number {
  let w = 6;
  for (const v of values) {
    if (v === null || v === undefined) continue;
    // A euro figure shows with "€ ", separators and cents: about 1.4 × its digits.
    const len = typeof v === 'number' && c.kind === 'euro' ? Math.ceil(String(Math.round(Math.abs(v))).length * 1.35) + 6 : String(v).length;
    if (len > w) w = len;
  }
  return Math.min(w + 2, 60);
}

/** A two-column key/value block sheet (the summary): label, value, optional number format per row. */
export interface KeyValueRow {
  label: string;
  value?: string | number | null;
  kind?: ColumnKind;
  /** Extra values to the right (e.g. financial and societal side by side). */
  more?: (string | number | null)[];
}

export function keyValueSheet(rows: readonly KeyValueRow[]): XLSX.WorkSheet {
  const aoa = rows.map((r) => [r.label, r.value ?? null, ...(r.more ?? [])]);
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  rows.forEach((r, ri) => {
    if (r.kind !== 'euro' && r.kind !== 'fraction') return;
    const n = 1 + (r.more?.length ?? 0);
    for (let ci = 1; ci <= n; ci++) {
      const cell = ws[XLSX.utils.encode_cell({ r: ri, c: ci })] as XLSX.CellObject | undefined;
      if (cell && cell.t === 'n') cell.z = r.kind === 'euro' ? euroFormat : fractionFormat;
    }
  });
  const maxLabel = Math.max(10, ...rows.map((r) => r.label.length));
  const maxCols = Math.max(2, ...rows.map((r) => 2 + (r.more?.length ?? 0)));
  ws['!cols'] = Array.from({ length: maxCols }, (_, i) => ({ wch: i === 0 ? Math.min(maxLabel + 2, 70) : 24 }));
  return ws;
}
