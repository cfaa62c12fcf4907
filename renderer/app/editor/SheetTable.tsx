// The editor of one list sheet (Works, Neighbourhoods, ...): a typed table built from the columns
// metadata, with row selection, add / duplicate / delete, and paste of blocks copied from Excel.
// A city's Works sheet has tens of thousands of rows: the table scrolls in its own box and draws
// only the rows in view (and the row holding the focus, so a draft survives scrolling away).
import { excelRow } from '../problem-text';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Scenario } from '../../../engine/scenario/schema';
import { useI18n } from '../i18n';
import type { CellValue } from './cells';
import { pasteRows, type PasteProblem } from './paste';
import { columnLabel, duplicateRow, editorColumns, newRow, setCell, withRows, type ListSheet, type Row } from './rows';
import { renderSegments, useVirtualRows } from '../../virtual/rows';
import { columnWidths, sameColumns, sameWidths, useSame } from './widths';
import { GridRow, cellId } from './GridRow';
import { focusCell } from './focus-cell';
import '../../virtual/virtual.css';

export interface JumpTarget {
  sheet: string;
  index?: number;
  field?: string;
  /** Changes on every jump so the same cell can be jumped to twice. */
  seq: number;
}

interface Props {
  sheet: ListSheet;
  scenario: Scenario;
  /** Rendered problems per "index:field" (and "index:" for the row). */
  cellProblems: Map<string, string>;
  jump: JumpTarget | null;
  onChange: (next: Scenario, key: string) => void;
}

export { cellId };

export function SheetTable({ sheet, scenario, cellProblems, jump, onChange }: Props) {
  const { t, lang } = useI18n();
  const rows = scenario[sheet] as Row[];
  const cols = useSame(useMemo(() => editorColumns(scenario, sheet), [scenario, sheet]), sameColumns);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [pasteProblems, setPasteProblems] = useState<PasteProblem[]>([]);
  const [status, setStatus] = useState('');
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const rowsV = useVirtualRows({ count: rows.length, scrollRef: box, estimate: 27, keep: focusRow });

  useEffect(() => {
    setSelected(new Set());
    setFocusRow(null);
    if (box.current) box.current.scrollTop = 0;
  }, [sheet]);
  useEffect(() => {
    if (!jump || jump.sheet !== sheet) return;
    const index = jump.index ?? 0;
    const field = jump.field && cols.some((c) => c.key === jump.field) ? jump.field : cols[0]?.key ?? '';
    rowsV.scrollTo(index);
    return focusCell(() => document.getElementById(cellId(sheet, index, field)));
  }, [jump, sheet, cols]); // eslint-disable-line react-hooks/exhaustive-deps

  const label = (c: (typeof cols)[number]) => columnLabel(c, lang);
  const commitNow = (index: number, key: string, value: CellValue) => {
    const row = rows[index];
    if (!row) return;
    const r = setCell(sheet, row, key, value);
    if (!r.ok) return;
    const next = rows.slice();
    next[index] = r.row;
    onChange(withRows(scenario, sheet, next), `cell:${sheet}:${index}:${key}`);
  };
  const checkNow = (index: number, key: string, value: CellValue) => {
    const row = rows[index];
    if (!row) return null;
    const r = setCell(sheet, row, key, value);
    return r.ok ? null : { key: r.issue.key, params: r.issue.params };
  };
  // The rows get stable callbacks that call this draw's, so a memoised row redraws only when its
  // own data changed.
  const latest = useRef({ commitNow, checkNow, toggleNow: (_i: number) => {} });
  const commit = useCallback((i: number, key: string, v: CellValue) => latest.current.commitNow(i, key, v), []);
  const check = useCallback((i: number, key: string, v: CellValue) => latest.current.checkNow(i, key, v), []);
  const toggle = useCallback((i: number) => latest.current.toggleNow(i), []);

  const add = () => {
    const next = [...rows, newRow(scenario, sheet)];
    onChange(withRows(scenario, sheet, next), `add:${sheet}`);
    setStatus(t('ui.editor.added'));
    // The new row is drawn once the grid has the longer sheet.
    requestAnimationFrame(() => rowsV.scrollTo(next.length - 1));
  };
  const duplicate = () => {
    let s = scenario;
    const next = rows.slice();
    for (const i of [...selected].sort((a, b) => a - b)) {
      const row = rows[i];
      if (!row) continue;
      next.push(duplicateRow(s, sheet, row));
      s = withRows(s, sheet, next);
    }
    onChange(withRows(scenario, sheet, next), `dup:${sheet}`);
    setStatus(t('ui.editor.duplicated', { n: selected.size }));
  };
  const remove = () => {
    const next = rows.filter((_, i) => !selected.has(i));
    onChange(withRows(scenario, sheet, next), `del:${sheet}`);
    setStatus(t('ui.editor.deleted', { n: selected.size }));
    setSelected(new Set());
  };

  const onPaste = (e: React.ClipboardEvent) => {
    const text = e.clipboardData.getData('text/plain');
    if (!/[\t\n]/.test(text.replace(/\s+$/, ''))) return; // one value: the input's own paste
    e.preventDefault();
    const target = e.target as HTMLElement;
    const m = /^cell-[^-]+-(\d+)-(.+)$/.exec(target.id ?? '');
    const at = m ? { row: Number(m[1]), column: cols.find((c) => cellId(sheet, Number(m[1]), c.key) === target.id)?.key } : {};
    const r = pasteRows(scenario, sheet, text, at);
    if (!r.ok) {
      setPasteProblems(r.problems);
      setStatus(t('ui.paste.refused', { n: r.problems.length }));
      return;
    }
    setPasteProblems([]);
    onChange(withRows(scenario, sheet, r.rows), `paste:${sheet}:${Date.now()}`);
    setStatus(t('ui.paste.done', { added: r.added, changed: r.changed }));
  };

  const widths = useSame(useMemo(() => columnWidths(cols, rows), [cols, rows]), sameWidths);
  // Wide enough for the last row's number, so the column does not grow while scrolling down.
  const rownumW = `${String(excelRow(rows.length)).length + 5}ch`;
  const toggleNow = (i: number) => {
    const n = new Set(selected);
    if (n.has(i)) n.delete(i);
    else n.add(i);
    setSelected(n);
  };
  latest.current = { commitNow, checkNow, toggleNow };

  return (
    <div className="sheet-editor" onPaste={onPaste}>
      <div className="sheet-actions" role="toolbar" aria-label={t('ui.editor.rowActions')}>
        <button type="button" onClick={add}>{t('ui.editor.addRow')}</button>
        <button type="button" onClick={duplicate} disabled={selected.size === 0}>{t('ui.editor.duplicateRows')}</button>
        <button type="button" onClick={remove} disabled={selected.size === 0}>{t('ui.editor.deleteRows')}</button>
        <span className="hint">{t('ui.editor.pasteHint')}</span>
      </div>
      <p className="status" role="status" aria-live="polite">{status}</p>
      {pasteProblems.length > 0 && (
        <ul className="paste-problems" aria-label={t('ui.paste.problems')}>
          {pasteProblems.map((p, i) => (
            <li key={i}>{t('ui.paste.problem', { line: p.line, column: p.column, message: t(p.key, p.params) })}</li>
          ))}
        </ul>
      )}
      <div className="table-scroll" ref={box}
        onFocus={(e) => { const tr = (e.target as HTMLElement).closest('tr[data-index]'); if (tr) setFocusRow(Number((tr as HTMLElement).dataset.index)); }}>
        <table className="grid" aria-label={t(`ui.sheet.${sheet}`)} aria-rowcount={rows.length + 1}>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col" className="rownum" style={{ minWidth: rownumW }}>{t('ui.editor.row')}</th>
              {cols.map((c) => (
                // The label, and under it the column's name as the workbook spells it (problems name it).
                <th key={c.key} scope="col" className={c.def.required ? 'required' : undefined} title={c.header[lang]} data-column={c.key}>
                  {label(c)}{c.def.required && <span className="grid-required" aria-hidden="true"> *</span>}
                  {label(c).toLowerCase() !== c.header[lang].toLowerCase() && <span className="grid-colname">{c.header[lang]}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {renderSegments(rowsV.segments, cols.length + 1, (i) => (
              <GridRow key={i} sheet={sheet} index={i} row={rows[i]!} cols={cols} widths={widths} selected={selected.has(i)}
                cellProblems={cellProblems} measure={rowsV.measure} onToggle={toggle} onCommit={commit} check={check} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
