// The cells of one worksheet's XML, in SheetJS's dense shape ({ t, v }), so ./cells reads them
// either way. A city's Works sheet is 29 MB of about a million cells, so the common cell
// (`<c r="B7" t="s"><v>12</v></c>`) is read straight from the sheet's text by position: no
// substring for its tag, body, reference or value, which were four strings made and dropped per
// cell. Anything unusual (other spacing, a formula, a decimal) goes the general way, on substrings.
import type { RawCell } from './cells';
import { attr, decodeRef, textOf, unescapeXml } from './xml-text';

export type Row = RawCell[] | undefined;

export interface SheetData {
  /** Rows by 0-based index; cells by 0-based column. */
  rows: Row[];
  /** The `<dimension ref>` as declared (never used to allocate). */
  declaredRef?: string;
  /** Set when a cell or the declared dimension lies beyond the limits: the rows are then not read. */
  tooLarge?: { rows: number; columns: number };
  /** Set when the sheet holds more rows than `maxRowCount`: the rows are then not read. */
  tooManyRows?: { rows: number };
  /** The first cell whose text is longer than a cell may hold (0-based): the rows are then not read. */
  longText?: { row: number; column: number; length: number };
}

export interface SheetLimits {
  /** The highest row number (Excel's own limit): a cell or dimension beyond it is no worksheet. */
  maxRows: number;
  maxColumns: number;
  /** The most rows the sheet may hold (row elements with content, not the highest row number): a
   *  sheet of a million repeated rows is refused from a count of its `</row>` tags, before any
   *  cell is read. Absent: no such limit. */
  maxRowCount?: number;
}

/** Excel's own limit on the characters in one cell. */
export const MAX_CELL_TEXT = 32_767;

/** Space, tab, CR, LF, '>' or '/': the end of a tag's name. */
const endsName = (ch: number): boolean => ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13;

/** The row elements with content between `from` and `stop`, counted by their closing tags
 *  `rowClose` (an empty `<row …/>` has none). Found by their tail `ow>`, which nothing else in a
 *  sheet ends with, instead of by `<`, which starts every tag: five times faster on a city sheet. */
export function countRows(xml: string, rowClose: string, from: number, stop: number): number {
  const back = rowClose.length - 3;
  let n = 0;
  for (let i = xml.indexOf('ow>', from + back); i >= 0 && i < stop; i = xml.indexOf('ow>', i + 3)) {
    if (isAt(xml, i - back, rowClose)) n++;
  }
  return n;
}

/** Whether `s` is written at `at`. */
function isAt(xml: string, at: number, s: string): boolean {
  for (let k = 0; k < s.length; k++) if (xml.charCodeAt(at + k) !== s.charCodeAt(k)) return false;
  return true;
}

/** The common cell tag's attribute text, ` r="B7"` (or no reference, as some writers leave it)
 *  then optionally ` t="s"`, among attributes without an r or t (s="3"), read into head as
 *  [row, column (both -1 without a reference: the running row and column place the cell), 1 for
 *  a shared string else 0]; false for anything else (the general way then reads it). A typed
 *  array, not an object per cell. */
const head = new Int32Array(3);
/** Beyond three letters (XFD is the last column) the general way decides: no overflow here. */
const MAX_LETTERS_VALUE = 26 * 26 * 26;
function plainCellTag(xml: string, from: number, to: number): boolean {
  let i = from;
  let col = 0;
  let row = 0;
  if (xml.charCodeAt(from) === 32 && xml.charCodeAt(from + 1) === 114 && xml.charCodeAt(from + 2) === 61 && xml.charCodeAt(from + 3) === 34) {
    i = from + 4;
    for (let c = xml.charCodeAt(i); c >= 65 && c <= 90 && col < MAX_LETTERS_VALUE; c = xml.charCodeAt(++i)) col = col * 26 + (c - 64);
    const digits = i;
    for (let d = xml.charCodeAt(i) - 48; d >= 0 && d <= 9 && i - digits < 9; d = xml.charCodeAt(++i) - 48) row = row * 10 + d;
    if (col === 0 || row === 0 || xml.charCodeAt(i) !== 34) return false;
    i++;
  }
  let shared = 0;
  for (; i < to; i++) {
    const c = xml.charCodeAt(i);
    if (c === 116 && xml.charCodeAt(i - 1) === 32 && xml.charCodeAt(i + 1) === 61 && xml.charCodeAt(i + 2) === 34
      && xml.charCodeAt(i + 3) === 115 && xml.charCodeAt(i + 4) === 34 && i + 4 < to && shared === 0) {
      shared = 1;
      i += 4;
    } else if (c === 114 || c === 116) return false;
  }
  head[0] = row - 1;
  head[1] = col - 1;
  head[2] = shared;
  return true;
}
/** The number of a row tag that starts ` r="7"`, else 0 (the attribute reader then decides). */
function plainRowNumber(xml: string, at: number): number {
  if (xml.charCodeAt(at) !== 32 || xml.charCodeAt(at + 1) !== 114 || xml.charCodeAt(at + 2) !== 61 || xml.charCodeAt(at + 3) !== 34) return 0;
  let n = 0;
  let i = at + 4;
  for (let d = xml.charCodeAt(i) - 48; d >= 0 && d <= 9 && i - at < 13; d = xml.charCodeAt(++i) - 48) n = n * 10 + d;
  return xml.charCodeAt(i) === 34 ? n : 0;
}

/** r="…" or t="…" of a cell the general way, on the tag's text (the hot path is plainCellTag). */
function cellAttr(tag: string, name: 'r' | 't'): string | undefined {
  const i = tag.indexOf(` ${name}="`);
  if (i < 0) return tag.includes(name) ? attr(tag, name) : undefined;
  const start = i + 4;
  return tag.slice(start, tag.indexOf('"', start));
}

export function parseSheet(xml: string, sst: () => string[], limits: SheetLimits): SheetData {
  const out: SheetData = { rows: [] };
  const dimAt = /<(?:\w+:)?dimension(?=[\s/>])/.exec(xml);
  const dimEnd = dimAt ? xml.indexOf('>', dimAt.index) : -1;
  const dim = dimAt && dimEnd >= 0 ? attr(xml.slice(dimAt.index + dimAt[0].length, dimEnd), 'ref') : undefined;
  if (dim) {
    out.declaredRef = dim;
    const end = decodeRef(dim.split(':').pop() ?? '');
    if (end && (end[0] >= limits.maxRows || end[1] >= limits.maxColumns)) {
      out.tooLarge = { rows: end[0] + 1, columns: end[1] + 1 };
      return out;
    }
  }
  const start = xml.search(/<(?:\w+:)?sheetData\b/);
  if (start < 0) return out;
  const prefix = /<(\w+:)?sheetData/.exec(xml.slice(start, start + 40))?.[1] ?? '';
  const cOpen = `<${prefix}c`;
  const rowOpen = `<${prefix}row`;
  const vTag = `<${prefix}v`;
  const vOpen = `${vTag}>`;
  const vClose = `</${prefix}v>`;
  const cClose = `</${prefix}c>`;
  const fOpen = `<${prefix}f`;
  const isOpen = `<${prefix}is>`;
  const endData = xml.indexOf(`</${prefix}sheetData>`, start);
  const stop = endData < 0 ? xml.length : endData;
  const maxCount = limits.maxRowCount;
  if (maxCount !== undefined) {
    const count = countRows(xml, `</${prefix}row>`, start, stop);
    if (count > maxCount) {
      out.tooManyRows = { rows: count };
      return out;
    }
  }
  const rows = out.rows;
  const shared: SharedCells = { numbers: new Array<RawCell>(SHARED_NUMBERS) };
  // Rows that hold a cell: cells outside any <row> (which no writer makes) escape the count above.
  let made = 0;
  // A new row is made as wide as the one before, at once: grown a cell at a time, each of a city's
  // 50,000 rows was copied twice on the way and kept a third more slots than cells, and it is all
  // still alive when the young generation is collected, so every byte of it was copied again.
  // `fit` cuts the row made last back to the cells it holds, so each row's length is as before.
  let width = 0;
  let last: RawCell[] | undefined;
  let lastUsed = 0;

  let pos = start;
  let rowIndex = -1;
  let colIndex = -1;
  let nextRow = xml.indexOf(rowOpen, pos);
  while (pos < stop) {
    let c = xml.indexOf(cOpen, pos);
    // `<c` must be a whole tag name (not <cols>, <col>): the next char is a space, > or /.
    while (c >= 0 && c < stop && !endsName(xml.charCodeAt(c + cOpen.length))) c = xml.indexOf(cOpen, c + 1);
    if (c < 0 || c >= stop) break;
    // Rows passed on the way set the running row (for cells without an r attribute).
    while (nextRow >= 0 && nextRow < c) {
      const tagEnd = xml.indexOf('>', nextRow);
      if (endsName(xml.charCodeAt(nextRow + rowOpen.length))) {
        const plain = plainRowNumber(xml, nextRow + rowOpen.length);
        const r = plain > 0 ? plain : attr(xml.slice(nextRow + rowOpen.length, tagEnd), 'r');
        rowIndex = r !== undefined ? Number(r) - 1 : rowIndex + 1;
        colIndex = -1;
      }
      nextRow = xml.indexOf(rowOpen, tagEnd);
    }
    const tagEnd = xml.indexOf('>', c);
    if (tagEnd < 0) break;
    const selfClosing = xml.charCodeAt(tagEnd - 1) === 47;
    let r: number;
    let col: number;
    let cell: RawCell | undefined;
    // The common cell, `<c r="B7" t="s"><v>12</v></c>`, read in place: a shared string or a whole number.
    let digits = -1;
    let v = tagEnd + 1 + vOpen.length;
    if (!selfClosing && plainCellTag(xml, c + cOpen.length, tagEnd) && isAt(xml, tagEnd + 1, vOpen)) {
      const from = v;
      let n = 0;
      for (let d = xml.charCodeAt(v) - 48; d >= 0 && d <= 9 && v - from < 15; d = xml.charCodeAt(++v) - 48) n = n * 10 + d;
      if (v > from && isAt(xml, v, vClose) && isAt(xml, v + vClose.length, cClose)) digits = n;
    }
    if (digits >= 0) {
      pos = v + vClose.length + cClose.length;
      r = head[0] as number;
      col = head[1] as number;
      if (col < 0) {
        r = rowIndex;
        col = colIndex + 1;
      }
      colIndex = col;
      if (r < 0) continue;
      if (r >= limits.maxRows || col >= limits.maxColumns) return beyond(out, r, col);
      cell = head[2] === 1 ? sharedString(digits, sst, shared)
        : digits < SHARED_NUMBERS ? (shared.numbers[digits] ??= { t: 'n', v: digits }) : { t: 'n', v: digits };
    } else {
      // Any other cell, the general way: on the substrings of its tag and body.
      const tag = xml.slice(c + cOpen.length, selfClosing ? tagEnd - 1 : tagEnd);
      let body = '';
      if (selfClosing) pos = tagEnd + 1;
      else {
        const close = xml.indexOf(cClose, tagEnd);
        if (close < 0) break;
        body = xml.slice(tagEnd + 1, close);
        pos = close + cClose.length;
      }
      const ref = cellAttr(tag, 'r');
      const at = ref ? decodeRef(ref) : undefined;
      r = at ? at[0] : rowIndex;
      col = at ? at[1] : colIndex + 1;
      colIndex = col;
      if (r < 0 || col < 0) continue;
      if (r >= limits.maxRows || col >= limits.maxColumns) return beyond(out, r, col);
      if (selfClosing) continue;
      cell = readCell(cellAttr(tag, 't') ?? 'n', body, vTag, vClose, fOpen, isOpen, sst, shared);
    }
    if (!cell) continue;
    if (cell.t === 's' && (cell.v as string).length > MAX_CELL_TEXT) {
      out.longText = { row: r, column: col, length: (cell.v as string).length };
      out.rows = [];
      return out;
    }
    let row = rows[r];
    if (row === undefined) {
      if (last) width = fit(last, lastUsed);
      row = rows[r] = width > 0 ? new Array<RawCell>(width) : [];
      last = row;
      lastUsed = 0;
      made++;
    }
    row[col] = cell;
    if (row === last && col >= lastUsed) lastUsed = col + 1;
  }
  if (last) fit(last, lastUsed);
  if (maxCount !== undefined && made > maxCount) return { rows: [], tooManyRows: { rows: made }, ...(dim ? { declaredRef: dim } : {}) };
  return out;
}

/** The widest row made at once (a hostile sheet's 16,384 columns must not be made 100,000 times). */
const MAX_WIDTH = 256;

/** Cuts a row made wide at once back to `used` cells; the width to make the next row. */
function fit(row: RawCell[], used: number): number {
  if (row.length > used) row.length = used;
  return Math.min(used, MAX_WIDTH);
}

/** A cell or the declared dimension beyond the limits: the rows are then not read. */
function beyond(out: SheetData, r: number, col: number): SheetData {
  out.tooLarge = { rows: r + 1, columns: col + 1 };
  out.rows = [];
  return out;
}

/** Cell objects shared by the cells of one sheet that hold the same shared string or small whole
 *  number: a city's Works sheet has about a million cells but some 60,000 distinct strings and
 *  mostly small counts and years. Every cell of the grid stays alive until the rows are converted,
 *  so each one allocated was copied out of the young generation and marked; shared, they are not.
 *  Nothing downstream changes a cell. */
interface SharedCells {
  /** One slot per shared string, made when the first string cell is read: filled in random
   *  order, an empty array would turn into a slow dictionary. */
  strings?: (RawCell | undefined)[];
  numbers: RawCell[];
}

const SHARED_NUMBERS = 16_384;

function sharedString(i: number, sst: () => string[], shared: SharedCells): RawCell | undefined {
  const list = sst();
  const s = list[i];
  if (s === undefined) return undefined;
  const cells = (shared.strings ??= list.map(() => undefined));
  return (cells[i] ??= { t: 's', v: s });
}

function readCell(
  t: string, body: string, vTag: string, vClose: string, fOpen: string, isOpen: string, sst: () => string[],
  shared: SharedCells,
): RawCell | undefined {
  // <v> may carry attributes (xml:space="preserve"): take the text after the tag's own '>'.
  // vTag is `<v` without its '>' (made once per sheet, not per cell).
  let vs = body.indexOf(vTag);
  while (vs >= 0) {
    const ch = body.charCodeAt(vs + vTag.length);
    if (ch === 62 || ch === 32 || ch === 47) break;
    vs = body.indexOf(vTag, vs + 1);
  }
  let v: string | undefined;
  if (vs >= 0) {
    const gt = body.indexOf('>', vs);
    v = body.charCodeAt(gt - 1) === 47 ? '' : body.slice(gt + 1, body.indexOf(vClose, gt));
  }
  switch (t) {
    case 's':
      return v === undefined ? undefined : sharedString(Number(v), sst, shared);
    case 'str':
      if (v === undefined) return body.indexOf(fOpen) >= 0 ? { t: 'e' } : undefined;
      return { t: 's', v: unescapeXml(v) };
    case 'inlineStr': {
      const is = body.indexOf(isOpen);
      return is < 0 ? undefined : { t: 's', v: textOf(body.slice(is)) };
    }
    case 'b':
      if (v === undefined) return body.indexOf(fOpen) >= 0 ? { t: 'e' } : undefined;
      return { t: 'b', v: v.trim() === '1' || v.trim() === 'true' };
    case 'e':
      return v === undefined ? { t: 'e' } : { t: 'e', v: unescapeXml(v) };
    case 'd':
      return v === undefined ? undefined : { t: 's', v: unescapeXml(v) };
    default: {
      if (v === undefined || v.trim() === '') return body.indexOf(fOpen) >= 0 ? { t: 'e' } : undefined;
      const n = Number(v);
      // Whole and small, and not -0 (which would be shared as 0).
      if (n >= 0 && n < SHARED_NUMBERS && (n | 0) === n && !Object.is(n, -0)) return (shared.numbers[n] ??= { t: 'n', v: n });
      return Number.isFinite(n) ? { t: 'n', v: n } : { t: 's', v: unescapeXml(v) };
    }
  }
}
