// Column widths of a list sheet's grid: each column as wide as its longest value (within bounds),
// so descriptions and party ids are readable instead of cut off after seven letters. Taken over
// the whole sheet, not the rows in view, so the columns keep their width while scrolling; a city's
// sheet is sampled evenly, which keeps this cheap on every edit.
import { useRef } from 'react';
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

/** The previous value while `same` holds, so memoised rows see an unchanged prop after an edit
 *  that changed neither the columns nor their widths. */
export function useSame<T>(value: T, same: (a: T, b: T) => boolean): T {
  const kept = useRef(value);
  if (kept.current !== value && !same(kept.current, value)) kept.current = value;
  return kept.current;
}

export const sameWidths = (a: Map<string, string>, b: Map<string, string>): boolean =>
  a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

export const sameColumns = (a: readonly EditorColumn[], b: readonly EditorColumn[]): boolean =>
  a.length === b.length && a.every((c, i) => c.key === b[i]!.key && c.def === b[i]!.def && c.header.nl === b[i]!.header.nl);
