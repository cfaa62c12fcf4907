// An .ods sheet can declare a row or cell repeated a million times in a few bytes
// (table:number-rows-repeated, table:number-columns-repeated). LibreOffice writes that for the empty
// rest of a sheet, which SheetJS skips quickly; on a cell WITH a value SheetJS expands every copy and
// a 1 kB file then runs for minutes. So the cells with a value are counted, repeats included, from
// the content XML before SheetJS parses it.
import * as XLSX from 'xlsx';

/** 50,000 planning rows of 40 columns. */
export const MAX_ODS_CELLS = 2_000_000;

const repeat = (tag: string, name: string): number => {
  const m = new RegExp(`table:${name}="(\\d+)"`).exec(tag);
  return m ? Number(m[1]) : 1;
};

/** The number of cells with a value, repeats expanded; Infinity when content.xml is absent. */
export function odsValueCells(zipBytes: Uint8Array): number {
  const zip = XLSX.CFB.read(zipBytes, { type: 'array' });
  const entry = XLSX.CFB.find(zip, 'content.xml') as { content?: Uint8Array } | null;
  if (!entry?.content) return Infinity;
  const xml = new TextDecoder('utf-8').decode(entry.content);
  let total = 0;
  const rowRe = /<table:table-row\b([^>]*?)(\/>|>([\s\S]*?)<\/table:table-row>)/g;
  for (let m = rowRe.exec(xml); m; m = rowRe.exec(xml)) {
    const body = m[3];
    if (!body) continue;
    let cells = 0;
    const cellRe = /<table:(?:covered-)?table-cell\b([^>]*?)(\/?)>/g;
    for (let c = cellRe.exec(body); c; c = cellRe.exec(body)) {
      const attrs = c[1] ?? '';
      const empty = c[2] === '/' && !attrs.includes('office:value-type');
      if (!empty) cells += repeat(attrs, 'number-columns-repeated');
    }
    total += cells * repeat(m[1] ?? '', 'number-rows-repeated');
    if (total > MAX_ODS_CELLS) return total;
  }
  return total;
}
