// CSV as partners send it: UTF-8 with or without BOM, or Windows-1252 (Excel's "CSV" on a Dutch
// Windows), separated by `;` (Dutch Excel, because `,` is the decimal comma), `,` or tab.
// Bytes are decoded here, not by the caller, so the same file reads the same everywhere.

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

/** UTF-8 when the bytes are valid UTF-8 (a Windows-1252 text with any accented letter almost never
 *  is), else Windows-1252. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

// 0x80–0x9F of Windows-1252 (the euro sign, curly quotes, dashes). Decoded here rather than by
// TextDecoder('windows-1252'): Node's decoder reads those bytes as ISO-8859-1 control characters.
const high = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f'
  + '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const end = Math.min(bytes.length, i + CHUNK);
    const codes = new Array<number>(end - i);
    for (let j = i; j < end; j++) {
      const b = bytes[j] as number;
      codes[j - i] = b >= 0x80 && b <= 0x9f ? high.charCodeAt(b - 0x80) : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

const candidates = [';', ',', '\t'] as const;
export type Delimiter = (typeof candidates)[number];

/** The candidate that splits the most lines (outside quotes) into the same, largest number of
 *  fields: title rows above the header have fewer fields, so the mode over lines is used. */
export function detectDelimiter(text: string): Delimiter {
  const lines = text.split(/\r\n|\n|\r/, 50).filter((l) => l.trim() !== '');
  let best: Delimiter = ';';
  let bestScore = -1;
  for (const d of candidates) {
    const counts = new Map<number, number>();
    for (const line of lines) {
      let n = 0;
      let quoted = false;
      for (const ch of line) {
        if (ch === '"') quoted = !quoted;
        else if (ch === d && !quoted) n++;
      }
      if (n > 0) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    // Lines agreeing on a field count, weighted by that count, so one stray comma in a title loses.
    let score = 0;
    for (const [n, lines2] of counts) score = Math.max(score, lines2 * 1000 + n);
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

/** RFC 4180 fields: quotes around a field, "" inside quotes, line breaks inside quotes. Each row
 *  carries its 1-based line number in the file (where it starts). */
export function parseCsv(text: string, delimiter: string): { cells: string[]; line: number }[] {
  const rows: { cells: string[]; line: number }[] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const n = text.length;
  let i = 0;
  let start = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c === 34) {
        if (text.charCodeAt(i + 1) === 34) {
          field += text.slice(start, i + 1);
          i += 2;
          start = i;
          continue;
        }
        field += text.slice(start, i);
        quoted = false;
        i++;
        start = i;
        continue;
      }
      if (c === 10) line++;
      i++;
      continue;
    }
    if (c === 34 && start === i && field === '') {
      quoted = true;
      i++;
      start = i;
      continue;
    }
    if (text[i] === delimiter) {
      row.push(field + text.slice(start, i));
      field = '';
      i++;
      start = i;
      continue;
    }
    if (c === 10 || c === 13) {
      row.push(field + text.slice(start, i));
      rows.push({ cells: row, line: rowLine });
      row = [];
      field = '';
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      i++;
      line++;
      rowLine = line;
      start = i;
      continue;
    }
    i++;
  }
  if (start < n || field !== '' || row.length) {
    row.push(field + text.slice(start, n));
    rows.push({ cells: row, line: rowLine });
  }
  return rows;
}
