// Rows pasted from Excel or LibreOffice: tab-separated text, one row a line, cells with a line break
// or tab quoted ("..." with "" for a quote). With a header row the columns are matched by name
// (English or Dutch); without one, the cells fill the columns from the focused cell to the right.
import { findColumn } from '../../../engine/scenario/columns';
import type { Scenario } from '../../../engine/scenario/schema';
import { parseCell } from './cells';
import { checkRow, editorColumns, newRow, setCell, type EditorColumn, type ListSheet, type Row } from './rows';

export function splitTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const s = text.replace(/\r\n?/g, '\n');
  while (i < s.length) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell === '') quoted = true;
    else if (ch === '\t') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
    i++;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  // Spreadsheets end a copied block with a line break; blank lines carry nothing.
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

export interface PasteProblem {
  /** 1-based line of the pasted text. */
  line: number;
  column: string;
  key: string;
  params?: Record<string, string | number>;
}

export interface PasteTarget {
  /** Row index where the block starts; rows past the end are appended. Absent: append all. */
  row?: number;
  /** Column the first pasted cell goes to when there is no header line. */
  column?: string;
}

export type PasteResult = { ok: true; rows: Row[]; changed: number; added: number } | { ok: false; problems: PasteProblem[] };

function headerMap(sheet: ListSheet, cols: EditorColumn[], line: string[]): (EditorColumn | undefined)[] | undefined {
  const mapped = line.map((h) => {
    const t = h.trim();
    if (t === '') return undefined;
    const def = sheet === 'neighbourhoods' ? cols.find((c) => c.header.en === t || c.header.nl === t) : undefined;
    if (def) return def;
    const found = findColumn(sheet, t);
    return found ? cols.find((c) => c.key === found.key) : undefined;
  });
  const named = line.filter((h) => h.trim() !== '').length;
  const hits = mapped.filter(Boolean).length;
  return hits > 0 && hits * 2 >= named ? mapped : undefined;
}

/** Applies pasted text to a sheet. All or nothing: any cell that does not parse or any row the
 *  schema refuses leaves the sheet as it was and reports every problem. */
export function pasteRows(s: Scenario, sheet: ListSheet, text: string, target: PasteTarget = {}): PasteResult {
  const lines = splitTsv(text);
  const cols = editorColumns(s, sheet);
  if (lines.length === 0) return { ok: true, rows: s[sheet] as Row[], changed: 0, added: 0 };
  const header = headerMap(sheet, cols, lines[0]!);
  const body = header ? lines.slice(1) : lines;
  const firstLine = header ? 2 : 1;
  const startCol = Math.max(0, cols.findIndex((c) => c.key === target.column));
  const mapping = header ?? lines[0]!.map((_, i) => cols[startCol + i]);
  // With a header line the rows are new records; without one they overwrite from the focused row.
  const start = header || target.row === undefined ? (s[sheet] as Row[]).length : target.row;

  const rows = [...(s[sheet] as Row[])];
  const problems: PasteProblem[] = [];
  let scenario = s;
  let added = 0;
  body.forEach((cells, li) => {
    const line = firstLine + li;
    const at = start + li;
    const existing = rows[at];
    let row: Row = existing ?? newRow(scenario, sheet);
    cells.forEach((text, ci) => {
      const col = mapping[ci];
      if (!col) {
        if (!header && text.trim() !== '') problems.push({ line, column: String(ci + 1), key: 'ui.paste.tooManyColumns' });
        return;
      }
      const parsed = parseCell(text, col.def.kind, col.def.choices);
      if (!parsed.ok) {
        problems.push({ line, column: col.key, key: parsed.key, params: parsed.params });
        return;
      }
      const r = setCell(sheet, row, col.key, parsed.value);
      if (r.ok) row = r.row;
      else row = { ...row, [col.key]: parsed.value };
    });
    const checked = checkRow(sheet, row);
    if (!checked.ok) {
      problems.push({ line, column: checked.issue.field, key: checked.issue.key, params: checked.issue.params });
      return;
    }
    if (existing) rows[at] = checked.row;
    else {
      rows.push(checked.row);
      added++;
    }
    // Fresh ids for later new rows must see this one.
    scenario = { ...scenario, [sheet]: rows } as Scenario;
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, rows, changed: body.length - added, added };
}
