// A small, fast reader of the cell values of .xlsx worksheets. SheetJS's full reader spends most of
// its time on what a scenario never needs (styles, formats, formula text, merged cells) and took
// about 3.5 s for the 50,000-work city workbook; scanning the sheet XML with indexOf here takes a
// fraction of that. The parts come from ./zip (checked and inflated there); only openWorkbook, for
// callers holding a rebuilt container, still has SheetJS take the container apart.
// Cells come out in SheetJS's dense shape ({ t, v }) so ./cells reads them either way.
import * as XLSX from 'xlsx';
import { problem, type Problem } from '../problems';
import type { RawCell } from './cells';
import '../i18n/limits';

/** A fault of the file found while scanning its XML, as the problem to show. Thrown, so the
 *  scanners stay plain loops; readWorkbook turns it into its problem. */
export class WorkbookProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.code);
    this.name = 'WorkbookProblem';
  }
}

/** Elements per part beyond which a part is refused: far above any real workbook (the city
 *  workbook of 50,000 works has 7 sheets, 11 relationships and about 60,000 shared strings), and
 *  they bound the memory a hostile part can make the scanner allocate. */
export const MAX_ELEMENTS = { sheet: 10_000, Relationship: 100_000, si: 5_000_000 } as const;

class BadReference extends Error {
  constructor(readonly reference: string) {
    super(reference);
  }
}

/** Runs a scan of one part, naming the part in the problem a bad character reference gives. */
function inPart<T>(part: string, scan: () => T): T {
  try {
    return scan();
  } catch (e) {
    if (e instanceof BadReference) {
      throw new WorkbookProblem(problem('file.badCharacterReference', { part, reference: e.reference }));
    }
    throw e;
  }
}

const tooMany = (part: string, element: keyof typeof MAX_ELEMENTS): WorkbookProblem =>
  new WorkbookProblem(problem('file.tooManyElements', { part, element, max: MAX_ELEMENTS[element] }));

/**
 * Calls `each` with the attribute text of every `<name …>` (any namespace prefix), in order, in one
 * pass: each search starts after the previous tag's end, and a tag that never closes ends the
 * scan (nothing after it can close it), so the work is linear in the part's length. A regex with
 * `[^>]*` restarted after each unclosed tag instead, which is quadratic.
 */
function eachTag(xml: string, name: string, each: (attrs: string) => void): void {
  const re = new RegExp(`<(?:\\w+:)?${name}(?=[\\s/>])`, 'g');
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const start = m.index + m[0].length;
    const gt = xml.indexOf('>', start);
    if (gt < 0) return;
    each(xml.slice(start, xml.charCodeAt(gt - 1) === 47 ? gt - 1 : gt));
    re.lastIndex = gt + 1;
  }
}

export type Row = RawCell[] | undefined;

export interface SheetData {
  /** Rows by 0-based index; cells by 0-based column. */
  rows: Row[];
  /** The `<dimension ref>` as declared (never used to allocate). */
  declaredRef?: string;
  /** Set when a cell or the declared dimension lies beyond the limits: the rows are then not read. */
  tooLarge?: { rows: number; columns: number };
  /** The first cell whose text is longer than a cell may hold (0-based): the rows are then not read. */
  longText?: { row: number; column: number; length: number };
}

export interface Workbook {
  sheetNames: string[];
  /** Reads one sheet by name (only the sheets the caller needs are parsed). */
  sheet(name: string, limits: { maxRows: number; maxColumns: number }): SheetData | undefined;
}

const decoder = new TextDecoder('utf-8');

function unescapeXml(s: string): string {
  if (s.indexOf('&') < 0 && s.indexOf('_x') < 0) return s;
  return s
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/&(#x[0-9A-Fa-f]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
      switch (e) {
        case 'amp': return '&';
        case 'lt': return '<';
        case 'gt': return '>';
        case 'quot': return '"';
        case 'apos': return "'";
        default: {
          const cp = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
          if (!(cp <= 0x10ffff)) throw new BadReference(`&${e};`);
          return String.fromCodePoint(cp);
        }
      }
    });
}

const attrPatterns = new Map<string, RegExp>();
function attr(tag: string, name: string): string | undefined {
  let re = attrPatterns.get(name);
  if (!re) {
    re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attrPatterns.set(name, re);
  }
  const m = re.exec(tag);
  return m ? unescapeXml(m[1] ?? m[2] ?? '') : undefined;
}

/** The hot path for r="…" and t="…" of a cell: plain indexOf, the regex only for unusual spacing. */
function cellAttr(tag: string, name: 'r' | 't'): string | undefined {
  const i = tag.indexOf(` ${name}="`);
  if (i < 0) return tag.includes(name) ? attr(tag, name) : undefined;
  const start = i + 4;
  return tag.slice(start, tag.indexOf('"', start));
}

const closeT = /<\/(?:\w+:)?t>/g;
const closeRPh = /<\/(?:\w+:)?rPh>/g;
/** All text of the <t> elements in a fragment (rich text runs), without phonetic runs (<rPh>).
 *  One forward pass (see eachTag): an element that never closes ends the text. */
function textOf(fragment: string): string {
  if (fragment.indexOf('<') < 0) return '';
  let out = '';
  const open = /<(?:\w+:)?(t|rPh)(?=[\s/>])/g;
  for (let m = open.exec(fragment); m; m = open.exec(fragment)) {
    const gt = fragment.indexOf('>', m.index + m[0].length);
    if (gt < 0) break;
    if (fragment.charCodeAt(gt - 1) === 47) {
      open.lastIndex = gt + 1;
      continue;
    }
    const close = m[1] === 't' ? closeT : closeRPh;
    close.lastIndex = gt + 1;
    const c = close.exec(fragment);
    if (!c) break;
    if (m[1] === 't') out += fragment.slice(gt + 1, c.index);
    open.lastIndex = c.index + c[0].length;
  }
  return unescapeXml(out);
}

function resolve(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

function relsPath(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

function readRels(text: string | undefined, base: string, part: string): { id: string; type: string; target: string }[] {
  if (!text) return [];
  const out: { id: string; type: string; target: string }[] = [];
  let n = 0;
  inPart(part, () => eachTag(text, 'Relationship', (tag) => {
    if (++n > MAX_ELEMENTS.Relationship) throw tooMany(part, 'Relationship');
    const target = attr(tag, 'Target');
    if (target === undefined || attr(tag, 'TargetMode') === 'External') return;
    out.push({ id: attr(tag, 'Id') ?? '', type: attr(tag, 'Type') ?? '', target: resolve(base, target) });
  }));
  return out;
}

/** Column letters + row digits ("AB12") to 0-based [row, col]; undefined when malformed. */
function decodeRef(ref: string): [number, number] | undefined {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  const row = Number(ref.slice(i));
  if (i === 0 || i === ref.length || !Number.isInteger(row) || row < 1) return undefined;
  return [row - 1, col - 1];
}

/** Excel's own limit on the characters in one cell. */
export const MAX_CELL_TEXT = 32_767;

/** A workbook from the container ./zip rebuilt (prepareZip), unzipped by SheetJS. */
export function openWorkbook(bytes: Uint8Array): Workbook {
  let zip: ReturnType<typeof XLSX.CFB.read>;
  try {
    zip = XLSX.CFB.read(bytes, { type: 'array' });
  } catch (e) {
    // The container was rebuilt by ./zip, so this is rare; it is the file's fault when it happens.
    throw new WorkbookProblem(problem('file.unreadable', { detail: e instanceof Error ? e.message : String(e) }));
  }
  const files = new Map<string, Uint8Array>();
  zip.FileIndex.forEach((f: { type: number; content?: unknown }, i: number) => {
    const path = (zip.FullPaths[i] ?? '').replace(/^Root Entry\//, '');
    if (f.type === 2 && f.content) files.set(path, f.content as Uint8Array);
  });
  return openParts(files);
}

/** A workbook from its parts' contents by path (./zip unzipParts, or the above). */
export function openParts(files: ReadonlyMap<string, Uint8Array>): Workbook {
  const text = (path: string): string | undefined => {
    const b = files.get(path) ?? [...files].find(([k]) => k.toLowerCase() === path.toLowerCase())?.[1];
    return b ? decoder.decode(b) : undefined;
  };

  const root = readRels(text('_rels/.rels'), '', '_rels/.rels');
  const wbPath = root.find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const wbXml = text(wbPath);
  if (!wbXml) throw new WorkbookProblem(problem('file.noWorkbookPart'));
  const wbRels = readRels(text(relsPath(wbPath)), wbPath, relsPath(wbPath));
  const byId = new Map(wbRels.map((r) => [r.id, r.target]));

  const sheetPaths = new Map<string, string>();
  const sheetNames: string[] = [];
  let sheetCount = 0;
  inPart(wbPath, () => eachTag(wbXml, 'sheet', (tag) => {
    if (++sheetCount > MAX_ELEMENTS.sheet) throw tooMany(wbPath, 'sheet');
    const name = attr(tag, 'name');
    const rid = /\br:id\s*=\s*"([^"]*)"/.exec(tag)?.[1] ?? /\b\w+:id\s*=\s*"([^"]*)"/.exec(tag)?.[1];
    const target = rid ? byId.get(rid) : undefined;
    if (name === undefined || !target) return;
    sheetNames.push(name);
    sheetPaths.set(name, target);
  }));

  let sst: string[] | undefined;
  const sharedStrings = (): string[] => {
    if (sst) return sst;
    const path = wbRels.find((r) => r.type.endsWith('/sharedStrings'))?.target ?? 'xl/sharedStrings.xml';
    const xml = text(path) ?? '';
    const list: string[] = [];
    inPart(path, () => {
      const open = /<(?:\w+:)?si(?=[\s/>])/g;
      const close = /<\/(?:\w+:)?si>/g;
      for (let m = open.exec(xml); m; m = open.exec(xml)) {
        if (list.length >= MAX_ELEMENTS.si) throw tooMany(path, 'si');
        const gt = xml.indexOf('>', m.index + m[0].length);
        if (gt < 0) break;
        if (xml.charCodeAt(gt - 1) === 47) {
          list.push('');
          open.lastIndex = gt + 1;
          continue;
        }
        close.lastIndex = gt + 1;
        const c = close.exec(xml);
        if (!c) break;
        list.push(textOf(xml.slice(gt + 1, c.index)));
        open.lastIndex = c.index + c[0].length;
      }
    });
    sst = list;
    return sst;
  };

  return {
    sheetNames,
    sheet(name, limits) {
      const path = sheetPaths.get(name);
      const xml = path ? text(path) : undefined;
      if (xml === undefined || path === undefined) return undefined;
      return inPart(path, () => parseSheet(xml, sharedStrings, limits));
    },
  };
}

function parseSheet(xml: string, sst: () => string[], limits: { maxRows: number; maxColumns: number }): SheetData {
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
  const vClose = `</${prefix}v>`;
  const cClose = `</${prefix}c>`;
  const fOpen = `<${prefix}f`;
  const isOpen = `<${prefix}is>`;
  const endData = xml.indexOf(`</${prefix}sheetData>`, start);
  const stop = endData < 0 ? xml.length : endData;
  const rows = out.rows;
  const shared: SharedCells = { numbers: new Array<RawCell>(SHARED_NUMBERS) };

  let pos = start;
  let rowIndex = -1;
  let colIndex = -1;
  let nextRow = xml.indexOf(rowOpen, pos);
  while (pos < stop) {
    let c = xml.indexOf(cOpen, pos);
    // `<c` must be a whole tag name (not <cols>, <col>): the next char is a space, > or /.
    while (c >= 0 && c < stop) {
      const ch = xml.charCodeAt(c + cOpen.length);
      if (ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13) break;
      c = xml.indexOf(cOpen, c + 1);
    }
    if (c < 0 || c >= stop) break;
    // Rows passed on the way set the running row (for cells without an r attribute).
    while (nextRow >= 0 && nextRow < c) {
      const tagEnd = xml.indexOf('>', nextRow);
      const ch = xml.charCodeAt(nextRow + rowOpen.length);
      if (ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13) {
        const r = attr(xml.slice(nextRow + rowOpen.length, tagEnd), 'r');
        rowIndex = r !== undefined ? Number(r) - 1 : rowIndex + 1;
        colIndex = -1;
      }
      nextRow = xml.indexOf(rowOpen, tagEnd);
    }
    const tagEnd = xml.indexOf('>', c);
    if (tagEnd < 0) break;
    const selfClosing = xml.charCodeAt(tagEnd - 1) === 47;
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
    const r = at ? at[0] : rowIndex;
    const col = at ? at[1] : colIndex + 1;
    colIndex = col;
    if (r < 0 || col < 0) continue;
    if (r >= limits.maxRows || col >= limits.maxColumns) {
      out.tooLarge = { rows: r + 1, columns: col + 1 };
      out.rows = [];
      return out;
    }
    if (selfClosing) continue;
    const cell = readCell(cellAttr(tag, 't') ?? 'n', body, vTag, vClose, fOpen, isOpen, sst, shared);
    if (!cell) continue;
    if (cell.t === 's' && (cell.v as string).length > MAX_CELL_TEXT) {
      out.longText = { row: r, column: col, length: (cell.v as string).length };
      out.rows = [];
      return out;
    }
    (rows[r] ??= [])[col] = cell;
  }
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
    case 's': {
      if (v === undefined) return undefined;
      const i = Number(v);
      const list = sst();
      const s = list[i];
      if (s === undefined) return undefined;
      const cells = (shared.strings ??= list.map(() => undefined));
      return (cells[i] ??= { t: 's', v: s });
    }
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
