// A small, fast reader of the cell values of .xlsx worksheets. SheetJS's full reader spends most of
// its time on what a scenario never needs (styles, formats, formula text, merged cells) and took
// about 3.5 s for the 50,000-work city workbook; scanning the sheet XML with indexOf here takes a
// fraction of that. The parts come from ./zip (checked and inflated there); only openWorkbook, for
// callers holding a rebuilt container, still has SheetJS take the container apart. This file finds
// the sheets and shared strings; ./sheet-cells reads a sheet's cells.
import * as XLSX from 'xlsx';
import { problem, type Problem } from '../problems';
import { parseSheet, type SheetData, type SheetLimits } from './sheet-cells';
import { attr, BadReference, textOf } from './xml-text';
import '../i18n/limits';

export { MAX_CELL_TEXT, type Row, type SheetData, type SheetLimits } from './sheet-cells';

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

export interface Workbook {
  sheetNames: string[];
  /** Reads one sheet by name (only the sheets the caller needs are parsed). */
  sheet(name: string, limits: SheetLimits): SheetData | undefined;
}

const decoder = new TextDecoder('utf-8');

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
