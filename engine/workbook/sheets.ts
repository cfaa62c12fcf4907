// A small, fast reader of the cell values of .xlsx worksheets. SheetJS's full reader spends most of
// its time on what a scenario never needs (styles, formats, formula text, merged cells) and took
// about 3.5 s for the 50,000-work city workbook; scanning the sheet XML with indexOf here takes a
// fraction of that. SheetJS still unzips (its inflate is pure JS) after ./zip has checked the sizes.
// Cells come out in SheetJS's dense shape ({ t, v }) so ./cells reads them either way.
import * as XLSX from 'xlsx';
import type { RawCell } from './cells';

export type Row = RawCell[] | undefined;

export interface SheetData {
  /** Rows by 0-based index; cells by 0-based column. */
  rows: Row[];
  /** The `<dimension ref>` as declared (never used to allocate). */
  declaredRef?: string;
  /** Set when a cell or the declared dimension lies beyond the limits: the rows are then not read. */
  tooLarge?: { rows: number; columns: number };
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
        default: return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
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

/** All text of the <t> elements in a fragment (rich text runs), without phonetic runs. */
function textOf(fragment: string): string {
  const s = fragment.replace(/<(\w+:)?rPh\b[\s\S]*?<\/(\w+:)?rPh>/g, '');
  let out = '';
  const re = /<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g;
  for (let m = re.exec(s); m; m = re.exec(s)) out += m[1] ?? '';
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

function readRels(text: string | undefined, base: string): { id: string; type: string; target: string }[] {
  if (!text) return [];
  const out: { id: string; type: string; target: string }[] = [];
  for (const m of text.matchAll(/<(?:\w+:)?Relationship\b([^>]*)\/?>/g)) {
    const tag = m[1] ?? '';
    const target = attr(tag, 'Target');
    if (target === undefined || attr(tag, 'TargetMode') === 'External') continue;
    out.push({ id: attr(tag, 'Id') ?? '', type: attr(tag, 'Type') ?? '', target: resolve(base, target) });
  }
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

export function openWorkbook(bytes: Uint8Array): Workbook {
  const zip = XLSX.CFB.read(bytes, { type: 'array' });
  const files = new Map<string, Uint8Array>();
  zip.FileIndex.forEach((f: { type: number; content?: unknown }, i: number) => {
    const path = (zip.FullPaths[i] ?? '').replace(/^Root Entry\//, '');
    if (f.type === 2 && f.content) files.set(path, f.content as Uint8Array);
  });
  const text = (path: string): string | undefined => {
    const b = files.get(path) ?? [...files].find(([k]) => k.toLowerCase() === path.toLowerCase())?.[1];
    return b ? decoder.decode(b) : undefined;
  };

  const root = readRels(text('_rels/.rels'), '');
  const wbPath = root.find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const wbXml = text(wbPath);
  if (!wbXml) throw new Error('no workbook part (is this an .xlsx file?)');
  const wbRels = readRels(text(relsPath(wbPath)), wbPath);
  const byId = new Map(wbRels.map((r) => [r.id, r.target]));

  const sheetPaths = new Map<string, string>();
  const sheetNames: string[] = [];
  for (const m of wbXml.matchAll(/<(?:\w+:)?sheet\b([^>]*)\/?>/g)) {
    const tag = m[1] ?? '';
    const name = attr(tag, 'name');
    const rid = /\br:id\s*=\s*"([^"]*)"/.exec(tag)?.[1] ?? /\b\w+:id\s*=\s*"([^"]*)"/.exec(tag)?.[1];
    const target = rid ? byId.get(rid) : undefined;
    if (name === undefined || !target) continue;
    sheetNames.push(name);
    sheetPaths.set(name, target);
  }

  let sst: string[] | undefined;
  const sharedStrings = (): string[] => {
    if (sst) return sst;
    const path = wbRels.find((r) => r.type.endsWith('/sharedStrings'))?.target ?? 'xl/sharedStrings.xml';
    const xml = text(path) ?? '';
    sst = [];
    const re = /<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\/>/g;
    for (let m = re.exec(xml); m; m = re.exec(xml)) sst.push(m[1] === undefined ? '' : textOf(m[1]));
    return sst;
  };

  return {
    sheetNames,
    sheet(name, limits) {
      const path = sheetPaths.get(name);
      const xml = path ? text(path) : undefined;
      if (xml === undefined) return undefined;
      return parseSheet(xml, sharedStrings, limits);
    },
  };
}

function parseSheet(xml: string, sst: () => string[], limits: { maxRows: number; maxColumns: number }): SheetData {
  const out: SheetData = { rows: [] };
  const dim = /<(?:\w+:)?dimension\b[^>]*\bref\s*=\s*"([^"]*)"/.exec(xml);
  if (dim?.[1]) {
    out.declaredRef = dim[1];
    const end = decodeRef(dim[1].split(':').pop() ?? '');
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
  const vOpen = `<${prefix}v>`;
  const vClose = `</${prefix}v>`;
  const cClose = `</${prefix}c>`;
  const fOpen = `<${prefix}f`;
  const isOpen = `<${prefix}is>`;
  const endData = xml.indexOf(`</${prefix}sheetData>`, start);
  const stop = endData < 0 ? xml.length : endData;
  const rows = out.rows;

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
    const cell = readCell(cellAttr(tag, 't') ?? 'n', body, vOpen, vClose, fOpen, isOpen, sst);
    if (!cell) continue;
    (rows[r] ??= [])[col] = cell;
  }
  return out;
}

function readCell(
  t: string, body: string, vOpen: string, vClose: string, fOpen: string, isOpen: string, sst: () => string[],
): RawCell | undefined {
  // <v> may carry attributes (xml:space="preserve"): take the text after the tag's own '>'.
  let vs = body.indexOf(vOpen.slice(0, -1));
  while (vs >= 0) {
    const ch = body.charCodeAt(vs + vOpen.length - 1);
    if (ch === 62 || ch === 32 || ch === 47) break;
    vs = body.indexOf(vOpen.slice(0, -1), vs + 1);
  }
  let v: string | undefined;
  if (vs >= 0) {
    const gt = body.indexOf('>', vs);
    v = body.charCodeAt(gt - 1) === 47 ? '' : body.slice(gt + 1, body.indexOf(vClose, gt));
  }
  const hasFormula = body.indexOf(fOpen) >= 0;
  switch (t) {
    case 's': {
      if (v === undefined) return undefined;
      const s = sst()[Number(v)];
      return s === undefined ? undefined : { t: 's', v: s };
    }
    case 'str':
      if (v === undefined) return hasFormula ? { t: 'e' } : undefined;
      return { t: 's', v: unescapeXml(v) };
    case 'inlineStr': {
      const is = body.indexOf(isOpen);
      return is < 0 ? undefined : { t: 's', v: textOf(body.slice(is)) };
    }
    case 'b':
      if (v === undefined) return hasFormula ? { t: 'e' } : undefined;
      return { t: 'b', v: v.trim() === '1' || v.trim() === 'true' };
    case 'e':
      return v === undefined ? { t: 'e' } : { t: 'e', v: unescapeXml(v) };
    case 'd':
      return v === undefined ? undefined : { t: 's', v: unescapeXml(v) };
    default: {
      if (v === undefined || v.trim() === '') return hasFormula ? { t: 'e' } : undefined;
      const n = Number(v);
      return Number.isFinite(n) ? { t: 'n', v: n } : { t: 's', v: unescapeXml(v) };
    }
  }
}
