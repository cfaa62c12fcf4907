// Frozen header rows. SheetJS Community Edition does not write panes (a Pro feature, SheetJS issue
// #1371), so after writing we open the xlsx zip with SheetJS's own CFB container and give the named
// sheets' <sheetView> a frozen pane below row 1. Pure bytes in, bytes out: no Node, no DOM APIs
// beyond TextEncoder/TextDecoder.
import { CFB } from 'xlsx';

const pane = '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>';

/** `sheetFiles`: 1-based positions of the sheets to freeze (xl/worksheets/sheetN.xml). */
export function freezeHeaderRows(xlsx: Uint8Array, sheetFiles: readonly number[]): Uint8Array {
  if (sheetFiles.length === 0) return xlsx;
  const zip = CFB.read(xlsx, { type: 'array' });
  const dec = new TextDecoder(), enc = new TextEncoder();
  for (const n of sheetFiles) {
    const entry = CFB.find(zip, `/xl/worksheets/sheet${n}.xml`);
    if (!entry || !entry.content) continue;
    const xml = dec.decode(entry.content as Uint8Array);
    // SheetJS writes an empty <sheetView .../>; give it the pane as content.
    const out = xml.replace(/<sheetView([^>]*?)\/>/, `<sheetView$1>${pane}</sheetView>`);
    if (out !== xml) entry.content = enc.encode(out) as unknown as typeof entry.content;
  }
  const bytes = CFB.write(zip, { fileType: 'zip', type: 'array', compression: true }) as unknown;
  return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes as ArrayLike<number>);
}
