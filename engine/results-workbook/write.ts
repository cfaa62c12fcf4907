// writeResultsWorkbook: the result sheets in the user's language first, then the scenario's input
// sheets exactly as the scenario workbook writer lays them out, so one file holds the case and
// its outcome. Frozen header rows are added after writing (see ./freeze). Issue 8's live-formula
// variant can add its sheets through `resultSheets` or an option here.
import * as XLSX from 'xlsx';
import type { Lang } from '../i18n';
import type { ComputeResult } from '../model/result';
import type { Scenario } from '../scenario/schema';
import { writeWorkbook } from '../workbook/write';
import { freezeHeaderRows } from './freeze';
import { resultSheets } from './sheets';

export interface ResultsWorkbookOptions {
  lang: Lang;
  /** Further result sheets placed after the standard ones (issue 7: tornado, Monte Carlo, break-even). */
  extraSheets?: readonly { name: string; sheet: XLSX.WorkSheet; table: boolean }[];
}

export function writeResultsWorkbook(scenario: Scenario, result: ComputeResult, options: ResultsWorkbookOptions): Uint8Array {
  const { lang } = options;
  const wb = XLSX.utils.book_new();
  const frozen: number[] = [];
  for (const s of resultSheets(scenario, result, lang)) {
    XLSX.utils.book_append_sheet(wb, s.sheet, s.name);
    if (s.table) frozen.push(wb.SheetNames.length);
  }
  for (const s of options.extraSheets ?? []) {
    XLSX.utils.book_append_sheet(wb, s.sheet, s.name);
    if (s.table) frozen.push(wb.SheetNames.length);
  }
  // The input sheets: re-read from the scenario writer (formats and widths kept).
  const inputs = XLSX.read(writeWorkbook(scenario, { lang }), { type: 'array', cellNF: true, cellStyles: true });
  for (const name of inputs.SheetNames) {
    const ws = inputs.Sheets[name];
    if (!ws) continue;
    XLSX.utils.book_append_sheet(wb, ws, wb.SheetNames.includes(name) ? `${name} (2)` : name);
    frozen.push(wb.SheetNames.length);
  }
  wb.Props = { Title: `${result.scenario} – Koppelkans`, Comments: `method ${result.meta.method}; app ${result.meta.app}; input ${result.meta.input}; ${result.meta.computedAt}` };
  const raw = XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;
  return freezeHeaderRows(new Uint8Array(raw), frozen);
}
