// The small pieces of XML text both workbook scanners (./sheets for the workbook's structure,
// ./sheet-cells for a sheet's cells) need: escapes, one attribute, the text of <t> runs, a cell
// reference. Plain string functions, no state.

/** A character reference that is no character (`&#xFFFFFFFFFF;`); ./sheets names the part. */
export class BadReference extends Error {
  constructor(readonly reference: string) {
    super(reference);
  }
}

export function unescapeXml(s: string): string {
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
/** One attribute of a tag's attribute text, unescaped; any spacing and either quote. */
export function attr(tag: string, name: string): string | undefined {
  let re = attrPatterns.get(name);
  if (!re) {
    re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attrPatterns.set(name, re);
  }
  const m = re.exec(tag);
  return m ? unescapeXml(m[1] ?? m[2] ?? '') : undefined;
}

const closeT = /<\/(?:\w+:)?t>/g;
const closeRPh = /<\/(?:\w+:)?rPh>/g;
/** All text of the <t> elements in a fragment (rich text runs), without phonetic runs (<rPh>).
 *  One forward pass (see ./sheets eachTag): an element that never closes ends the text. */
export function textOf(fragment: string): string {
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

/** Column letters + row digits ("AB12") to 0-based [row, col]; undefined when malformed. */
export function decodeRef(ref: string): [number, number] | undefined {
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
