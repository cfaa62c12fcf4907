// The editor of one list sheet (Works, Neighbourhoods, ...): a typed table built from the columns
// metadata, with row selection, add / duplicate / delete, and paste of blocks copied from Excel.
import { excelRow } from '../problem-text';

import { useEffect, useMemo, useState } from 'react';
import type { Scenario } from '../../../engine/scenario/schema';
import { useI18n } from '../i18n';
import type { CellValue } from './cells';
import { CellInput } from './CellInput';
import { pasteRows, type PasteProblem } from './paste';
import { cellValue, duplicateRow, editorColumns, newRow, setCell, withRows, type ListSheet, type Row } from './rows';

/** A row's id, named beside its row number. */
const rowId = (row: unknown): string => {
  const id = (row as { id?: unknown }).id;
  return typeof id === 'string' ? id : '';
};

export const PAGE_SIZE = 100;

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

export const cellId = (sheet: string, index: number, field: string) => `cell-${sheet}-${index}-${field.replace(/[^\w-]/g, '_')}`;

export function SheetTable({ sheet, scenario, cellProblems, jump, onChange }: Props) {
  const { t, lang } = useI18n();
  const rows = scenario[sheet] as Row[];
  const cols = useMemo(() => editorColumns(scenario, sheet), [scenario, sheet]);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [page, setPage] = useState(0);
  const [pasteProblems, setPasteProblems] = useState<PasteProblem[]>([]);
  const [status, setStatus] = useState('');
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));

  useEffect(() => setSelected(new Set()), [sheet]);
  useEffect(() => {
    if (!jump || jump.sheet !== sheet) return;
    const index = jump.index ?? 0;
    setPage(Math.floor(index / PAGE_SIZE));
    // Focus after the page has rendered.
    requestAnimationFrame(() => {
      const field = jump.field && cols.some((c) => c.key === jump.field) ? jump.field : cols[0]?.key ?? '';
      const el = document.getElementById(cellId(sheet, index, field));
      el?.scrollIntoView({ block: 'center', inline: 'center' });
      el?.focus();
    });
  }, [jump, sheet, cols]);

  const label = (c: (typeof cols)[number]) => (lang === 'nl' ? c.header.nl : c.header.en);
  const commit = (index: number, key: string, value: CellValue) => {
    const row = rows[index];
    if (!row) return;
    const r = setCell(sheet, row, key, value);
    if (!r.ok) return;
    const next = rows.slice();
    next[index] = r.row;
    onChange(withRows(scenario, sheet, next), `cell:${sheet}:${index}:${key}`);
  };
  const check = (index: number, key: string) => (value: CellValue) => {
    const row = rows[index];
    if (!row) return null;
    const r = setCell(sheet, row, key, value);
    return r.ok ? null : { key: r.issue.key, params: r.issue.params };
  };

  const add = () => {
    const next = [...rows, newRow(scenario, sheet)];
    onChange(withRows(scenario, sheet, next), `add:${sheet}`);
    setPage(Math.floor((next.length - 1) / PAGE_SIZE));
    setStatus(t('ui.editor.added'));
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

  const first = page * PAGE_SIZE;
  const visible = rows.slice(first, first + PAGE_SIZE);
  // Each column as wide as its longest value on this page (within bounds), so descriptions and
  // party ids are readable instead of cut off after seven letters.
  const widths = useMemo(() => {
    const w = new Map<string, string>();
    for (const c of cols) {
      let n = 0;
      for (const r of visible) {
        const v = cellValue(r, c.key);
        n = Math.max(n, v === undefined || v === null ? 0 : String(v).length);
      }
      const numeric = c.def.kind === 'number' || c.def.kind === 'int' || c.def.kind === 'fraction';
      w.set(c.key, `${Math.min(numeric ? 14 : 32, Math.max(numeric ? 6 : 7, n + 2))}ch`);
    }
    return w;
  }, [cols, visible]);
  const toggle = (i: number) => {
    const n = new Set(selected);
    if (n.has(i)) n.delete(i);
    else n.add(i);
    setSelected(n);
  };

  return (
    <div className="sheet-editor" onPaste={onPaste}>
      <div className="sheet-actions" role="toolbar" aria-label={t('ui.editor.rowActions')}>
        <button type="button" onClick={add}>{t('ui.editor.addRow')}</button>
        <button type="button" onClick={duplicate} disabled={selected.size === 0}>{t('ui.editor.duplicateRows')}</button>
        <button type="button" onClick={remove} disabled={selected.size === 0}>{t('ui.editor.deleteRows')}</button>
        <span className="hint">{t('ui.editor.pasteHint')}</span>
        {pages > 1 && (
          <span className="pager">
            <button type="button" onClick={() => setPage(Math.max(0, page - 1))} disabled={page === 0}>{t('ui.editor.prevPage')}</button>
            <span>{t('ui.editor.page', { page: page + 1, pages })}</span>
            <button type="button" onClick={() => setPage(Math.min(pages - 1, page + 1))} disabled={page >= pages - 1}>{t('ui.editor.nextPage')}</button>
          </span>
        )}
      </div>
      <p className="status" role="status" aria-live="polite">{status}</p>
      {pasteProblems.length > 0 && (
        <ul className="paste-problems" aria-label={t('ui.paste.problems')}>
          {pasteProblems.map((p, i) => (
            <li key={i}>{t('ui.paste.problem', { line: p.line, column: p.column, message: t(p.key, p.params) })}</li>
          ))}
        </ul>
      )}
      <div className="table-scroll">
        <table className="grid" aria-label={t(`ui.sheet.${sheet}`)}>
          <thead>
            <tr>
              <th scope="col" className="rownum">{t('ui.editor.row')}</th>
              {cols.map((c) => <th key={c.key} scope="col" className={c.def.required ? 'required' : undefined}>{label(c)}</th>)}
            </tr>
          </thead>
          <tbody>
            {visible.map((row, k) => {
              const i = first + k;
              const rowProblem = cellProblems.get(`${i}:`);
              return (
                <tr key={i} className={selected.has(i) ? 'selected' : undefined}>
                  <th scope="row" className={rowProblem ? 'rownum bad' : 'rownum'} data-id={rowId(row)}
                    title={[rowId(row), rowProblem].filter(Boolean).join(' · ') || undefined}>
                    <label>
                      <input type="checkbox" checked={selected.has(i)} onChange={() => toggle(i)}
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
                        check={check(i, c.key)}
                        onCommit={(v) => commit(i, c.key, v)}
                      />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
