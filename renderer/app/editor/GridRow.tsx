// One row of a list sheet's grid. Memoised: an edit changes one row object of the sheet, and a
// city's grid would otherwise rewrite every drawn input (a thousand and more) on each commit.
import { memo } from 'react';
import { excelRow } from '../problem-text';
import { useI18n } from '../i18n';
import type { CellValue } from './cells';
import { CellInput, type CellCheck } from './CellInput';
import { cellValue, columnLabel, type EditorColumn, type ListSheet, type Row } from './rows';

export const cellId = (sheet: string, index: number, field: string) => `cell-${sheet}-${index}-${field.replace(/[^\w-]/g, '_')}`;

/** A row's id, named beside its row number. */
const rowId = (row: unknown): string => {
  const id = (row as { id?: unknown }).id;
  return typeof id === 'string' ? id : '';
};

interface Props {
  sheet: ListSheet;
  index: number;
  row: Row;
  cols: readonly EditorColumn[];
  widths: Map<string, string>;
  selected: boolean;
  /** Rendered problems per "index:field" (and "index:" for the row). */
  cellProblems: Map<string, string>;
  measure: (el: Element | null) => void;
  /** Stable across draws: they read the current sheet when called. */
  onToggle: (index: number) => void;
  onCommit: (index: number, key: string, value: CellValue) => void;
  check: (index: number, key: string, value: CellValue) => ReturnType<CellCheck>;
}

function sameProblems(a: Props, b: Props): boolean {
  if (a.cellProblems === b.cellProblems) return true;
  const k = `${a.index}:`;
  return a.cellProblems.get(k) === b.cellProblems.get(k) && a.cols.every((c) => a.cellProblems.get(k + c.key) === b.cellProblems.get(k + c.key));
}

export const GridRow = memo(function GridRow({ sheet, index: i, row, cols, widths, selected, cellProblems, measure, onToggle, onCommit, check }: Props) {
  const { t, lang } = useI18n();
  const label = (c: EditorColumn) => columnLabel(c, lang);
  const rowProblem = cellProblems.get(`${i}:`);
  return (
    <tr className={selected ? 'selected' : undefined} data-index={i} aria-rowindex={i + 2} ref={measure}>
      <th scope="row" className={rowProblem ? 'rownum bad' : 'rownum'} data-id={rowId(row)}
        title={[rowId(row), rowProblem].filter(Boolean).join(' · ') || undefined}>
        <label>
          <input type="checkbox" checked={selected} onChange={() => onToggle(i)}
            aria-label={t('ui.editor.selectRow', { row: excelRow(i) })} />
          {excelRow(i)}
        </label>
      </th>
      {cols.map((c) => (
        <td key={c.key} className={cellProblems.has(`${i}:${c.key}`) ? 'bad' : undefined}
          style={{ ['--cell-w' as string]: widths.get(c.key) }}>
          <CellInput
            id={cellId(sheet, i, c.key)}
            label={t('ui.editor.cellLabel', { column: label(c), row: excelRow(i) })}
            value={cellValue(row, c.key)}
            kind={c.def.kind}
            choices={c.def.choices}
            required={c.def.required}
            problem={cellProblems.get(`${i}:${c.key}`)}
            check={(v) => check(i, c.key, v)}
            onCommit={(v) => onCommit(i, c.key, v)}
          />
        </td>
      ))}
    </tr>
  );
}, (a, b) => a.row === b.row && a.index === b.index && a.sheet === b.sheet && a.cols === b.cols && a.widths === b.widths
  && a.selected === b.selected && a.measure === b.measure && a.onToggle === b.onToggle && a.onCommit === b.onCommit
  && a.check === b.check && sameProblems(a, b));
