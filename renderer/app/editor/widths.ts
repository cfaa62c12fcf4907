// Column widths of a list sheet's grid: each column as wide as its longest value (within bounds),
// so descriptions and party ids are readable instead of cut off after seven letters. Taken over
// the whole sheet, not the rows in view, so the columns keep their width while scrolling; a city's
// sheet is sampled evenly, which keeps this cheap on every edit.
import { cellValue, type EditorColumn, type Row } from './rows';

const SAMPLE = 2000;

export function columnWidths(cols: readonly EditorColumn[], rows: readonly Row[]): Map<string, string> {
  const step = Math.max(1, Math.floor(rows.length / SAMPLE));
  const w = new Map<string, string>();
  for (const c of cols) {
    let n = 0;
    for (let i = 0; i < rows.length; i += step) {
      const v = cellValue(rows[i]!, c.key);
      n = Math.max(n, v === undefined || v === null ? 0 : String(v).length);
    }
    const numeric = c.def.kind === 'number' || c.def.kind === 'int' || c.def.kind === 'fraction';
    w.set(c.key, `${Math.min(numeric ? 14 : 32, Math.max(numeric ? 6 : 7, n + 2))}ch`);
  }
  return w;
}
